#pragma once

#include "charts/BarChart.h"
#include "domain/KpiTypes.h"

namespace comptoir::ui {

/** Revenue (VAT incl.) by product category over the period; a bar opens the category's products in Stock. */
class CategoryRevenueChart final : public BarChart {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CategoryRevenueChart)

public:
    CategoryRevenueChart();

    /** Shows the bars of `snapshot`. */
    void setSnapshot(const KpiSnapshot &snapshot);
};

} // namespace comptoir::ui
