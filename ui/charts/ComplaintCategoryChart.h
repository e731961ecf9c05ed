#pragma once

#include "charts/BarChart.h"
#include "domain/KpiTypes.h"

namespace comptoir::ui {

/** Complaints opened in the period by category, as horizontal bars. */
class ComplaintCategoryChart final : public BarChart {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ComplaintCategoryChart)

public:
    ComplaintCategoryChart();

    /** Shows the bars of `snapshot`. */
    void setSnapshot(const KpiSnapshot &snapshot);
};

} // namespace comptoir::ui
