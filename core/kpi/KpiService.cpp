#include "kpi/KpiService.h"

#include "storage/Database.h"

namespace comptoir {

namespace {

Status checkPeriod(const Period &period)
{
    if (!period.isValid())
        return Error::validation(QStringLiteral("period"),
                                 QCoreApplication::translate("comptoir::KpiService", "invalid period"));
    return {};
}

} // namespace

Result<KpiSnapshot> KpiService::snapshot(const Session &session, const Period &period)
{
    if (auto s = require(session, QStringLiteral("kpi.view")); !s)
        return s.error();
    if (auto s = checkPeriod(period); !s)
        return s.error();
    KpiSnapshot snap;
    snap.period = period;
    snap.previousPeriod = period.previous();
    snap.yearBeforePeriod = period.yearBefore();
    snap.staffVisible = session.can(QStringLiteral("staff.performance.view"));
    return snap;
}

Result<QList<qint64>> KpiService::customersInSegment(const Session &session, const QString &, const Period &period)
{
    if (auto s = require(session, QStringLiteral("kpi.view")); !s)
        return s.error();
    if (auto s = checkPeriod(period); !s)
        return s.error();
    return QList<qint64>();
}

Result<QList<qint64>> KpiService::customersInGroup(const Session &session, CustomerGroup, const Period &period)
{
    if (auto s = require(session, QStringLiteral("kpi.view")); !s)
        return s.error();
    if (auto s = checkPeriod(period); !s)
        return s.error();
    return QList<qint64>();
}

Result<QList<qint64>> KpiService::complaintIds(const Session &session, const Period &period, qint64, const QString &,
                                               bool)
{
    if (auto s = require(session, QStringLiteral("kpi.view")); !s)
        return s.error();
    if (auto s = checkPeriod(period); !s)
        return s.error();
    return QList<qint64>();
}

} // namespace comptoir
