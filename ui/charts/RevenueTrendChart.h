#pragma once

#include "domain/KpiTypes.h"

#include <QChart>
#include <QList>
#include <QString>

namespace comptoir::ui {

/**
 * Revenue per day, week or month over the period, with the previous period overlaid
 * (dashed, grey) bucket by bucket: the n-th day of this month against the n-th day of
 * the previous period. The x axis shows at most about ten dates so they never overlap.
 */
class RevenueTrendChart final : public QChart {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RevenueTrendChart)

public:
    struct Point {
        QString label; ///< the bucket as written on the axis ("24/11", "nov. 2026")
        qint64 cents = 0;
    };

    RevenueTrendChart();

    /** Shows the revenue series of `snapshot` (current period and the previous one). */
    void setSnapshot(const KpiSnapshot &snapshot);

    void setData(const QList<Point> &current, const QList<Point> &previous, const QString &currentName,
                 const QString &previousName);
    /** The dates written on the x axis, in order. */
    QStringList axisLabels() const { return m_axisLabels; }

private:
    QStringList m_axisLabels;
};

} // namespace comptoir::ui
