#include "charts/RfmSegmentChart.h"

#include "charts/KpiFormat.h"

namespace comptoir::ui {

RfmSegmentChart::RfmSegmentChart()
    : BarChart(Qt::Vertical, Unit::Count, tr("Customers"), 16)
{
}

void RfmSegmentChart::setSnapshot(const KpiSnapshot &snapshot)
{
    const KpiFormat format;
    QList<ChartBar> bars;
    for (const BreakdownRow &row : snapshot.rfmSegments)
        bars.append({row.key, segmentName(row.key), row.count,
                     tr("%1: %n customer(s)\n%2 spent over 24 months", nullptr, int(row.count))
                         .arg(segmentName(row.key), format.money(row.amountCents))});
    setBars(bars);
}

QString RfmSegmentChart::segmentName(const QString &key)
{
    static const struct {
        const char *key;
        const char *name;
    } names[] = {
        {"champions", QT_TR_NOOP("Champions")},   {"loyal", QT_TR_NOOP("Loyal")},
        {"potential", QT_TR_NOOP("Potential")},   {"new", QT_TR_NOOP("New")},
        {"at_risk", QT_TR_NOOP("At risk")},       {"cant_lose", QT_TR_NOOP("Can't lose")},
        {"hibernating", QT_TR_NOOP("Hibernating")}, {"lost", QT_TR_NOOP("Lost")},
    };
    for (const auto &n : names)
        if (key == QLatin1String(n.key))
            return tr(n.name);
    return key;
}

} // namespace comptoir::ui
