#pragma once

#include "domain/DatabaseStats.h"
#include "domain/Result.h"

namespace comptoir {

class Database;

/** Headline figures of a whole database (counts, sales period, revenue, size). */
class StatsRepository final {
public:
    explicit StatsRepository(Database &db) : m_db(db) {}

    Result<DatabaseStats> read();

private:
    Database &m_db;
};

} // namespace comptoir
