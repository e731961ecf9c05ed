#pragma once

#include "charts/BarChart.h"
#include "domain/KpiTypes.h"

namespace comptoir::ui {

/** Customers per RFM segment (champions, loyal... lost) at the end of the period; a bar lists the segment's customers. */
class RfmSegmentChart final : public BarChart {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RfmSegmentChart)

public:
    RfmSegmentChart();

    /** Shows the bars of `snapshot`. */
    void setSnapshot(const KpiSnapshot &snapshot);

    /** The translated name of a segment key ("champions", "at_risk"...); the key itself if unknown. */
    static QString segmentName(const QString &key);
};

} // namespace comptoir::ui
