#include "domain/KpiTypes.h"
#include "domain/Rfm.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <numeric>
#include <random>

using namespace comptoir;

TEST_CASE("RFM quintiles follow SQL NTILE(5), ties broken by id", "[kpi][rfm]")
{
    // 7 values: tiles of 2, 2, 1, 1, 1 from the smallest.
    const QList<qint64> values{50, 10, 30, 10, 70, 60, 40};
    const QList<qint64> ids{1, 2, 3, 4, 5, 6, 7};
    // sorted: 10(2) 10(4) 30(3) 40(7) 50(1) 60(6) 70(5)
    CHECK(rfmQuintiles(values, ids) == QList<int>{3, 1, 2, 1, 5, 4, 2});
    CHECK(rfmQuintiles({}, {}).isEmpty());
    CHECK(rfmQuintiles({5}, {9}) == QList<int>{1});
}

namespace {

/** NTILE(5) by the definition: sort by (value, id), then deal the tiles out in order. */
QList<int> referenceQuintiles(const QList<qint64> &values, const QList<qint64> &ids)
{
    QList<qsizetype> order(values.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](qsizetype a, qsizetype b) {
        return std::pair(values[a], ids[a]) < std::pair(values[b], ids[b]);
    });
    QList<int> tiles(values.size(), 0);
    const qsizetype n = values.size();
    qsizetype rank = 0;
    for (int tile = 1; tile <= 5; ++tile)
        for (qsizetype i = 0; i < n / 5 + (tile <= n % 5 ? 1 : 0); ++i)
            tiles[order[rank++]] = tile;
    return tiles;
}

} // namespace

TEST_CASE("RFM quintiles by counting, by sorting and with unordered ids all equal NTILE(5)", "[kpi][rfm]")
{
    std::mt19937_64 random(42);
    for (const qsizetype n : {1, 2, 4, 5, 6, 9, 101, 1000, 20003}) {
        for (const qint64 range : {qint64(3), qint64(800), qint64(1) << 40}) {
            QList<qint64> values, ids;
            qint64 id = 0;
            for (qsizetype i = 0; i < n; ++i) {
                values.append(qint64(random() % quint64(range)) - range / 2); // negatives too (recency)
                id += 1 + qint64(random() % 3);
                ids.append(id);
            }
            INFO("n " << n << " range " << range);
            CHECK(rfmQuintiles(values, ids) == referenceQuintiles(values, ids));
            std::shuffle(ids.begin(), ids.end(), random);
            CHECK(rfmQuintiles(values, ids) == referenceQuintiles(values, ids));
        }
    }
}

TEST_CASE("RFM segment rule", "[kpi][rfm]")
{
    CHECK(rfmSegment(5, 5, 5) == RfmSegment::Champions);
    CHECK(rfmSegment(4, 4, 3) == RfmSegment::Champions); // FM = 4
    CHECK(rfmSegment(3, 5, 4) == RfmSegment::Loyal);
    CHECK(rfmSegment(5, 1, 1) == RfmSegment::New);
    CHECK(rfmSegment(5, 1, 5) == RfmSegment::New); // FM = 3, one purchase
    CHECK(rfmSegment(4, 2, 3) == RfmSegment::Potential);
    CHECK(rfmSegment(3, 1, 1) == RfmSegment::Potential);
    CHECK(rfmSegment(1, 5, 4) == RfmSegment::CantLose);
    CHECK(rfmSegment(2, 5, 5) == RfmSegment::AtRisk);
    CHECK(rfmSegment(1, 3, 2) == RfmSegment::AtRisk); // FM = 3
    CHECK(rfmSegment(2, 2, 2) == RfmSegment::Hibernating);
    CHECK(rfmSegment(1, 1, 2) == RfmSegment::Lost);
}

TEST_CASE("RFM scores on a hand-made set of customers", "[kpi][rfm]")
{
    const QDate asOf(2026, 11, 30);
    // Five customers: one per quintile on each axis.
    const QList<RfmInput> in{
        {10, asOf, 9, 90000},                 // most recent, most frequent, most spent
        {11, asOf.addDays(-10), 1, 500},      // recent, one small purchase
        {12, asOf.addDays(-200), 8, 80000},   // frequent big spender gone quiet
        {13, asOf.addDays(-400), 3, 3000},
        {14, asOf.addDays(-700), 2, 1000},    // oldest
    };
    const QList<RfmScore> s = rfmScores(in, asOf);
    REQUIRE(s.size() == 5);
    CHECK((s[0].r == 5 && s[0].f == 5 && s[0].m == 5));
    CHECK(s[0].segment == RfmSegment::Champions);
    CHECK((s[1].r == 4 && s[1].f == 1 && s[1].m == 1));
    CHECK(s[1].segment == RfmSegment::New);
    CHECK((s[2].r == 3 && s[2].f == 4 && s[2].m == 4));
    CHECK(s[2].segment == RfmSegment::Loyal);
    CHECK((s[3].r == 2 && s[3].f == 3 && s[3].m == 3));
    CHECK(s[3].segment == RfmSegment::AtRisk);
    CHECK((s[4].r == 1 && s[4].f == 2 && s[4].m == 2));
    CHECK(s[4].segment == RfmSegment::Lost);
    CHECK(s[2].monetaryCents == 80000);
}
