// The ledger end to end through the built comptoir-cli (QProcess), as a script would use it.
#include "storage/Database.h"

#include "CliRun.h"

#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace comptoir;
using comptoir::test::cliPath;
using comptoir::test::CliRun;
using comptoir::test::runCli;

namespace {

qint64 countRows(const QString &dbPath, const QString &table)
{
    auto db = Database::open(dbPath, Database::Mode::OpenExisting);
    REQUIRE(db.ok());
    QSqlQuery q((*db)->connection());
    REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM ") + table));
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

} // namespace

TEST_CASE("comptoir-cli: sale, return, close-day, verify, archive, verify-archive", "[ledger][cli]")
{
    if (!QFileInfo::exists(cliPath()))
        FAIL("build comptoir-cli first: " << cliPath().toStdString() << " is missing");
    QTemporaryDir tmp;
    const QString db = tmp.filePath(QStringLiteral("store.db"));
    test::createCliStore(db, QStringLiteral("Stylo"), 1250);
    const QStringList asManager{QStringLiteral("--user"), QStringLiteral("directeur")};

    CliRun sale = runCli(QStringList{QStringLiteral("sale"), db, QStringLiteral("--line"), QStringLiteral("PEN:2"),
                               QStringLiteral("--pay"), QStringLiteral("cash:30.00")} + asManager);
    REQUIRE(sale.exitCode == 0);
    CHECK(sale.out.startsWith(QStringLiteral("sale #1 total 25,00 VAT 4,17 change 5,00 hash ")));

    SECTION("a bad sale is refused with a clear message and writes nothing")
    {
        CliRun unknown = runCli(QStringList{QStringLiteral("sale"), db, QStringLiteral("--line"), QStringLiteral("NOPE:1"),
                                      QStringLiteral("--pay"), QStringLiteral("card:1.00")} + asManager);
        CHECK(unknown.exitCode == 1);
        CHECK(unknown.err.contains(QStringLiteral("unknown product NOPE")));
        CliRun shortPay = runCli(QStringList{QStringLiteral("sale"), db, QStringLiteral("--line"), QStringLiteral("PEN:1"),
                                       QStringLiteral("--pay"), QStringLiteral("card:1.00")} + asManager);
        CHECK(shortPay.exitCode == 1);
        CHECK(shortPay.err.contains(QStringLiteral("the total is")));
        CliRun badLine = runCli(QStringList{QStringLiteral("sale"), db, QStringLiteral("--line"), QStringLiteral("PEN"),
                                      QStringLiteral("--pay"), QStringLiteral("card:1.00")} + asManager);
        CHECK(badLine.exitCode == 2);
        CHECK(countRows(db, QStringLiteral("sale")) == 1);
        CHECK(countRows(db, QStringLiteral("sale_line")) == 1);
        CHECK(countRows(db, QStringLiteral("stock_move")) == 2); // the delivery and the one sale
    }
    SECTION("the whole day, checked and archived")
    {
        CliRun back = runCli(QStringList{QStringLiteral("return"), db, QStringLiteral("--sale"), QStringLiteral("1"),
                                   QStringLiteral("--line"), QStringLiteral("1:1")} + asManager);
        REQUIRE(back.exitCode == 0);
        CliRun close = runCli(QStringList{QStringLiteral("close-day"), db} + asManager);
        REQUIRE(close.exitCode == 0);
        CHECK(close.out.contains(QStringLiteral(": 1 sales 25,00, 1 returns 12,50, grand total 12,50")));
        CliRun verify = runCli(QStringList{QStringLiteral("verify"), db} + asManager);
        CHECK(verify.exitCode == 0);
        CHECK(verify.out.contains(QStringLiteral("ledger: 1 sales, 1 credit notes, 1 closures, chains and closures intact")));

        const QString year = QString::number(QDate::currentDate().year());
        const QString out = tmp.filePath(QStringLiteral("archive"));
        CliRun refused = runCli(QStringList{QStringLiteral("archive"), db, QStringLiteral("--year"), year, out} + asManager);
        CHECK(refused.exitCode == 1);
        CHECK(refused.err.contains(QStringLiteral("is not closed")));
        CliRun technician = runCli({QStringLiteral("archive"), db, QStringLiteral("--year"), year, out, QStringLiteral("--user"),
                              QStringLiteral("technicien"), QStringLiteral("--provisional")});
        CHECK(technician.exitCode == 1);
        CHECK(technician.err.contains(QStringLiteral("permission denied: ledger.archive")));
        CliRun archive = runCli(QStringList{QStringLiteral("archive"), db, QStringLiteral("--year"), year, out,
                                      QStringLiteral("--provisional")} + asManager);
        REQUIRE(archive.exitCode == 0);
        CHECK(archive.out.contains(QStringLiteral("sales.csv: 1 rows, sha256 ")));
        CliRun checked = runCli({QStringLiteral("verify-archive"), out});
        CHECK(checked.exitCode == 0);
        CHECK(checked.out.contains(QStringLiteral("3 chained records, hashes and chains intact")));

        QFile sales(QDir(out).filePath(QStringLiteral("sales.csv")));
        REQUIRE(sales.open(QIODevice::ReadWrite));
        QByteArray bytes = sales.readAll();
        bytes.replace(",2500,", ",2400,");
        sales.seek(0);
        sales.write(bytes);
        sales.close();
        CliRun broken = runCli({QStringLiteral("verify-archive"), out});
        CHECK(broken.exitCode == 1);
        CHECK(broken.err.contains(QStringLiteral("BROKEN: sales.csv line 2 (sale #1): ")));
    }
}
