#pragma once

#include "charts/ChartBar.h"

#include <QChart>
#include <QList>

namespace comptoir::ui {

/**
 * The bar charts of the dashboard (one set of bars, vertical or horizontal, euros or
 * counts): readable axes in the UI language, labels elided and rotated so they never
 * overlap, a tooltip per bar, and barClicked to open the list behind a bar. The
 * dashboard's bar charts (by category, staff, RFM segment, top products) derive from it.
 */
class BarChart : public QChart {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BarChart)

public:
    enum class Unit { Money, Count };

    /** Shows `bars` in that order (first at the left, or at the top when horizontal). */
    void setBars(const QList<ChartBar> &bars);
    const QList<ChartBar> &bars() const { return m_bars; }
    /** The category labels as drawn (elided), in the order of bars(). */
    QStringList drawnLabels() const;
    /** What a click on bar `index` does (also used by tests). */
    void clickBar(int index);

Q_SIGNALS:
    void barClicked(const QVariant &key, const QString &label);

protected:
    BarChart(Qt::Orientation orientation, Unit unit, const QString &seriesName, int maxLabelChars);

private:
    void hoverBar(bool inside, int index);
    QString valueText(qint64 value) const;

    Qt::Orientation m_orientation;
    Unit m_unit;
    QString m_seriesName;
    int m_maxLabelChars;
    QList<ChartBar> m_bars;
    QStringList m_drawnLabels;
};

} // namespace comptoir::ui
