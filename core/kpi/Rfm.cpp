#include "kpi/Rfm.h"

#include "kpi/KpiTypes.h"

#include <algorithm>
#include <numeric>
#include <vector>

namespace comptoir {

QList<int> rfmQuintiles(const QList<qint64> &values, const QList<qint64> &ids)
{
    const qsizetype n = values.size();
    // Sorted as contiguous (value, id, position) records: several times faster than sorting
    // positions through the lists (tens of thousands of customers per dashboard refresh).
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
    // NTILE(5): the first n % 5 tiles hold n / 5 + 1 rows, the others n / 5.
    QList<int> tiles(n, 0);
    const qsizetype base = n / 5;
    const qsizetype bigger = n % 5;
    qsizetype pos = 0;
    for (int tile = 1; tile <= 5; ++tile) {
        const qsizetype size = base + (tile <= bigger ? 1 : 0);
        for (qsizetype i = 0; i < size; ++i)
            tiles[order[static_cast<size_t>(pos++)].pos] = tile;
    }
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
