#include "charts/StaffRevenueChart.h"

#include "charts/KpiFormat.h"

namespace comptoir::ui {

StaffRevenueChart::StaffRevenueChart()
    : BarChart(Qt::Vertical, Unit::Money, tr("Revenue incl. VAT"), 18)
{
}

void StaffRevenueChart::setSnapshot(const KpiSnapshot &snapshot)
{
    const KpiFormat format;
    QList<ChartBar> bars;
    for (const BreakdownRow &row : snapshot.revenueByStaff)
        bars.append({row.id, row.label.isEmpty() ? tr("(nobody)") : row.label, row.amountCents,
                     tr("%1\n%2 — %n sale(s)", nullptr, int(row.count))
                         .arg(row.label.isEmpty() ? tr("(nobody)") : row.label, format.money(row.amountCents))});
    setBars(bars);
}

} // namespace comptoir::ui
