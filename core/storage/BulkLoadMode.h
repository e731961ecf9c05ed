#pragma once

#include "domain/Result.h"

namespace comptoir {

class Database;

/**
 * The connection settings of one bulk load, which SQLite only changes outside a
 * transaction: set by begin() before the load's transaction, put back by restore() (or the
 * destructor) after its commit or rollback.
 *
 * - **Rollback journal.** In WAL mode every page of a load is written twice: to the WAL
 *   during the transaction, then into the database by the checkpoint. With a rollback
 *   journal (DELETE mode), pages appended to the file are not journaled at all, so a load
 *   into empty tables writes its pages once. The transaction stays atomic and durable
 *   (synchronous stays FULL). Leaving WAL needs an exclusive lock, so with another
 *   connection open SQLite refuses and the load runs in WAL mode, as before.
 * - **Foreign-key checks**, only when the caller asks: for a writer that takes every id it
 *   writes from the database inside its own write transaction (BEGIN IMMEDIATE: no other
 *   writer can remove a row in between), SQLite's check of each reference is a second
 *   B-tree seek that finds what the writer already found.
 */
class BulkLoadMode final {
public:
    enum class References { Checked, ResolvedByWriter };

    explicit BulkLoadMode(Database &db) : m_db(db) {}
    ~BulkLoadMode() { (void)restore(); }
    BulkLoadMode(const BulkLoadMode &) = delete;
    BulkLoadMode &operator=(const BulkLoadMode &) = delete;

    /** Switches to a rollback journal if it can (an in-memory database is left alone), and turns the foreign-key checks off if asked. */
    void begin(References references);
    bool journalSwitched() const { return m_journalSwitched; }
    /** WAL mode and the foreign-key checks back; an error if SQLite keeps another mode. */
    Status restore();

private:
    Database &m_db;
    bool m_journalSwitched = false;
    bool m_foreignKeysOff = false;
};

} // namespace comptoir
