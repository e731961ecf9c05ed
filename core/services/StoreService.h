#pragma once

#include "access/Session.h"
#include "domain/Result.h"
#include "domain/Store.h"

namespace comptoir {

class Database;

/** The store's identity and headline figures (no personal data: any signed-in role). */
class StoreService final {
public:
    explicit StoreService(Database &db) : m_db(db) {}

    /** The store's identity; an empty StoreInfo (id 0) for a database with no store yet. */
    Result<StoreInfo> info();
    /** Counts of customers, products and sales: aggregates, shown to every signed-in user. */
    Result<StoreCounts> counts(const Session &session);

private:
    Database &m_db;
};

} // namespace comptoir
