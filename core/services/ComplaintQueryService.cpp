#include "services/ComplaintQueryService.h"

#include "storage/ComplaintQueryRepository.h"
#include "storage/Database.h"

#include <algorithm>

namespace comptoir {

Result<QList<ComplaintRow>> ComplaintQueryService::list(const Session &session, const ComplaintFilter &filter,
                                                        ComplaintSort sort, bool descending, int offset, int limit)
{
    if (Status s = require(session, QStringLiteral("complaint.read")); !s)
        return s.error();
    ComplaintQueryRepository repo(m_db);
    return repo.list(filter, sort, descending, m_clock.nowUtc(), std::max(0, offset), std::clamp(limit, 1, 1000));
}

} // namespace comptoir
