#include "charts/BarChart.h"

#include "charts/ChartStyle.h"
#include "charts/KpiFormat.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCursor>
#include <QHorizontalBarSeries>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>

namespace comptoir::ui {

BarChart::BarChart(Qt::Orientation orientation, Unit unit, const QString &seriesName, int maxLabelChars)
    : m_orientation(orientation), m_unit(unit), m_seriesName(seriesName), m_maxLabelChars(maxLabelChars)
{
    ChartStyle::apply(this);
    legend()->hide();
}

QString BarChart::valueText(qint64 value) const
{
    const KpiFormat format;
    return m_unit == Unit::Money ? format.money(value) : format.count(value);
}

void BarChart::setBars(const QList<ChartBar> &bars)
{
    m_bars = bars;
    removeAllSeries();
    for (QAbstractAxis *axis : axes()) {
        removeAxis(axis);
        delete axis;
    }

    // A horizontal chart draws its first category at the bottom: reverse, so the first bar is on top.
    QList<ChartBar> drawn = m_bars;
    if (m_orientation == Qt::Horizontal)
        std::reverse(drawn.begin(), drawn.end());
    auto *set = new QBarSet(m_seriesName);
    set->setColor(ChartStyle::colour(0));
    set->setBorderColor(ChartStyle::colour(0).darker(115));
    QStringList labels;
    qint64 max = 0;
    for (const ChartBar &bar : drawn) {
        set->append(m_unit == Unit::Money ? double(bar.value) / 100.0 : double(bar.value));
        labels << bar.label;
        max = std::max(max, bar.value);
    }
    QAbstractBarSeries *series = m_orientation == Qt::Horizontal ? static_cast<QAbstractBarSeries *>(new QHorizontalBarSeries)
                                                                 : static_cast<QAbstractBarSeries *>(new QBarSeries);
    series->append(set);
    series->setBarWidth(0.7);
    addSeries(series);

    // Horizontal bars have room for long names; vertical ones rotate when many.
    QBarCategoryAxis *categories =
        ChartStyle::categoryAxis(labels, m_maxLabelChars, m_orientation == Qt::Horizontal ? 1000 : 5);
    m_drawnLabels = categories->categories();
    if (m_orientation == Qt::Horizontal)
        std::reverse(m_drawnLabels.begin(), m_drawnLabels.end());
    QValueAxis *values = m_unit == Unit::Money ? ChartStyle::moneyAxis(max) : ChartStyle::countAxis(max);
    if (m_orientation == Qt::Horizontal) {
        addAxis(categories, Qt::AlignLeft);
        addAxis(values, Qt::AlignBottom);
    } else {
        addAxis(categories, Qt::AlignBottom);
        addAxis(values, Qt::AlignLeft);
    }
    series->attachAxis(categories);
    series->attachAxis(values);

    const bool reversed = m_orientation == Qt::Horizontal;
    const auto toBarIndex = [this, reversed](int drawnIndex) {
        return reversed ? int(m_bars.size()) - 1 - drawnIndex : drawnIndex;
    };
    connect(set, &QBarSet::clicked, this, [this, toBarIndex](int index) { clickBar(toBarIndex(index)); });
    connect(set, &QBarSet::hovered, this,
            [this, toBarIndex](bool inside, int index) { hoverBar(inside, toBarIndex(index)); });
}

QStringList BarChart::drawnLabels() const
{
    return m_drawnLabels;
}

void BarChart::clickBar(int index)
{
    if (index < 0 || index >= m_bars.size())
        return;
    Q_EMIT barClicked(m_bars.at(index).key, m_bars.at(index).label);
}

void BarChart::hoverBar(bool inside, int index)
{
    if (!inside || index < 0 || index >= m_bars.size()) {
        QToolTip::hideText();
        return;
    }
    const ChartBar &bar = m_bars.at(index);
    const QString text = bar.tooltip.isEmpty() ? bar.label + QStringLiteral("\n") + valueText(bar.value) : bar.tooltip;
    QToolTip::showText(QCursor::pos(), text);
}

} // namespace comptoir::ui
