#pragma once

#include "access/Session.h"
#include "domain/Clock.h"
#include "domain/Result.h"
#include "domain/Store.h"

namespace comptoir {

class Database;

/** The store's identity and headline figures (no personal data: any signed-in role). */
class StoreService final {
public:
    explicit StoreService(Database &db) : m_db(db) {}
    /** With a clock: the one the audit entries of updateStore() and setBackupKeep() use. */
    StoreService(Database &db, const Clock &clock) : m_db(db), m_clock(&clock) {}

    /** The store's identity; an empty StoreInfo (id 0) for a database with no store yet. */
    Result<StoreInfo> info();
    /** Counts of customers, products and sales: aggregates, shown to every signed-in user. */
    Result<StoreCounts> counts(const Session &session);
    /**
     * Names the store of a new database (first run). Refused once a store exists: from then
     * on the identity changes through the settings, with settings.write.
     */
    Status createFirstStore(const StoreInfo &store, const QString &createdAtIso);

    /**
     * Changes the store's identity (name, address, postal code, city, phone, SIRET; the
     * code is kept), needs settings.write. Checked by validateStoreInfo(); audited in the
     * "system" scope with the fields before and after.
     */
    Status updateStore(const Session &session, const StoreInfo &info);

    /** How many automatic backups are kept (business setting backup.keep, default 10); any signed-in user. */
    Result<int> backupKeep(const Session &session);
    /** Sets backup.keep, from 1 to 100; needs settings.write; audited in the "system" scope. */
    Status setBackupKeep(const Session &session, int keep);

private:
    const Clock &clock() const;

    Database &m_db;
    const Clock *m_clock = nullptr; ///< null: the system clock
};

} // namespace comptoir
