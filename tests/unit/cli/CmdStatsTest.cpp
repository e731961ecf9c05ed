// comptoir-cli stats through the built binary: it signs in like every command that reads
// store data, and shows the figures to the manager only.

#include "CliRun.h"

#include <catch2/catch.hpp>

#include <QFileInfo>
#include <QTemporaryDir>

using namespace comptoir;
using comptoir::test::cliPath;
using comptoir::test::runCli;

TEST_CASE("comptoir-cli stats signs in and needs kpi.view", "[cli][stats]")
{
    if (!QFileInfo::exists(cliPath()))
        FAIL("build comptoir-cli first: " << cliPath().toStdString() << " is missing");
    QTemporaryDir tmp;
    const QString db = tmp.filePath(QStringLiteral("store.db"));
    test::createCliStore(db, QStringLiteral("Stylo plume"), 1250);

    const auto noUser = runCli({QStringLiteral("stats"), db});
    CHECK(noUser.exitCode == 1);
    CHECK(noUser.err.contains(QStringLiteral("--user LOGIN is required")));
    CHECK(noUser.out.isEmpty());

    const auto technician = runCli({QStringLiteral("stats"), db, QStringLiteral("--user"), QStringLiteral("technicien")});
    CHECK(technician.exitCode == 1);
    CHECK(technician.err.contains(QStringLiteral("kpi.view")));
    CHECK(technician.out.isEmpty());

    const auto manager = runCli({QStringLiteral("stats"), db, QStringLiteral("--user"), QStringLiteral("directeur")});
    CHECK(manager.exitCode == 0);
    CHECK(manager.out.contains(QStringLiteral("Papeterie du Centre")));
    CHECK(manager.out.contains(QStringLiteral("products        1")));
}
