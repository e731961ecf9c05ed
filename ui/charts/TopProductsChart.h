#pragma once

#include "charts/BarChart.h"
#include "domain/KpiTypes.h"

namespace comptoir::ui {

/** The ten best-selling products of the period by revenue, as horizontal bars (long names elided, in full in the tooltip). */
class TopProductsChart final : public BarChart {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TopProductsChart)

public:
    TopProductsChart();

    /** Shows the bars of `snapshot`. */
    void setSnapshot(const KpiSnapshot &snapshot);
};

} // namespace comptoir::ui
