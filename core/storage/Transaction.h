#pragma once

#include "domain/Result.h"

namespace comptoir {

class Database;

/**
 * RAII transaction: begins in the constructor (BEGIN IMMEDIATE, or a SAVEPOINT when
 * nested) and rolls back in the destructor unless commit() succeeded. A service
 * holds one for the whole of a use case, so nothing is half-written.
 */
class Transaction final {
public:
    explicit Transaction(Database &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    /** Did BEGIN succeed? If not, error() says why. */
    bool isActive() const { return m_active; }
    const Error &error() const { return m_error; }
    Status begun() const { return m_active ? Status() : Status(m_error); }

    Status commit();
    void rollback();

private:
    Database &m_db;
    int m_level = 0;
    bool m_active = false;
    Error m_error;
};

} // namespace comptoir
