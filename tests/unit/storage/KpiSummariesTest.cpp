#include "LedgerFixture.h"
#include "SummaryTables.h"

#include "access/SessionFactory.h"
#include "domain/ChainHash.h"
#include "services/KpiService.h"
#include "services/ReturnService.h"
#include "storage/HistoricalSaleRepository.h"
#include "storage/KpiRepository.h"
#include "storage/RoleRepository.h"
#include "storage/SaleRepository.h"
#include "storage/Transaction.h"
#include "storage/UserRepository.h"

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

/** Inserts `sale` as a bulk load does (totals, a chain hash of no interest here) and adds it to the summaries. */
void insertSummarized(HistoricalSaleRepository &repo, Sale &sale)
{
    applySaleTotals(sale);
    sale.prevHash = genesisHash();
    sale.hash = genesisHash();
    REQUIRE(repo.insert(sale).ok());
    repo.summarize(sale);
}

/** The products, customers and sellers of the agreement test, created in the same order (same ids) in each database. */
struct SummaryLedger {
    SummaryLedger()
    {
        f.t.associate(); // the sellers first: their ids are those of the first database's sales
        f.t.manager();
        f.product(QStringLiteral("PEN"), 1000, 2000, 500);
        f.product(QStringLiteral("INK"), 550, 550, 500);
        ana = f.customer();
        bob = f.customer(QStringLiteral("CARD002"), QStringLiteral("bob@example.fr"));
    }

    LedgerFixture f;
    qint64 ana = 0;
    qint64 bob = 0;
};

/** Every figure and series of two snapshots of the same period are equal. */
void checkSameFigures(const KpiSnapshot &a, const KpiSnapshot &b)
{
    const std::pair<const char *, KpiValue KpiSnapshot::*> values[] = {
        {"revenueCents", &KpiSnapshot::revenueCents},
        {"revenueExclCents", &KpiSnapshot::revenueExclCents},
        {"salesCount", &KpiSnapshot::salesCount},
        {"averageBasketCents", &KpiSnapshot::averageBasketCents},
        {"itemsPerBasketMilli", &KpiSnapshot::itemsPerBasketMilli},
        {"returnsCents", &KpiSnapshot::returnsCents},
        {"returnsRateBp", &KpiSnapshot::returnsRateBp},
        {"newCustomers", &KpiSnapshot::newCustomers},
        {"returningCustomers", &KpiSnapshot::returningCustomers},
        {"lostCustomers", &KpiSnapshot::lostCustomers},
        {"newProspects", &KpiSnapshot::newProspects},
        {"loyaltyShareBp", &KpiSnapshot::loyaltyShareBp},
        {"appointments", &KpiSnapshot::appointments},
        {"noShowRateBp", &KpiSnapshot::noShowRateBp},
        {"followedBySaleBp", &KpiSnapshot::followedBySaleBp},
        {"complaintsOpened", &KpiSnapshot::complaintsOpened},
        {"complaintsOverdue", &KpiSnapshot::complaintsOverdue},
        {"meanResolveMinutes", &KpiSnapshot::meanResolveMinutes},
        {"satisfactionMilli", &KpiSnapshot::satisfactionMilli},
        {"productsUnderThreshold", &KpiSnapshot::productsUnderThreshold},
        {"stockValueCents", &KpiSnapshot::stockValueCents},
    };
    for (const auto &[name, value] : values) {
        INFO(name);
        CHECK(a.*value == b.*value);
    }
    CHECK(a.revenueSeries.current == b.revenueSeries.current);
    CHECK(a.revenueSeries.previous == b.revenueSeries.previous);
    CHECK(a.revenueSeries.yearBefore == b.revenueSeries.yearBefore);
    CHECK(a.revenueByCategory == b.revenueByCategory);
    CHECK(a.topProducts == b.topProducts);
    CHECK(a.revenueByStaff == b.revenueByStaff);
    CHECK(a.rfmSegments == b.rfmSegments);
    CHECK(a.complaintsByCategory == b.complaintsByCategory);
    CHECK(a.complaintsByStatus == b.complaintsByStatus);
}

} // namespace

// The KPI aggregation rule is kept four ways: migration 013's triggers (every sale and credit
// note), the SQL recomputation (db/kpi_summaries_backfill.sql: KpiRepository::rebuildSummaries
// and the migration's backfill), the in-memory builders of the bulk loads (KpiSummaryBuilder,
// KpiDayWriter) and the figures computed from the raw ledger tables (KpiService without
// summaries). The first test checks that all of them agree on the same ledger; the others
// check each bulk path on data of its own.
TEST_CASE("Every way of keeping the KPI summaries agrees: triggers, recomputation, bulk builders, raw tables",
          "[kpi][summary]")
{
    SummaryLedger ledger;
    LedgerFixture &f = ledger.f;
    const qint64 ana = ledger.ana;
    const qint64 bob = ledger.bob;
    ReturnService returns(f.t.db(), f.t.clock());
    QList<std::pair<QDateTime, ReturnRequest>> done; // replayed on the bulk-loaded ledgers below
    const auto returnAndRecord = [&](const ReturnRequest &request) {
        done.append({f.t.clock().nowUtc(), request});
        return returns.returnLines(f.t.associate(), request);
    };
    qint64 number = 0;
    for (int day = 0; day < 5; ++day) {
        REQUIRE(f.sell(QStringLiteral("PEN"), 2, 2000, ana).ok());
        REQUIRE(f.sell(QStringLiteral("INK"), 3, 1650, day % 2 ? bob : 0).ok());
        SaleRequest r;
        r.lines = {LedgerFixture::line(QStringLiteral("PEN"), 1), LedgerFixture::line(QStringLiteral("INK"), 4)};
        r.customerId = bob;
        r.payments = {LedgerFixture::pay(PaymentMethod::Cash, 3200)};
        REQUIRE(SaleService(f.t.db(), f.t.clock()).record(f.t.manager(), r).ok());
        number += 3;
        REQUIRE(returnAndRecord(returnOf(number - 2, 1, 1)).ok());
        if (day > 0) // a return of a sale of the day before
            REQUIRE(returnAndRecord(returnOf(number - 3, 2, 2)).ok());
        f.t.clock().advanceSeconds(86400);
    }
    // Ana comes back after more than a year: her lapse stays; Bob comes back within a year.
    f.t.clock().advanceSeconds(300 * 86400);
    REQUIRE(f.sell(QStringLiteral("PEN"), 1, 1000, bob).ok());
    f.t.clock().advanceSeconds(100 * 86400);
    REQUIRE(f.sell(QStringLiteral("PEN"), 1, 1000, ana).ok());
    const QList<QVariantList> kept = summaryTables(f.t.db());
    CHECK(f.t.scalar(QStringLiteral("SELECT count(*) FROM daily_sales_summary")).toInt() == 7);
    CHECK(f.t.scalar(QStringLiteral("SELECT sum(sales_count) FROM daily_sales_summary")).toInt() == 17);
    CHECK(f.t.scalar(QStringLiteral("SELECT sum(customers) FROM customer_lapse")).toInt() == 3);
    CHECK(f.t.scalar(QStringLiteral("SELECT sum(returns_count) FROM daily_sales_summary")).toInt() == 9);
    CHECK(f.t.scalar(QStringLiteral("SELECT count(*) FROM customer_summary")).toInt() == 2);
    CHECK(f.t.scalar(QStringLiteral("SELECT count(DISTINCT user_id) FROM daily_staff_sales")).toInt() == 2);
    CHECK(f.t.scalar(QStringLiteral("SELECT sum(sales_cents) - sum(returns_cents) FROM daily_sales_summary")).toLongLong()
          == f.t.scalar(QStringLiteral("SELECT sum(amount_cents) FROM daily_product_sales")).toLongLong());

    // The SQL recomputation (the file migration 013's backfill runs too).
    REQUIRE(KpiRepository(f.t.db()).rebuildSummaries().ok());
    CHECK(summaryTables(f.t.db()) == kept);

    // The bulk builders: the same sales loaded into an empty ledger by HistoricalSaleRepository,
    // the summaries built in memory, with each day's totals written while the load goes on (the
    // sales import) or all of them at the end (as the demo load); then the same returns, which
    // the triggers count as above.
    const qint64 storeId = f.t.scalar(QStringLiteral("SELECT id FROM store")).toLongLong();
    QList<Sale> sales;
    for (qint64 n = 1; n <= 17; ++n) {
        auto sale = SaleRepository(f.t.db()).findByNumber(storeId, n);
        REQUIRE(sale.ok());
        REQUIRE(sale->has_value());
        sales.append(**sale);
    }
    for (const bool daysDuringLoad : {true, false}) {
        INFO("day totals written during the load: " << daysDuringLoad);
        SummaryLedger bulk;
        {
            Transaction tx(bulk.f.t.db());
            HistoricalSaleRepository repo(bulk.f.t.db());
            REQUIRE(repo.dropIndexes(true).ok());
            for (Sale sale : sales) {
                REQUIRE(repo.insert(sale).ok());
                repo.summarize(sale);
                if (daysDuringLoad)
                    REQUIRE(repo.writeDays(repo.takeEarlierDays()).ok());
            }
            REQUIRE(repo.restoreIndexes().ok());
            REQUIRE(tx.commit().ok());
        }
        ReturnService bulkReturns(bulk.f.t.db(), bulk.f.t.clock());
        for (const auto &[at, request] : done) {
            bulk.f.t.clock().set(at);
            REQUIRE(bulkReturns.returnLines(bulk.f.t.associate(), request).ok());
        }
        CHECK(summaryTables(bulk.f.t.db()) == kept);
    }

    // The raw tables: every figure of the dashboard computed from the ledger equals the one
    // read from the summaries, over periods with returns only, lapses and the year boundary.
    f.t.clock().set(QDateTime(QDate(2028, 1, 10), QTime(12, 0), Qt::UTC));
    KpiService kpi(f.t.db(), f.t.clock());
    for (const Period &p : {Period{QDate(2026, 11, 1), QDate(2026, 11, 30)}, Period{QDate(2026, 11, 28), QDate(2026, 11, 28)},
                            Period{QDate(2027, 9, 1), QDate(2027, 12, 31)}, Period{QDate(2026, 11, 24), QDate(2028, 1, 10)}}) {
        INFO("period " << p.from.toString(Qt::ISODate).toStdString() << " to " << p.to.toString(Qt::ISODate).toStdString());
        kpi.setUseSummaries(true);
        auto fromSummaries = kpi.snapshot(f.t.manager(), p);
        kpi.setUseSummaries(false);
        auto fromLedger = kpi.snapshot(f.t.manager(), p);
        REQUIRE(fromSummaries.ok());
        REQUIRE(fromLedger.ok());
        checkSameFigures(*fromSummaries, *fromLedger);
    }
}

TEST_CASE("The demo load leaves summary tables and triggers in place", "[kpi][summary]")
{
    LedgerFixture f;
    auto dropped = KpiRepository(f.t.db()).dropSummaryTriggers();
    REQUIRE(dropped.ok());
    CHECK(dropped->size() == 4);
    CHECK(f.t.scalar(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'kpi_%'")).toInt() == 0);
    REQUIRE(KpiRepository(f.t.db()).createTriggers(*dropped).ok());
    CHECK(f.t.scalar(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'kpi_%'")).toInt() == 4);
}

TEST_CASE("A bulk load of historical sales leaves the summaries recomputed and the triggers back", "[kpi][summary][import]")
{
    LedgerFixture f;
    f.product(QStringLiteral("PEN"), 1000, 2000, 500);
    const qint64 ana = f.customer();
    REQUIRE(f.sell(QStringLiteral("PEN"), 2, 2000, ana).ok());
    {
        Transaction tx(f.t.db());
        HistoricalSaleRepository repo(f.t.db());
        REQUIRE(repo.dropIndexes(false).ok());
        CHECK(f.t.scalar(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'kpi_%'")).toInt() == 0);
        // Sales written while the triggers are away (as the bulk import writes them).
        REQUIRE(f.sell(QStringLiteral("PEN"), 1, 1000, ana).ok());
        REQUIRE(f.sell(QStringLiteral("PEN"), 3, 3000, 0).ok());
        CHECK(f.t.scalar(QStringLiteral("SELECT sum(sales_count) FROM daily_sales_summary")).toInt() == 1);
        REQUIRE(repo.restoreIndexes().ok());
        REQUIRE(tx.commit().ok());
    }
    CHECK(f.t.scalar(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'kpi_%'")).toInt() == 4);
    CHECK(f.t.scalar(QStringLiteral("SELECT sum(sales_count) FROM daily_sales_summary")).toInt() == 3);
    const QList<QVariantList> rebuilt = summaryTables(f.t.db());
    REQUIRE(KpiRepository(f.t.db()).rebuildSummaries().ok());
    CHECK(summaryTables(f.t.db()) == rebuilt);
    // And the triggers work again.
    REQUIRE(f.sell(QStringLiteral("PEN"), 1, 1000, ana).ok());
    CHECK(f.t.scalar(QStringLiteral("SELECT sum(sales_count) FROM daily_sales_summary")).toInt() == 4);
}

TEST_CASE("A bulk load into an empty ledger builds the summaries in memory, equal to the SQL recomputation",
          "[kpi][summary][import]")
{
    LedgerFixture f;
    const qint64 pen = f.product(QStringLiteral("PEN"), 1000, 2000, 0);
    const qint64 ink = f.product(QStringLiteral("INK"), 550, 550, 0);
    const qint64 ana = f.customer(); // holds a loyalty card
    const qint64 bob = f.customer(QString(), QStringLiteral("bob@example.fr"));
    const qint64 storeId = f.t.scalar(QStringLiteral("SELECT id FROM store")).toLongLong();
    // Purchases spread so that some customers lapse (no purchase within a year) and some do
    // not, with 29 February, an anonymous sale and a sale with no seller.
    const QList<std::tuple<QDate, qint64, qint64>> plan = {
        {QDate(2023, 1, 10), ana, 1}, {QDate(2023, 1, 10), bob, 0},  {QDate(2023, 6, 1), 0, 1},
        {QDate(2024, 2, 29), ana, 1}, {QDate(2024, 3, 1), bob, 1},   {QDate(2025, 3, 1), ana, 0},
        {QDate(2025, 3, 1), ana, 1},  {QDate(2026, 11, 2), bob, 1},  {QDate(2026, 11, 2), 0, 0}};
    {
        Transaction tx(f.t.db());
        HistoricalSaleRepository repo(f.t.db());
        REQUIRE(repo.dropIndexes(true).ok());
        qint64 number = 0;
        for (const auto &[day, customer, seller] : plan) {
            Sale sale;
            sale.storeId = storeId;
            sale.number = ++number;
            sale.customerId = customer;
            sale.userId = seller ? f.t.associate().userId : 0;
            sale.at = QDateTime(day, QTime(10, 0), Qt::UTC);
            sale.businessDay = day;
            sale.imported = true;
            for (int i = 1; i <= int(number % 3) + 1; ++i) {
                SaleLine line;
                line.lineNo = i;
                line.productId = i % 2 ? pen : ink;
                line.quantity = i;
                line.unitPriceCents = i % 2 ? 1000 : 550;
                line.vatRateBp = i % 2 ? 2000 : 550;
                line.totalCents = lineTotalCents(line);
                sale.lines.append(line);
            }
            insertSummarized(repo, sale);
        }
        REQUIRE(repo.restoreIndexes().ok());
        REQUIRE(tx.commit().ok());
    }
    CHECK(f.t.scalar(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'kpi_%'")).toInt() == 4);
    const QList<QVariantList> built = summaryTables(f.t.db());
    CHECK(f.t.scalar(QStringLiteral("SELECT sum(sales_count) FROM daily_sales_summary")).toInt() == plan.size());
    CHECK(f.t.scalar(QStringLiteral("SELECT sum(loyalty_cents) > 0 FROM daily_sales_summary")).toInt() == 1);
    CHECK(f.t.scalar(QStringLiteral("SELECT count(*) FROM customer_lapse")).toInt() >= 2);
    REQUIRE(KpiRepository(f.t.db()).rebuildSummaries().ok());
    CHECK(summaryTables(f.t.db()) == built);
}

TEST_CASE("Day totals written while the load goes on, many rows per statement, equal the SQL recomputation",
          "[kpi][summary][import]")
{
    LedgerFixture f;
    // 70 products: two statements of 32 rows and 6 single rows per day.
    QList<qint64> products;
    for (int i = 0; i < 70; ++i)
        products.append(f.product(QStringLiteral("P%1").arg(i), 100 + i, 2000, 0));
    const qint64 storeId = f.t.scalar(QStringLiteral("SELECT id FROM store")).toLongLong();
    // The first day comes back after the second has been written: its totals add up.
    const QList<QDate> days = {QDate(2025, 5, 1), QDate(2025, 5, 2), QDate(2025, 5, 1), QDate(2025, 5, 3)};
    {
        Transaction tx(f.t.db());
        HistoricalSaleRepository repo(f.t.db());
        REQUIRE(repo.dropIndexes(true).ok());
        qint64 number = 0;
        for (const QDate &day : days) {
            Sale sale;
            sale.storeId = storeId;
            sale.number = ++number;
            sale.userId = f.t.associate().userId;
            sale.at = QDateTime(day, QTime(11, 0), Qt::UTC);
            sale.businessDay = day;
            sale.imported = true;
            for (int i = 0; i < products.size(); ++i) {
                SaleLine line;
                line.lineNo = i + 1;
                line.productId = products[i];
                line.quantity = 1 + (i + int(number)) % 3;
                line.unitPriceCents = 100 + i;
                line.vatRateBp = 2000;
                line.totalCents = lineTotalCents(line);
                sale.lines.append(line);
            }
            insertSummarized(repo, sale);
            REQUIRE(repo.writeDays(repo.takeEarlierDays()).ok()); // as the sales import's insert thread does
        }
        REQUIRE(repo.restoreIndexes().ok());
        REQUIRE(tx.commit().ok());
    }
    CHECK(f.t.scalar(QStringLiteral("SELECT count(*) FROM daily_product_sales")).toInt() == 3 * 70);
    CHECK(f.t.scalar(QStringLiteral("SELECT sales_count FROM daily_sales_summary WHERE business_day = '2025-05-01'")).toInt() == 2);
    // Product P0 on the first day: quantity 2 (sale 1) + 1 (sale 3).
    CHECK(f.t.scalar(QStringLiteral("SELECT d.quantity FROM daily_product_sales d JOIN product p ON p.id = d.product_id "
                                    "WHERE p.sku = 'P0' AND d.business_day = '2025-05-01'"))
              .toInt() == 3);
    const QList<QVariantList> built = summaryTables(f.t.db());
    REQUIRE(KpiRepository(f.t.db()).rebuildSummaries().ok());
    CHECK(summaryTables(f.t.db()) == built);
}

TEST_CASE("After the demo load and returns, the summary tables equal a recomputation", "[kpi][summary]")
{
    // The small demo store (its summaries built in memory by the bulk store writer), then returns
    // through the triggers on 2026-10-15 and on 2026-11-28 (a day with nothing else).
    auto store = generateDemoStore(smallDemoOptions(11));
    Database &db = *store->db;
    auto manager = UserRepository(db).findByLogin(QStringLiteral("directeur"));
    REQUIRE(manager.ok());
    REQUIRE(manager->has_value());
    auto permissions = RoleRepository(db).permissionsOf(QStringLiteral("manager"));
    REQUIRE(permissions.ok());
    const Session session = SessionFactory::forUser(**manager, *permissions);
    FakeClock clock(QDateTime(QDate(2026, 10, 15), QTime(12, 0), Qt::UTC));
    ReturnService returns(db, clock);
    for (qint64 number : {1800, 1810, 1820})
        REQUIRE(returns.returnLines(session, returnOf(number, 1, 1)).ok());
    clock.set(QDateTime(QDate(2026, 11, 28), QTime(12, 0), Qt::UTC));
    for (qint64 number : {1990, 1995})
        REQUIRE(returns.returnLines(session, returnOf(number, 1, 1)).ok());

    const QList<QVariantList> kept = summaryTables(db);
    CHECK(kept.size() > 1000);
    CHECK(value(db, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'kpi_%'")).toInt()
          == 4);
    REQUIRE(KpiRepository(db).rebuildSummaries().ok());
    CHECK(summaryTables(db) == kept);
}
