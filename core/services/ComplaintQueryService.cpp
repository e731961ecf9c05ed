#include "services/ComplaintQueryService.h"

#include "storage/ComplaintQueryRepository.h"
#include "storage/Database.h"

#include <algorithm>

namespace comptoir {

Result<QList<ComplaintRow>> ComplaintQueryService::list(const Session &session, const ComplaintFilter &filter,
                                                        ComplaintSort sort, bool descending, int offset, int limit)
{
    BOOST_OUTCOME_TRYV(require(session, QStringLiteral("complaint.read")));
    ComplaintQueryRepository repo(m_db);
    return repo.list(filter, sort, descending, m_clock.nowUtc(), std::max(0, offset), std::clamp(limit, 1, 1000));
}

} // namespace comptoir
