#pragma once

#include "access/Session.h"
#include "domain/DatabaseStats.h"
#include "domain/Result.h"

namespace comptoir {

class Database;

/**
 * The headline figures of a store database (`comptoir-cli stats`): counts, sales period,
 * revenue and size. They are the store's business figures, so they need "kpi.view" (the
 * store manager), as the dashboard does.
 */
class StatsService final {
public:
    explicit StatsService(Database &db) : m_db(db) {}

    Result<DatabaseStats> read(const Session &session);

private:
    Database &m_db;
};

} // namespace comptoir
