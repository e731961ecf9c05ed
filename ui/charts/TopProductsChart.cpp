#include "charts/TopProductsChart.h"

#include "charts/KpiFormat.h"

namespace comptoir::ui {

TopProductsChart::TopProductsChart()
    : BarChart(Qt::Horizontal, Unit::Money, tr("Revenue incl. VAT"), 34)
{
}

void TopProductsChart::setSnapshot(const KpiSnapshot &snapshot)
{
    const KpiFormat format;
    QList<ChartBar> bars;
    for (const BreakdownRow &row : snapshot.topProducts)
        bars.append({row.id, row.label, row.amountCents,
                     tr("%1\n%2 — %n sold", nullptr, int(row.count)).arg(row.label, format.money(row.amountCents))});
    setBars(bars);
}

} // namespace comptoir::ui
