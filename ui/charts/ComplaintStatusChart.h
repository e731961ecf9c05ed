#pragma once

#include "charts/BarChart.h"
#include "domain/KpiTypes.h"

namespace comptoir::ui {

/** Complaints opened in the period by their status today; a bar opens the Complaints area on that status. */
class ComplaintStatusChart final : public BarChart {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ComplaintStatusChart)

public:
    ComplaintStatusChart();

    /** Shows the bars of `snapshot`. */
    void setSnapshot(const KpiSnapshot &snapshot);
};

} // namespace comptoir::ui
