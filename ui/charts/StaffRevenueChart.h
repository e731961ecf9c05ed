#pragma once

#include "charts/BarChart.h"
#include "domain/KpiTypes.h"

namespace comptoir::ui {

/** Revenue (VAT incl.) per staff member over the period (shown only with staff.performance.view). */
class StaffRevenueChart final : public BarChart {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StaffRevenueChart)

public:
    StaffRevenueChart();

    /** Shows the bars of `snapshot`. */
    void setSnapshot(const KpiSnapshot &snapshot);
};

} // namespace comptoir::ui
