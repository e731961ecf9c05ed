// comptoir-cli kpi through the built binary (QProcess): table, JSON and refusals.

#include "CliRun.h"

#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

using namespace comptoir;
using comptoir::test::cliPath;
using comptoir::test::CliRun;
using comptoir::test::runCli;

TEST_CASE("comptoir-cli kpi: French table, JSON, refusals", "[kpi][cli]")
{
    if (!QFileInfo::exists(cliPath()))
        FAIL("build comptoir-cli first: " << cliPath().toStdString() << " is missing");
    QTemporaryDir tmp;
    const QString db = tmp.filePath(QStringLiteral("store.db"));
    // First-run setup creates the manager and the technician; the technician then adds the seller.
    test::createCliStore(db, QStringLiteral("Stylo plume"), 123450);
    REQUIRE(runCli({QStringLiteral("user"), QStringLiteral("add"), db, QStringLiteral("--login"), QStringLiteral("vendeur"),
                    QStringLiteral("--name"), QStringLiteral("vendeur"), QStringLiteral("--role"),
                    QStringLiteral("sales_associate"), QStringLiteral("--user"), QStringLiteral("technicien")})
                .exitCode
            == 0);
    const QStringList asManager{QStringLiteral("--user"), QStringLiteral("directeur")};
    REQUIRE(runCli(QStringList{QStringLiteral("sale"), db, QStringLiteral("--line"), QStringLiteral("PEN:2"),
                            QStringLiteral("--pay"), QStringLiteral("card:2469.00")} + asManager)
                .exitCode
            == 0);
    const QString today = QDate::currentDate().toString(Qt::ISODate);
    const QStringList period{QStringLiteral("--from"), today, QStringLiteral("--to"), today};

    CliRun table = runCli(QStringList{QStringLiteral("kpi"), db} + period + asManager);
    REQUIRE(table.exitCode == 0);
    CHECK(table.out.contains(QStringLiteral("2\u00a0469,00\u00a0€"))); // French money format
    CHECK(table.out.contains(QStringLiteral("Stylo plume")));
    CHECK(table.out.contains(QDate::currentDate().toString(QStringLiteral("dd/MM/yyyy"))));

    CliRun json = runCli(QStringList{QStringLiteral("kpi"), db, QStringLiteral("--json")} + period + asManager);
    REQUIRE(json.exitCode == 0);
    const QJsonObject root = QJsonDocument::fromJson(json.out.toUtf8()).object();
    const QJsonObject kpis = root.value(QStringLiteral("kpis")).toObject();
    CHECK(kpis.value(QStringLiteral("salesCount")).toObject().value(QStringLiteral("current")).toInteger() == 1);
    CHECK(kpis.value(QStringLiteral("revenueCents")).toObject().value(QStringLiteral("current")).toInteger() == 246900);
    CHECK(kpis.value(QStringLiteral("itemsPerBasketMilli")).toObject().value(QStringLiteral("current")).toInteger() == 2000);
    CHECK(root.value(QStringLiteral("period")).toObject().value(QStringLiteral("from")).toString() == today);
    CHECK(root.contains(QStringLiteral("revenueByStaff")));

    CliRun refused = runCli({QStringLiteral("kpi"), db, QStringLiteral("--from"), today, QStringLiteral("--to"), today,
                       QStringLiteral("--user"), QStringLiteral("vendeur")});
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(QStringLiteral("kpi.view")));
    CliRun badDates = runCli(QStringList{QStringLiteral("kpi"), db, QStringLiteral("--from"), QStringLiteral("2026-12-01"),
                                   QStringLiteral("--to"), QStringLiteral("2026-11-01")} + asManager);
    CHECK(badDates.exitCode == 2);
}
