#include "services/StatsService.h"

#include "storage/StatsRepository.h"

namespace comptoir {

Result<DatabaseStats> StatsService::read(const Session &session)
{
    if (Status s = require(session, QStringLiteral("kpi.view")); !s)
        return s.error();
    return StatsRepository(m_db).read();
}

} // namespace comptoir
