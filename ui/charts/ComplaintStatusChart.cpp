#include "charts/ComplaintStatusChart.h"

#include "domain/Complaint.h"

namespace comptoir::ui {

ComplaintStatusChart::ComplaintStatusChart()
    : BarChart(Qt::Vertical, Unit::Count, tr("Complaints"), 16)
{
}

void ComplaintStatusChart::setSnapshot(const KpiSnapshot &snapshot)
{
    QList<ChartBar> bars;
    for (const BreakdownRow &row : snapshot.complaintsByStatus) {
        const auto status = complaintStatusFromString(row.key);
        bars.append({row.key, status ? displayName(*status) : row.key, row.count, QString()});
    }
    setBars(bars);
}

} // namespace comptoir::ui
