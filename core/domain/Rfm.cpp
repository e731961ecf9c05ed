#include "domain/Rfm.h"

#include "domain/KpiTypes.h"

#include <algorithm>
#include <numeric>
#include <utility>
#include <vector>

namespace comptoir {

namespace {

/** NTILE(5) of the row at 0-based `rank` among `n`: the first n % 5 tiles hold one row more. */
int tileOfRank(qsizetype rank, qsizetype n)
{
    const qsizetype base = n / 5;
    const qsizetype bigger = n % 5;
    const qsizetype inBigger = bigger * (base + 1);
    if (rank < inBigger)
        return int(rank / (base + 1)) + 1;
    return int(bigger + (rank - inBigger) / base) + 1;
}

/**
 * Tiles of values whose ties are broken by position (the ids ascend with it). Values over a
 * narrow range (days since the last purchase, numbers of sales) are ranked by counting,
 * in linear time; others by sorting (value, position) pairs.
 */
QList<int> quintilesByPosition(const QList<qint64> &values)
{
    const qsizetype n = values.size();
    QList<int> tiles(n, 0);
    if (n == 0)
        return tiles;
    const auto [lo, hi] = std::minmax_element(values.cbegin(), values.cend());
    const qint64 min = *lo;
    const quint64 span = quint64(*hi - *lo);
    if (span < quint64(4 * n + 1024)) {
        std::vector<qsizetype> next(span + 1, 0); // first rank of each value
        for (qint64 v : values)
            ++next[size_t(v - min)];
        qsizetype rank = 0;
        for (qsizetype &slot : next)
            rank += std::exchange(slot, rank);
        for (qsizetype i = 0; i < n; ++i)
            tiles[i] = tileOfRank(next[size_t(values[i] - min)]++, n);
        return tiles;
    }
    std::vector<std::pair<qint64, qsizetype>> order;
    order.reserve(size_t(n));
    for (qsizetype i = 0; i < n; ++i)
        order.emplace_back(values[i], i);
    std::sort(order.begin(), order.end());
    for (qsizetype rank = 0; rank < n; ++rank)
        tiles[order[size_t(rank)].second] = tileOfRank(rank, n);
    return tiles;
}

} // namespace

QList<int> rfmQuintiles(const QList<qint64> &values, const QList<qint64> &ids)
{
    if (std::is_sorted(ids.cbegin(), ids.cend()))
        return quintilesByPosition(values); // the usual case: inputs come by customer id
    const qsizetype n = values.size();
    // Sorted as contiguous (value, id, position) records.
    struct Key {
        qint64 value;
        qint64 id;
        qsizetype pos;
    };
    std::vector<Key> order;
    order.reserve(static_cast<size_t>(n));
    for (qsizetype i = 0; i < n; ++i)
        order.push_back({values.at(i), ids.at(i), i});
    std::sort(order.begin(), order.end(), [](const Key &a, const Key &b) {
        return a.value != b.value ? a.value < b.value : a.id < b.id;
    });
    QList<int> tiles(n, 0);
    for (qsizetype rank = 0; rank < n; ++rank)
        tiles[order[static_cast<size_t>(rank)].pos] = tileOfRank(rank, n);
    return tiles;
}

QString rfmSegment(int r, int f, int m)
{
    const int fm = (f + m + 1) / 2;
    if (r >= 4 && fm >= 4)
        return RfmSegment::Champions;
    if (r >= 3 && fm >= 4)
        return RfmSegment::Loyal;
    if (r >= 4 && f == 1)
        return RfmSegment::New;
    if (r >= 3)
        return RfmSegment::Potential;
    if (r == 1 && fm >= 4)
        return RfmSegment::CantLose;
    if (fm >= 3)
        return RfmSegment::AtRisk;
    if (r == 2)
        return RfmSegment::Hibernating;
    return RfmSegment::Lost;
}

QList<RfmScore> rfmScores(const QList<RfmInput> &inputs, const QDate &asOf)
{
    QList<qint64> ids, recency, frequency, monetary;
    ids.reserve(inputs.size());
    recency.reserve(inputs.size());
    frequency.reserve(inputs.size());
    monetary.reserve(inputs.size());
    for (const RfmInput &in : inputs) {
        ids.append(in.customerId);
        recency.append(-in.lastDay.daysTo(asOf)); // fewer days since = larger value = better
        frequency.append(in.frequency);
        monetary.append(in.monetaryCents);
    }
    const QList<int> r = rfmQuintiles(recency, ids);
    const QList<int> f = rfmQuintiles(frequency, ids);
    const QList<int> m = rfmQuintiles(monetary, ids);
    QList<RfmScore> out;
    out.reserve(inputs.size());
    for (qsizetype i = 0; i < inputs.size(); ++i)
        out.append({ids[i], r[i], f[i], m[i], rfmSegment(r[i], f[i], m[i]), inputs[i].monetaryCents});
    return out;
}

} // namespace comptoir
