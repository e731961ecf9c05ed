#pragma once

#include <QString>

#include <optional>

namespace comptoir {

class Database;

/**
 * Sets an integer PRAGMA of a connection (cache_size, threads, busy_timeout) for a scope
 * and puts its previous value back when destroyed. Nothing is put back when the value
 * could not be read.
 */
class ScopedPragma final {
public:
    ScopedPragma(Database &db, const char *name, qint64 value);
    ~ScopedPragma();
    ScopedPragma(const ScopedPragma &) = delete;
    ScopedPragma &operator=(const ScopedPragma &) = delete;

    /** The pragma's current value on `db`; nothing if it can not be read. */
    static std::optional<qint64> value(Database &db, const char *name);

private:
    Database &m_db;
    const char *m_name;
    std::optional<qint64> m_previous;
};

} // namespace comptoir
