#include "charts/RevenueTrendChart.h"

#include "charts/ChartStyle.h"
#include "charts/KpiFormat.h"

#include <QCategoryAxis>
#include <QLineSeries>
#include <QPen>
#include <QValueAxis>

#include <algorithm>

namespace comptoir::ui {

namespace {

constexpr int kMaxAxisLabels = 10;

} // namespace

RevenueTrendChart::RevenueTrendChart()
{
    ChartStyle::apply(this);
}

void RevenueTrendChart::setSnapshot(const KpiSnapshot &snapshot)
{
    const KpiFormat format;
    const Granularity granularity = snapshot.revenueSeries.granularity;
    const auto points = [&format, granularity](const QList<SeriesPoint> &series) {
        QList<Point> out;
        for (const SeriesPoint &p : series)
            out.append({granularity == Granularity::Month ? format.monthLabel(p.bucketStart) : format.dayLabel(p.bucketStart),
                        p.value});
        return out;
    };
    const Period &now = snapshot.period;
    const Period &before = snapshot.previousPeriod;
    setData(points(snapshot.revenueSeries.current), points(snapshot.revenueSeries.previous),
            tr("%1 – %2").arg(format.date(now.from), format.date(now.to)),
            tr("Previous period, %1 – %2").arg(format.date(before.from), format.date(before.to)));
    const QString bucket = granularity == Granularity::Day    ? tr("per day")
                           : granularity == Granularity::Week ? tr("per week (from Monday)")
                                                              : tr("per month");
    if (!axes(Qt::Vertical).isEmpty())
        axes(Qt::Vertical).first()->setTitleText(tr("€ %1").arg(bucket));
}

void RevenueTrendChart::setData(const QList<Point> &current, const QList<Point> &previous, const QString &currentName,
                                const QString &previousName)
{
    removeAllSeries();
    for (QAbstractAxis *axis : axes()) {
        removeAxis(axis);
        delete axis;
    }

    auto *previousSeries = new QLineSeries;
    previousSeries->setName(previousName);
    QPen dashed(QColor(0x9e, 0x9e, 0x9e), 2, Qt::DashLine);
    previousSeries->setPen(dashed);
    auto *currentSeries = new QLineSeries;
    currentSeries->setName(currentName);
    currentSeries->setPen(QPen(ChartStyle::colour(0), 3));

    qint64 max = 0;
    for (int i = 0; i < previous.size(); ++i) {
        previousSeries->append(i, double(previous.at(i).cents) / 100.0);
        max = std::max(max, previous.at(i).cents);
    }
    for (int i = 0; i < current.size(); ++i) {
        currentSeries->append(i, double(current.at(i).cents) / 100.0);
        max = std::max(max, current.at(i).cents);
    }
    currentSeries->setPointsVisible(current.size() <= 31);
    addSeries(previousSeries);
    addSeries(currentSeries);

    // Dates of the current period, one every `step` buckets.
    const int count = int(std::max(current.size(), previous.size()));
    auto *x = new QCategoryAxis;
    x->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    QFont small = x->labelsFont();
    small.setPointSizeF(std::max(7.0, small.pointSizeF() * 0.85));
    x->setLabelsFont(small);
    x->setStartValue(-1.0);
    x->setRange(-0.3, std::max(1, count - 1) + 0.3);
    x->setGridLineVisible(false);
    m_axisLabels.clear();
    const int step = std::max(1, (count + kMaxAxisLabels - 1) / kMaxAxisLabels);
    for (int i = 0; i < current.size(); i += step) {
        QString label = current.at(i).label;
        while (x->categoriesLabels().contains(label))
            label += QChar(0x200B); // the axis refuses duplicate labels
        x->append(label, i);
        m_axisLabels << current.at(i).label;
    }
    if (count > kMaxAxisLabels)
        x->setLabelsAngle(-45);
    QValueAxis *y = ChartStyle::moneyAxis(max);
    addAxis(x, Qt::AlignBottom);
    addAxis(y, Qt::AlignLeft);
    for (QLineSeries *series : {previousSeries, currentSeries}) {
        series->attachAxis(x);
        series->attachAxis(y);
    }
    legend()->show();
}

} // namespace comptoir::ui
