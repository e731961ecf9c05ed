#pragma once

#include "domain/Result.h"
#include "domain/Store.h"

#include <optional>

namespace comptoir {

class Database;

/** The store row and the headline counts. */
class StoreRepository final {
public:
    explicit StoreRepository(Database &db) : m_db(db) {}

    /** The first (for a single-store database, the only) store; none in a new database. */
    Result<std::optional<StoreInfo>> current();
    /** current(), for the writes that need a store: a validation error on "store" when there is none. */
    Result<StoreInfo> required();
    Result<qint64> insert(const StoreInfo &store, const QString &createdAt);
    Status update(const StoreInfo &store);
    Result<StoreCounts> counts();

private:
    Database &m_db;
};

} // namespace comptoir
