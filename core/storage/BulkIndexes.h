#pragma once

#include "domain/Result.h"
#include "storage/ScopedPragma.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

namespace comptoir {

class Database;

/**
 * Drops the non-unique secondary indexes of some tables for a bulk load and builds them
 * again after it, inside the caller's transaction (a rollback puts them back as they
 * were). Loading rows with 4 indexes present costs about 5 times more than loading them
 * bare and building the indexes once (docs: ../shared/PERFORMANCE.md), so importers do it
 * when the load is large next to what the tables already hold. Unique indexes stay: they
 * are constraints. For the load, the connection's page cache is also enlarged (32 MiB), so
 * that pages are not spilled to the WAL and written again before the commit; the
 * destructor puts the previous size back.
 */
class BulkIndexes final {
public:
    /** Above this many expected new rows (and more than the tables hold), dropping and rebuilding pays. */
    static constexpr qint64 kWorthAbove = 50000;

    explicit BulkIndexes(Database &db) : m_db(db) {}
    BulkIndexes(const BulkIndexes &) = delete;
    BulkIndexes &operator=(const BulkIndexes &) = delete;

    /**
     * Drops the non-unique indexes of `tables` (names from sqlite_master, quoted) except
     * those named in `keep`: an index whose keys the load appends in order (a growing id or
     * day) costs little to keep up and nothing to rebuild.
     */
    Status drop(const QStringList &tables, const QStringList &keep = {});
    /** Builds again every index drop() removed. */
    Status restore();
    /**
     * Runs the CREATE INDEX statements of `indexes` (name, statement), sorting their keys in
     * small runs with a helper thread: about 3 times faster than with a large page cache.
     */
    static Status create(Database &db, const QList<std::pair<QString, QString>> &indexes);
    bool dropped() const { return !m_dropped.isEmpty(); }

private:
    Database &m_db;
    QList<std::pair<QString, QString>> m_dropped; ///< name, CREATE INDEX statement
    std::optional<ScopedPragma> m_loadCache; ///< the load's larger page cache, while it is set
};

} // namespace comptoir
