#include "services/TimelineService.h"

#include "storage/Database.h"

#include <QCoreApplication>

namespace comptoir {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("comptoir::TimelineService", text);
}

} // namespace

Result<QList<TimelineEntry>> TimelineService::page(const Session &session, qint64 customerId, int offset, int limit)
{
    if (Status s = require(session, QStringLiteral("customer.read")); !s)
        return s.error();
    if (offset < 0)
        return Error::validation(QStringLiteral("offset"), tr("must not be negative (got %1)").arg(offset));
    if (limit < 1 || limit > 1000)
        return Error::validation(QStringLiteral("limit"), tr("must be between 1 and 1000 (got %1)").arg(limit));
    TimelineRepository repo(m_db);
    return repo.page(customerId, offset, limit);
}

} // namespace comptoir
