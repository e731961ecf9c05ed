#include "charts/ComplaintCategoryChart.h"

namespace comptoir::ui {

ComplaintCategoryChart::ComplaintCategoryChart()
    : BarChart(Qt::Horizontal, Unit::Count, tr("Complaints"), 26)
{
}

void ComplaintCategoryChart::setSnapshot(const KpiSnapshot &snapshot)
{
    QList<ChartBar> bars;
    for (const BreakdownRow &row : snapshot.complaintsByCategory)
        bars.append({row.id, row.label.isEmpty() ? row.key : row.label, row.count, QString()});
    setBars(bars);
}

} // namespace comptoir::ui
