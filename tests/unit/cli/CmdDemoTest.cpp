// comptoir-cli demo and demo-passwords through the built binary. Both run without a sign-in,
// so both act only on a store nobody can sign in to yet.

#include "CliRun.h"

#include <catch2/catch.hpp>

#include <QFileInfo>
#include <QTemporaryDir>

using namespace comptoir;
using comptoir::test::cliPath;
using comptoir::test::runCli;

namespace {

QStringList demoArgs(const QString &db)
{
    return {QStringLiteral("demo"), db, QStringLiteral("--customers"), QStringLiteral("40"), QStringLiteral("--products"),
            QStringLiteral("20"), QStringLiteral("--sales"), QStringLiteral("60"), QStringLiteral("--end-date"),
            QStringLiteral("2026-11-24")};
}

} // namespace

TEST_CASE("comptoir-cli demo fills a new database only, demo-passwords only a store with no password yet", "[cli][demo]")
{
    if (!QFileInfo::exists(cliPath()))
        FAIL("build comptoir-cli first: " << cliPath().toStdString() << " is missing");
    QTemporaryDir tmp;

    // A store set up for use (accounts someone signs in to) is refused, even with no customer yet.
    const QString used = tmp.filePath(QStringLiteral("used.db"));
    test::createCliStore(used, QStringLiteral("Stylo plume"), 1250);
    const auto refused = runCli(demoArgs(used));
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(QStringLiteral("products"))); // it has a product
    const QString accountsOnly = tmp.filePath(QStringLiteral("accounts.db"));
    REQUIRE(runCli({QStringLiteral("init"), accountsOnly}).exitCode == 0);
    REQUIRE(runCli({QStringLiteral("user"), QStringLiteral("add"), accountsOnly, QStringLiteral("--login"),
                    QStringLiteral("tech"), QStringLiteral("--name"), QStringLiteral("Tech"), QStringLiteral("--role"),
                    QStringLiteral("technician")})
                .exitCode
            == 0);
    const auto withAccount = runCli(demoArgs(accountsOnly));
    CHECK(withAccount.exitCode == 1);
    CHECK(withAccount.err.contains(QStringLiteral("user account")));
    const auto noDemoPasswords = runCli({QStringLiteral("demo-passwords"), accountsOnly});
    CHECK(noDemoPasswords.exitCode == 1);
    CHECK(noDemoPasswords.err.contains(QStringLiteral("already have a password")));

    // A new database: the demo store, then its accounts' documented password, once.
    const QString fresh = tmp.filePath(QStringLiteral("demo.db"));
    REQUIRE(runCli(demoArgs(fresh)).exitCode == 0);
    const auto passwords = runCli({QStringLiteral("demo-passwords"), fresh});
    CHECK(passwords.exitCode == 0);
    CHECK(passwords.out.contains(QStringLiteral("7 demo account(s)")));
    const auto again = runCli({QStringLiteral("demo-passwords"), fresh});
    CHECK(again.exitCode == 1); // from now on passwords are changed signed in
    CHECK(runCli(demoArgs(fresh)).exitCode == 1);
}
