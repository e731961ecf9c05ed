#include "services/TimelineService.h"

#include "storage/Database.h"
#include "storage/TimelineRepository.h"

#include <QCoreApplication>

namespace comptoir {

namespace {

/** The translation context of this file's messages (lupdate reads it). */
struct TimelineServiceText {
    Q_DECLARE_TR_FUNCTIONS(comptoir::TimelineService)
};

} // namespace

Result<QList<TimelineEntry>> TimelineService::page(const Session &session, qint64 customerId, int offset, int limit)
{
    BOOST_OUTCOME_TRYV(require(session, QStringLiteral("customer.read")));
    if (offset < 0)
        return Error::validation(QStringLiteral("offset"), TimelineServiceText::tr("must not be negative (got %1)").arg(offset));
    if (limit < 1 || limit > 1000)
        return Error::validation(QStringLiteral("limit"), TimelineServiceText::tr("must be between 1 and 1000 (got %1)").arg(limit));
    TimelineRepository repo(m_db);
    return repo.page(customerId, offset, limit);
}

} // namespace comptoir
