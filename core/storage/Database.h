#pragma once

#include "domain/Result.h"

#include <QSqlDatabase>
#include <QString>

#include <memory>

struct sqlite3;

namespace comptoir {

/**
 * One open connection to a Comptoir database: pragmas set and checked, migrations
 * applied. Not copyable; each thread or concurrent writer opens its own.
 */
class Database final {
public:
    enum class Mode {
        OpenExisting, ///< fail if the file does not exist
        OpenOrCreate, ///< create an empty store database if needed
    };

    /** Opens `path` (":memory:" for a private in-memory database) and migrates it. */
    static Result<std::unique_ptr<Database>> open(const QString &path, Mode mode = Mode::OpenOrCreate);

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QSqlDatabase &connection() { return m_db; }
    const QString &path() const { return m_path; }
    /** The raw SQLite handle, for the C API (backup, bulk loads). */
    sqlite3 *handle() const;

    int schemaVersion() const { return m_schemaVersion; }
    /** The newest schema version this program knows. */
    static int latestSchemaVersion();

    /** Runs a statement with no parameters and no result (DDL, pragmas). */
    Status exec(const QString &sql);
    /** Runs a script of several statements through the C API. */
    Status execScript(const QString &sql);

    /**
     * Copies the write-ahead log back into the database file without waiting for readers
     * (a passive checkpoint), outside any transaction; returns the pages copied (0 in memory
     * or inside a transaction). Commits leave this to idle moments (wal_autocheckpoint is high).
     */
    Result<int> checkpoint();

    /** Depth of the open Transaction guards (0: none). */
    int transactionDepth() const { return m_transactionDepth; }

private:
    friend class Transaction;
    Database(QSqlDatabase db, QString path);
    Status applyPragmas();
    Status migrate();

    QSqlDatabase m_db;
    QString m_path;
    int m_schemaVersion = 0;
    int m_transactionDepth = 0;
};

/** Turns the last error of a query or connection into an Error naming `what` failed. */
Error databaseError(const QString &what, const QString &driverText);

} // namespace comptoir
