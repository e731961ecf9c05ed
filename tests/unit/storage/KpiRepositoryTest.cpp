// KpiRepository's queries on a small hand-made ledger: each figure computed from the
// summary tables equals the one from the raw tables and the value worked out by hand.
#include "LedgerFixture.h"

#include "storage/KpiRepository.h"
#include "storage/ProductRepository.h"
#include "storage/StockRepository.h"

#include <optional>

using namespace comptoir;
using namespace comptoir::test;

namespace {

QDateTime at(int y, int m, int d)
{
    return QDateTime(QDate(y, m, d), QTime(10, 0), Qt::UTC);
}

/**
 * Four customers created on 2025-01-01: Ana (loyalty card) buys on 2025-01-10 and, more than a
 * year later, on 2026-03-01; Bob buys once on 2025-01-10; Cid never buys; Dan buys first on
 * 2026-03-05. An anonymous sale on 2025-06-01.
 */
struct KpiLedger {
    LedgerFixture f;
    qint64 ana = 0, bob = 0, cid = 0, dan = 0;
    KpiRepository kpi{f.t.db()};

    KpiLedger()
    {
        f.t.clock().set(at(2025, 1, 1));
        f.product(QStringLiteral("PEN"), 1000, 2000, 100);
        f.product(QStringLiteral("INK"), 550, 550, 100);
        ana = f.customer(QStringLiteral("CARD001"), QStringLiteral("ana@example.fr"));
        bob = f.customer(QString(), QStringLiteral("bob@example.fr"));
        cid = f.customer(QString(), QStringLiteral("cid@example.fr"));
        dan = f.customer(QString(), QStringLiteral("dan@example.fr"));
        sell(at(2025, 1, 10), QStringLiteral("PEN"), 1, 1000, ana);
        sell(at(2025, 1, 10), QStringLiteral("INK"), 2, 1100, bob);
        sell(at(2025, 6, 1), QStringLiteral("PEN"), 1, 1000, 0);
        sell(at(2026, 3, 1), QStringLiteral("PEN"), 2, 2000, ana);
        sell(at(2026, 3, 5), QStringLiteral("PEN"), 1, 1000, dan);
    }

    void sell(const QDateTime &when, const QString &sku, qint64 qty, qint64 total, qint64 customer)
    {
        f.t.clock().set(when);
        REQUIRE(f.sell(sku, qty, total, customer).ok());
    }
};

const QDate k2025From(2025, 1, 1), k2025To(2025, 12, 31), k2026From(2026, 1, 1), k2026To(2026, 12, 31);

} // namespace

TEST_CASE("Sales totals, new customers and buyers: the summaries equal the raw tables and the hand count", "[kpi][storage]")
{
    KpiLedger l;
    for (const bool raw : {false, true}) {
        INFO("raw tables: " << raw);
        auto y2025 = l.kpi.salesTotals(k2025From, k2025To, raw);
        REQUIRE(y2025.ok());
        CHECK(y2025->salesCount == 3);
        CHECK(y2025->salesCents == 3100);
        CHECK(y2025->loyaltyCents == 1000); // Ana's sale only
        CHECK(y2025->returnsCount == 0);
        auto march = l.kpi.salesTotals(QDate(2026, 3, 1), QDate(2026, 3, 31), raw);
        REQUIRE(march.ok());
        CHECK(march->salesCount == 2);
        CHECK(march->itemCount == 3);

        CHECK(l.kpi.newCustomerIds(k2025From, k2025To, raw).value() == QList<qint64>{l.ana, l.bob});
        CHECK(l.kpi.newCustomerIds(k2026From, k2026To, raw).value() == QList<qint64>{l.dan}); // Ana is not new in 2026
        CHECK(l.kpi.newCustomerCount(k2026From, k2026To, raw).value() == 1);

        auto days = l.kpi.dailyRevenue(k2025From, k2026To, raw);
        REQUIRE(days.ok());
        CHECK(days->size() == 4);
    }
    CHECK(l.kpi.buyerIds(k2025From, k2025To).value() == QList<qint64>{l.ana, l.bob});
    CHECK(l.kpi.buyerCount(k2025From, k2025To).value() == 2);
    CHECK(l.kpi.buyerCount(k2026From, k2026To).value() == 2);
}

TEST_CASE("Lapses: a purchase not followed by another within a year, from the summaries or the raw tables", "[kpi][storage]")
{
    KpiLedger l;
    for (const bool raw : {false, true}) {
        INFO("raw tables: " << raw);
        // Ana's and Bob's purchases of 2025-01-10: Ana came back only on 2026-03-01, after more than a year.
        CHECK(l.kpi.lapseCount(QDate(2025, 1, 1), QDate(2025, 1, 31), raw).value() == 2);
        CHECK(l.kpi.lapseCount(QDate(2025, 2, 1), QDate(2025, 12, 31), raw).value() == 0); // the anonymous sale is nobody's
        CHECK(l.kpi.lapseCount(k2026From, k2026To, raw).value() == 2); // nobody bought again after
    }
    CHECK(l.kpi.lapsedIds(QDate(2025, 1, 1), QDate(2025, 1, 31)).value() == QList<qint64>{l.ana, l.bob});
    CHECK(l.kpi.lapsedIds(k2026From, k2026To).value() == QList<qint64>{l.ana, l.dan});
}

TEST_CASE("Prospects: created in the span with no purchase up to its end", "[kpi][storage]")
{
    KpiLedger l;
    const QString from = toIsoUtc(QDateTime(QDate(2025, 1, 1), QTime(0, 0), Qt::UTC));
    const QString to = toIsoUtc(QDateTime(QDate(2025, 1, 2), QTime(0, 0), Qt::UTC));
    CHECK(l.kpi.prospectIds(from, to, k2025To).value() == QList<qint64>{l.cid, l.dan}); // Dan's first purchase is in 2026
    CHECK(l.kpi.prospectIds(from, to, k2026To).value() == QList<qint64>{l.cid});
    for (const bool raw : {false, true}) {
        INFO("raw tables: " << raw);
        CHECK(l.kpi.prospectCount(from, to, k2025To, raw).value() == 2);
        CHECK(l.kpi.prospectCount(from, to, k2026To, raw).value() == 1);
        CHECK(l.kpi.prospectCount(to, toIsoUtc(QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC)), k2026To, raw).value() == 0);
    }
}

TEST_CASE("Stock figures: active products under their threshold, stock valued at cost, negative levels at zero", "[kpi][storage]")
{
    TestDatabase t;
    ProductRepository products(t.db());
    StockRepository stock(t.db());
    const auto add = [&](const char *sku, qint64 costCents, qint64 threshold, bool active, std::optional<qint64> level) {
        ProductInput p;
        p.sku = QLatin1String(sku);
        p.name = QLatin1String(sku);
        p.price = Money::fromCents(1000);
        p.cost = Money::fromCents(costCents);
        p.reorderThreshold = threshold;
        p.active = active;
        const qint64 id = products.insert(p, t.clock().nowUtc()).value();
        if (level)
            REQUIRE(stock.applyMove(id, *level, StockMoveKind::Adjustment, QStringLiteral("count"), 0, 0, 0,
                                    t.clock().nowUtc(), true)
                        .ok());
    };
    add("LOW", 300, 5, true, 3);         // under its threshold; 3 × 3,00
    add("MINUS", 200, 0, true, -2);      // below zero: under a threshold of 0, valued 0
    add("OFF", 100, 5, false, 1);        // inactive: no alert; 1 × 1,00
    add("NEVER", 100, 1, true, std::nullopt); // no stock level row yet: 0 < 1
    add("FULL", 50, 2, true, 10);        // 10 × 0,50
    KpiRepository kpi(t.db());
    CHECK(kpi.productsUnderThreshold().value() == 3);
    CHECK(kpi.stockValueCents().value() == 900 + 100 + 500);
}
