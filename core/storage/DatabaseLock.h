#pragma once

#include "domain/Result.h"

#include <QString>

#include <memory>

namespace comptoir {

/**
 * Tells a restore that a database is in use. Every program that opens a database (the
 * app, comptoir-cli) holds a *shared* lock on "<db>.lock" for as long as it keeps it
 * open; any number of them can. A restore takes the *exclusive* lock, which it gets only
 * when nobody has the database open, and holds it while it replaces the file; an open
 * attempted meanwhile is refused. SQLite itself would let a file be replaced under an
 * open connection, hence this.
 *
 * The locks are flock(2) locks: the kernel drops them when their holder exits, even on
 * SIGKILL, so a crash never leaves a stale lock. They work between processes and between
 * two DatabaseLocks of one process alike. "<db>.lock" is an empty file that stays next to
 * the database (deleting it while held would let two programs lock two different files).
 */
class DatabaseLock final {
public:
    /** While a database is open. Fails only while a restore of it runs. */
    static Result<std::unique_ptr<DatabaseLock>> shared(const QString &dbPath);
    /** For a restore. Fails (Conflict) while the database is open anywhere. */
    static Result<std::unique_ptr<DatabaseLock>> exclusive(const QString &dbPath);
    /** The lock file of `dbPath`. */
    static QString lockPath(const QString &dbPath);

    ~DatabaseLock();
    DatabaseLock(const DatabaseLock &) = delete;
    DatabaseLock &operator=(const DatabaseLock &) = delete;

private:
    explicit DatabaseLock(int fd) : m_fd(fd) {}
    static Result<std::unique_ptr<DatabaseLock>> acquire(const QString &dbPath, bool exclusive);
    int m_fd = -1;
};

} // namespace comptoir
