#include "charts/CategoryRevenueChart.h"

namespace comptoir::ui {

CategoryRevenueChart::CategoryRevenueChart()
    : BarChart(Qt::Horizontal, Unit::Money, tr("Revenue incl. VAT"), 26)
{
}

void CategoryRevenueChart::setSnapshot(const KpiSnapshot &snapshot)
{
    QList<ChartBar> bars;
    for (const BreakdownRow &row : snapshot.revenueByCategory)
        bars.append({row.id, row.label.isEmpty() ? tr("(no category)") : row.label, row.amountCents, QString()});
    setBars(bars);
}

} // namespace comptoir::ui
