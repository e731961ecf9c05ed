#pragma once

#include "domain/Deposit.h"
#include "domain/Result.h"

#include <optional>

namespace comptoir {

class Database;

/** All SQL about deposits. Only the status (and when / which sale closed it) ever changes. */
class DepositRepository final {
public:
    explicit DepositRepository(Database &db) : m_db(db) {}

    Result<qint64> insert(const Deposit &deposit);
    Result<std::optional<Deposit>> findById(qint64 id);
    /** Moves an open deposit to `status`; a Conflict if it was no longer open. */
    Status close(qint64 id, DepositStatus status, const QDateTime &at, qint64 saleId);

private:
    Database &m_db;
};

} // namespace comptoir
