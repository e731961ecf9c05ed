#include "DemoTestSupport.h"
#include "KpiBruteForce.h"
#include "TestDatabase.h"

#include "services/KpiService.h"
#include "services/ReturnService.h"

#include <catch2/catch.hpp>

using namespace comptoir;
using namespace comptoir::test;

namespace {

/** A session with every permission of a role read from the database. */
Session roleSession(Database &db, const QString &role)
{
    Session s;
    s.role = role;
    s.login = role;
    for (const auto &r : BfData::select(db, QStringLiteral("SELECT min(u.id) FROM app_user u JOIN role ro ON ro.id = u.role_id "
                                                           "WHERE ro.code = '%1'").arg(role)))
        s.userId = r[0].toLongLong();
    for (const auto &r : BfData::select(db, QStringLiteral("SELECT rp.permission_code FROM role_permission rp "
                                                           "JOIN role ro ON ro.id = rp.role_id WHERE ro.code = '%1'").arg(role)))
        s.permissions.insert(r[0].toString());
    return s;
}

/** The small demo store plus returns on 2026-10-15 and on 2026-11-28 (a day with nothing else). */
struct KpiDemo {
    KpiDemo() : store(generateDemoStore(smallDemoOptions(11))), clock(QDateTime(QDate(2026, 11, 28), QTime(12, 0), Qt::UTC))
    {
        const Session manager = roleSession(*store->db, QStringLiteral("manager"));
        ReturnService returns(*store->db, clock);
        const auto ret = [&](qint64 number) {
            ReturnRequest r;
            r.saleNumber = number;
            r.lines = {ReturnLineRequest{1, 1}};
            auto note = returns.returnLines(manager, r);
            REQUIRE(note.ok());
        };
        clock.set(QDateTime(QDate(2026, 10, 15), QTime(12, 0), Qt::UTC));
        for (qint64 n : {1800, 1810, 1820})
            ret(n);
        clock.set(QDateTime(QDate(2026, 11, 28), QTime(12, 0), Qt::UTC));
        for (qint64 n : {1990, 1995})
            ret(n);
        clock.set(QDateTime(QDate(2026, 11, 30), QTime(9, 0), Qt::UTC));
    }
    Database &db() { return *store->db; }

    std::unique_ptr<DemoStore> store;
    FakeClock clock;
};

KpiDemo &kpiDemo()
{
    static KpiDemo demo;
    return demo;
}

template <typename Get>
void checkValue(const KpiValue &v, const BfFigures &cur, const BfFigures &prev, const BfFigures &yb, Get get)
{
    CHECK(v.current == get(cur));
    CHECK(v.previous == get(prev));
    CHECK(v.yearBefore == get(yb));
}

void checkSnapshot(const KpiSnapshot &s, const BfData &data, const QDateTime &now, bool staff)
{
    const BfFigures cur = bruteForce(data, s.period, now);
    const BfFigures prev = bruteForce(data, s.previousPeriod, now);
    const BfFigures yb = bruteForce(data, s.yearBeforePeriod, now);
    checkValue(s.revenueCents, cur, prev, yb, [](const BfFigures &f) { return f.salesCents - f.returnsCents; });
    checkValue(s.revenueExclCents, cur, prev, yb, [](const BfFigures &f) { return f.salesExcl - f.returnsExcl; });
    checkValue(s.salesCount, cur, prev, yb, [](const BfFigures &f) { return f.salesCount; });
    checkValue(s.averageBasketCents, cur, prev, yb, [](const BfFigures &f) { return bfRatio(f.salesCents, f.salesCount, 1); });
    checkValue(s.itemsPerBasketMilli, cur, prev, yb, [](const BfFigures &f) { return bfRatio(f.items, f.salesCount, 1000); });
    checkValue(s.returnsCents, cur, prev, yb, [](const BfFigures &f) { return f.returnsCents; });
    checkValue(s.returnsRateBp, cur, prev, yb, [](const BfFigures &f) { return bfRatio(f.returnsCents, f.salesCents, 10000); });
    checkValue(s.newCustomers, cur, prev, yb, [](const BfFigures &f) { return f.newCustomers; });
    checkValue(s.returningCustomers, cur, prev, yb, [](const BfFigures &f) { return f.returning; });
    checkValue(s.lostCustomers, cur, prev, yb, [](const BfFigures &f) { return f.lost; });
    checkValue(s.newProspects, cur, prev, yb, [](const BfFigures &f) { return f.prospects; });
    checkValue(s.loyaltyShareBp, cur, prev, yb, [](const BfFigures &f) { return bfRatio(f.loyalty, f.salesCents, 10000); });
    checkValue(s.appointments, cur, prev, yb, [](const BfFigures &f) { return f.appointments; });
    checkValue(s.noShowRateBp, cur, prev, yb, [](const BfFigures &f) { return bfRatio(f.noShow, f.appointments, 10000); });
    checkValue(s.followedBySaleBp, cur, prev, yb,
               [](const BfFigures &f) { return bfRatio(f.followed, f.doneWithCustomer, 10000); });
    checkValue(s.complaintsOpened, cur, prev, yb, [](const BfFigures &f) { return f.opened; });
    checkValue(s.complaintsOverdue, cur, prev, yb, [](const BfFigures &f) { return f.overdue; });
    checkValue(s.meanResolveMinutes, cur, prev, yb, [](const BfFigures &f) { return bfRatio(f.resolveMinutes, f.resolved, 1); });
    checkValue(s.satisfactionMilli, cur, prev, yb, [](const BfFigures &f) { return bfRatio(f.satisfaction, f.rated, 1000); });

    // Stock: now.
    qint64 under = 0, value = 0;
    for (const BfProduct &p : data.products) {
        const qint64 level = data.stock.value(p.id);
        if (p.active && level < p.threshold)
            ++under;
        value += std::max<qint64>(level, 0) * p.cost;
    }
    CHECK(s.productsUnderThreshold.current == under);
    CHECK(s.stockValueCents.current == value);

    // Revenue series: every day's net revenue lands in its bucket, for all three periods.
    const auto checkSeries = [](const QList<SeriesPoint> &points, const BfFigures &f, const Period &p) {
        qint64 total = 0;
        for (const SeriesPoint &pt : points)
            total += pt.value;
        qint64 expected = 0;
        for (auto it = f.netPerDay.cbegin(); it != f.netPerDay.cend(); ++it)
            expected += *it;
        CHECK(total == expected);
        REQUIRE_FALSE(points.isEmpty());
        CHECK(points.first().bucketStart <= p.from);
        CHECK(points.last().bucketStart <= p.to);
        for (qsizetype i = 0; i < points.size(); ++i) {
            const QDate start = points[i].bucketStart;
            const QDate end = i + 1 < points.size() ? points[i + 1].bucketStart : p.to.addDays(1);
            qint64 bucket = 0;
            for (auto it = f.netPerDay.cbegin(); it != f.netPerDay.cend(); ++it)
                if (it.key() >= start && it.key() < end)
                    bucket += *it;
            CHECK(points[i].value == bucket);
        }
    };
    checkSeries(s.revenueSeries.current, cur, s.period);
    checkSeries(s.revenueSeries.previous, prev, s.previousPeriod);
    checkSeries(s.revenueSeries.yearBefore, yb, s.yearBeforePeriod);

    // Categories.
    QMap<qint64, QPair<qint64, qint64>> categories;
    for (const BreakdownRow &r : s.revenueByCategory)
        categories.insert(r.id, {r.count, r.amountCents});
    CHECK(categories == cur.perCategory);

    // Top 10 products: by net revenue desc, then id.
    QList<std::tuple<qint64, qint64, qint64>> products; // -amount, id, qty
    for (auto it = cur.perProduct.cbegin(); it != cur.perProduct.cend(); ++it)
        products.append({-it->second, it.key(), it->first});
    std::sort(products.begin(), products.end());
    REQUIRE(s.topProducts.size() == std::min<qsizetype>(10, products.size()));
    for (qsizetype i = 0; i < s.topProducts.size(); ++i) {
        CHECK(s.topProducts[i].id == std::get<1>(products[i]));
        CHECK(s.topProducts[i].amountCents == -std::get<0>(products[i]));
        CHECK(s.topProducts[i].count == std::get<2>(products[i]));
        CHECK_FALSE(s.topProducts[i].label.isEmpty());
    }

    // Staff.
    CHECK(s.staffVisible == staff);
    if (staff) {
        QMap<qint64, QPair<qint64, qint64>> perStaff;
        for (const BreakdownRow &r : s.revenueByStaff)
            perStaff.insert(r.id, {r.count, r.amountCents});
        CHECK(perStaff == cur.perStaff);
    } else {
        CHECK(s.revenueByStaff.isEmpty());
    }

    // RFM.
    const QList<RfmScore> scores = rfmScores(bruteRfmInputs(data, s.period.to), s.period.to);
    REQUIRE(s.rfmSegments.size() == RfmSegment::all().size());
    for (const BreakdownRow &row : s.rfmSegments) {
        qint64 count = 0, amount = 0;
        for (const RfmScore &sc : scores)
            if (sc.segment == row.key) {
                ++count;
                amount += sc.monetaryCents;
            }
        CHECK(row.count == count);
        CHECK(row.amountCents == amount);
    }

    // Complaints by category and status.
    QMap<qint64, qint64> byCategory;
    for (const BreakdownRow &r : s.complaintsByCategory) {
        byCategory.insert(r.id, r.count);
        CHECK_FALSE(r.key.isEmpty());
    }
    CHECK(byCategory == cur.complaintsPerCategory);
    QMap<QString, qint64> byStatus;
    for (const BreakdownRow &r : s.complaintsByStatus)
        byStatus.insert(r.key, r.count);
    CHECK(byStatus == cur.complaintsPerStatus);
}

} // namespace

TEST_CASE("Every KPI equals a brute-force computation, with both comparisons", "[kpi]")
{
    KpiDemo &demo = kpiDemo();
    const BfData data(demo.db());
    REQUIRE(data.notes.size() == 5);
    const Session manager = roleSession(demo.db(), QStringLiteral("manager"));
    KpiService kpi(demo.db(), demo.clock);

    const Period month{QDate(2026, 10, 1), QDate(2026, 10, 31)};
    const Period quarter{QDate(2026, 7, 1), QDate(2026, 9, 30)};
    const Period year{QDate(2025, 11, 24), QDate(2026, 11, 23)};
    const Period empty{QDate(2020, 3, 1), QDate(2020, 3, 31)};
    const Period onlyReturns{QDate(2026, 11, 28), QDate(2026, 11, 28)};
    // Periods whose comparisons reach past the 24 months the RFM reads: their buyers are
    // counted by their own query, the others' from the RFM read.
    const Period thirteenMonths{QDate(2025, 10, 1), QDate(2026, 10, 31)};
    const Period thirtyMonths{QDate(2024, 6, 1), QDate(2026, 11, 23)};
    for (const Period &p : {month, quarter, year, empty, onlyReturns, thirteenMonths, thirtyMonths}) {
        for (bool summaries : {true, false}) {
            INFO("period " << p.from.toString(Qt::ISODate).toStdString() << " summaries " << summaries);
            kpi.setUseSummaries(summaries);
            auto snap = kpi.snapshot(manager, p);
            REQUIRE(snap.ok());
            checkSnapshot(*snap, data, demo.clock.nowUtc(), true);
        }
    }
    kpi.setUseSummaries(true);

    auto m = kpi.snapshot(manager, month);
    REQUIRE(m.ok());
    CHECK(m->revenueSeries.granularity == Granularity::Day);
    CHECK(m->revenueSeries.current.size() == 31);
    CHECK(m->returnsCents.current > 0);
    CHECK(m->salesCount.current > 0);
    CHECK(m->salesCount.previous > 0);
    CHECK(m->salesCount.yearBefore > 0);
    CHECK(m->complaintsOpened.current + m->complaintsOpened.previous + m->complaintsOpened.yearBefore > 0);
    auto q = kpi.snapshot(manager, quarter);
    REQUIRE(q.ok());
    CHECK(q->revenueSeries.granularity == Granularity::Week);
    auto y = kpi.snapshot(manager, year);
    REQUIRE(y.ok());
    CHECK(y->revenueSeries.granularity == Granularity::Month);
    CHECK(y->revenueSeries.current.size() == 13);
    qint64 rfmCustomers = 0;
    for (const BreakdownRow &r : y->rfmSegments)
        rfmCustomers += r.count;
    CHECK(rfmCustomers > 100);

    auto e = kpi.snapshot(manager, empty);
    REQUIRE(e.ok());
    CHECK(e->revenueCents == KpiValue{});
    CHECK(e->salesCount == KpiValue{});
    CHECK(e->topProducts.isEmpty());
    CHECK(e->revenueSeries.current.size() == 31);

    auto r = kpi.snapshot(manager, onlyReturns);
    REQUIRE(r.ok());
    CHECK(r->salesCount.current == 0);
    CHECK(r->revenueCents.current < 0);
    CHECK(r->revenueCents.current == -r->returnsCents.current);
    CHECK(r->returnsRateBp.current == 0); // no sales: no rate
    REQUIRE_FALSE(r->topProducts.isEmpty());
    CHECK(r->topProducts.first().count < 0);
}

TEST_CASE("Click-throughs list the customers and complaints behind the figures", "[kpi]")
{
    KpiDemo &demo = kpiDemo();
    const Session manager = roleSession(demo.db(), QStringLiteral("manager"));
    KpiService kpi(demo.db(), demo.clock);
    const Period year{QDate(2025, 11, 24), QDate(2026, 11, 23)};
    auto snap = kpi.snapshot(manager, year);
    REQUIRE(snap.ok());
    for (const BreakdownRow &row : snap->rfmSegments) {
        auto ids = kpi.customersInSegment(manager, row.key, year);
        REQUIRE(ids.ok());
        CHECK(ids->size() == row.count);
    }
    CHECK_FALSE(kpi.customersInSegment(manager, QStringLiteral("nobody"), year).ok());
    const std::pair<CustomerGroup, qint64> groups[] = {
        {CustomerGroup::New, snap->newCustomers.current},
        {CustomerGroup::Returning, snap->returningCustomers.current},
        {CustomerGroup::Lost, snap->lostCustomers.current},
        {CustomerGroup::Prospects, snap->newProspects.current},
    };
    for (const auto &[group, count] : groups) {
        auto ids = kpi.customersInGroup(manager, group, year);
        REQUIRE(ids.ok());
        CHECK(ids->size() == count);
    }
    auto overdue = kpi.complaintIds(manager, year, 0, QString(), true);
    REQUIRE(overdue.ok());
    CHECK(overdue->size() == snap->complaintsOverdue.current);
    for (const BreakdownRow &row : snap->complaintsByCategory) {
        auto ids = kpi.complaintIds(manager, year, row.id);
        REQUIRE(ids.ok());
        CHECK(ids->size() == row.count);
    }
    for (const BreakdownRow &row : snap->complaintsByStatus) {
        auto ids = kpi.complaintIds(manager, year, 0, row.key);
        REQUIRE(ids.ok());
        CHECK(ids->size() == row.count);
    }
}

TEST_CASE("KPIs need kpi.view, staff figures need staff.performance.view", "[kpi][access]")
{
    TestDatabase t;
    KpiService kpi(t.db(), t.clock());
    const Period p{QDate(2026, 11, 1), QDate(2026, 11, 30)};
    for (const Session &s : {t.intern(), t.technician(), t.associate()}) {
        auto snap = kpi.snapshot(s, p);
        REQUIRE_FALSE(snap.ok());
        CHECK(snap.error().code == ErrorCode::PermissionDenied);
        CHECK(snap.error().field == QStringLiteral("kpi.view"));
        CHECK_FALSE(kpi.customersInSegment(s, RfmSegment::Champions, p).ok());
        CHECK_FALSE(kpi.customersInGroup(s, CustomerGroup::New, p).ok());
        CHECK_FALSE(kpi.complaintIds(s, p).ok());
    }
    auto full = kpi.snapshot(t.manager(), p);
    REQUIRE(full.ok());
    CHECK(full->staffVisible);
    Session viewer = t.manager();
    viewer.permissions.remove(QStringLiteral("staff.performance.view"));
    auto limited = kpi.snapshot(viewer, p);
    REQUIRE(limited.ok());
    CHECK_FALSE(limited->staffVisible);
    CHECK(limited->revenueByStaff.isEmpty());
    auto bad = kpi.snapshot(t.manager(), Period{QDate(2026, 11, 30), QDate(2026, 11, 1)});
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.error().field == QStringLiteral("period"));
}
