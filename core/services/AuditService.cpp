#include "services/AuditService.h"

#include "services/AuditTrail.h"

#include <algorithm>

namespace comptoir {

namespace {

const QString kViewAll = QStringLiteral("audit.view");
const QString kViewSystem = QStringLiteral("audit.view.system");

} // namespace

Result<QList<AuditEntry>> AuditService::list(const Session &session, AuditFilter filter)
{
    if (!session.can(kViewAll)) {
        if (Status s = require(session, kViewSystem); !s)
            return Error::permissionDenied(kViewAll);
        filter.scopes = {scope::system()};
    }
    filter.limit = std::clamp(filter.limit, 1, 100000);
    AuditRepository repo(m_db);
    return repo.list(filter);
}

Result<ChainCheck> AuditService::verifyChain(const Session &session)
{
    if (!session.can(kViewAll) && !session.can(kViewSystem))
        return Error::permissionDenied(kViewAll);
    AuditRepository repo(m_db);
    return repo.verifyChain();
}

} // namespace comptoir
