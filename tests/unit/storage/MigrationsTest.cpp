// What the migrations establish in every database: the ledger's inalterable tables, the KPI
// summaries of an existing ledger.
#include "LedgerFixture.h"
#include "SummaryTables.h"

#include "services/ClosureService.h"
#include "services/LedgerVerifier.h"
#include "services/ReturnService.h"
#include "storage/Migrations.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace comptoir;
using namespace comptoir::test;

namespace {

ReturnRequest returnOf(qint64 saleNumber, int lineNo, qint64 qty)
{
    ReturnRequest r;
    r.saleNumber = saleNumber;
    r.lines = {ReturnLineRequest{lineNo, qty}};
    return r;
}

} // namespace

TEST_CASE("A sale row cannot be updated or deleted", "[ledger][inalterable]")
{
    LedgerFixture f;
    f.product(QStringLiteral("PEN"), 100);
    REQUIRE(f.sell(QStringLiteral("PEN"), 1, 100).ok());
    QSqlQuery q(f.t.db().connection());
    CHECK_FALSE(q.exec(QStringLiteral("UPDATE sale SET total_cents = 1")));
    CHECK_FALSE(q.exec(QStringLiteral("DELETE FROM sale")));
    CHECK_FALSE(q.exec(QStringLiteral("UPDATE payment SET amount_cents = 1")));
    CHECK(f.t.scalar(QStringLiteral("SELECT total_cents FROM sale")).toInt() == 100);
}

TEST_CASE("Every ledger table refuses a raw UPDATE or DELETE", "[ledger][inalterable]")
{
    LedgerFixture f;
    f.product(QStringLiteral("PEN"), 1000);
    REQUIRE(f.sell(QStringLiteral("PEN"), 2, 2000).ok());
    REQUIRE(ReturnService(f.t.db(), f.t.clock()).returnLines(f.t.associate(), returnOf(1, 1, 1)).ok());
    REQUIRE(ClosureService(f.t.db(), f.t.clock()).closeDay(f.t.associate(), QDate(2026, 11, 24)).ok());
    for (const char *table : {"sale", "sale_line", "payment", "credit_note", "credit_note_line", "closure"}) {
        const QString name = QString::fromLatin1(table);
        INFO(table);
        const qint64 rows = f.t.count(name);
        REQUIRE(rows > 0);
        QSqlQuery q(f.t.db().connection());
        CHECK_FALSE(q.exec(QStringLiteral("UPDATE %1 SET id = id").arg(name)));
        CHECK(q.lastError().text().contains(QStringLiteral("inalterable")));
        CHECK_FALSE(q.exec(QStringLiteral("DELETE FROM %1").arg(name)));
        CHECK(f.t.count(name) == rows);
    }
    CHECK(LedgerVerifier(f.t.db()).verify(f.t.manager())->ok());
}

TEST_CASE("Migration 013 backfills an existing ledger with the recomputation's file, a database past it sees no change",
          "[migrations][kpi][summary]")
{
    LedgerFixture f;
    f.product(QStringLiteral("PEN"), 1000);
    const qint64 ana = f.customer();
    REQUIRE(f.sell(QStringLiteral("PEN"), 2, 2000, ana).ok());
    REQUIRE(f.sell(QStringLiteral("PEN"), 1, 1000).ok());
    REQUIRE(ReturnService(f.t.db(), f.t.clock()).returnLines(f.t.associate(), returnOf(1, 1, 1)).ok());
    f.t.clock().advanceSeconds(400 * 86400);
    REQUIRE(f.sell(QStringLiteral("PEN"), 1, 1000, ana).ok());
    const QList<QVariantList> kept = summaryTables(f.t.db()); // as the triggers kept them

    // The database as it was at version 11: migration 013's tables, index and triggers not there yet.
    for (const char *sql : {"DROP TRIGGER kpi_sale_insert", "DROP TRIGGER kpi_sale_line_insert", "DROP TRIGGER kpi_credit_note_insert",
                            "DROP TRIGGER kpi_credit_note_line_insert", "DROP TABLE daily_sales_summary",
                            "DROP TABLE daily_product_sales", "DROP TABLE daily_staff_sales", "DROP TABLE customer_summary",
                            "DROP TABLE customer_lapse", "DROP INDEX sale_customer_day",
                            "DELETE FROM schema_migration WHERE version = 13"})
        REQUIRE(f.t.db().exec(QString::fromLatin1(sql)).ok());
    REQUIRE(Migrations::currentVersion(f.t.db()).value() == 11);

    auto upgraded = Migrations::apply(f.t.db());
    REQUIRE(upgraded.ok());
    CHECK(*upgraded == 13);
    CHECK(summaryTables(f.t.db()) == kept);
    CHECK(f.t.scalar(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'kpi_%'")).toInt() == 4);

    // At 13, opening again runs nothing: a summary row changed by hand stays as it is.
    REQUIRE(f.t.db().exec(QStringLiteral("UPDATE customer_lapse SET customers = customers + 100")).ok());
    const QList<QVariantList> changed = summaryTables(f.t.db());
    REQUIRE(changed != kept);
    REQUIRE(Migrations::apply(f.t.db()).ok());
    CHECK(summaryTables(f.t.db()) == changed);
}
