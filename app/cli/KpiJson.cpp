#include "KpiJson.h"

#include "KpiTiles.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace comptoir::cli {

namespace {

QJsonArray rowsJson(const QList<BreakdownRow> &rows)
{
    QJsonArray out;
    for (const BreakdownRow &r : rows)
        out.append(QJsonObject{{QStringLiteral("id"), r.id}, {QStringLiteral("key"), r.key}, {QStringLiteral("label"), r.label},
                               {QStringLiteral("count"), r.count}, {QStringLiteral("amountCents"), r.amountCents}});
    return out;
}

QJsonObject periodJson(const Period &p)
{
    return {{QStringLiteral("from"), p.from.toString(Qt::ISODate)}, {QStringLiteral("to"), p.to.toString(Qt::ISODate)}};
}

} // namespace

QString kpiJson(const KpiSnapshot &s)
{
    QJsonObject kpis;
    for (const KpiTile &t : kpiTiles()) {
        const KpiValue &v = s.*(t.value);
        kpis.insert(QLatin1String(t.key), QJsonObject{{QStringLiteral("current"), v.current},
                                                       {QStringLiteral("previous"), v.previous},
                                                       {QStringLiteral("yearBefore"), v.yearBefore}});
    }
    QJsonObject series;
    const auto points = [](const QList<SeriesPoint> &list) {
        QJsonArray a;
        for (const SeriesPoint &p : list)
            a.append(QJsonObject{{QStringLiteral("start"), p.bucketStart.toString(Qt::ISODate)},
                                 {QStringLiteral("label"), p.label}, {QStringLiteral("cents"), p.value}});
        return a;
    };
    const char *granularity[] = {"day", "week", "month"};
    series.insert(QStringLiteral("granularity"), QLatin1String(granularity[int(s.revenueSeries.granularity)]));
    series.insert(QStringLiteral("current"), points(s.revenueSeries.current));
    series.insert(QStringLiteral("previous"), points(s.revenueSeries.previous));
    series.insert(QStringLiteral("yearBefore"), points(s.revenueSeries.yearBefore));
    QJsonObject root{
        {QStringLiteral("period"), periodJson(s.period)},
        {QStringLiteral("previousPeriod"), periodJson(s.previousPeriod)},
        {QStringLiteral("yearBeforePeriod"), periodJson(s.yearBeforePeriod)},
        {QStringLiteral("kpis"), kpis},
        {QStringLiteral("revenueSeries"), series},
        {QStringLiteral("revenueByCategory"), rowsJson(s.revenueByCategory)},
        {QStringLiteral("topProducts"), rowsJson(s.topProducts)},
        {QStringLiteral("rfmSegments"), rowsJson(s.rfmSegments)},
        {QStringLiteral("complaintsByCategory"), rowsJson(s.complaintsByCategory)},
        {QStringLiteral("complaintsByStatus"), rowsJson(s.complaintsByStatus)},
    };
    if (s.staffVisible)
        root.insert(QStringLiteral("revenueByStaff"), rowsJson(s.revenueByStaff));
    return QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
}

} // namespace comptoir::cli
