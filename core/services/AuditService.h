#pragma once

#include "access/Session.h"
#include "domain/AuditEntry.h"
#include "domain/Result.h"
#include "storage/AuditRepository.h" // AuditRepository::Filter (= AuditFilter), as ui/admin still names it

#include <QList>

namespace comptoir {

class Database;

/**
 * Reading and checking the audit trail. The manager (audit.view) reads every entry; the
 * technician (audit.view.system) reads only scope "system" entries (sign-ins, users,
 * backups), never one with scope "customer" or "business", whatever the filter asks:
 * the audit trail is no back door to data the technician may not read.
 */
class AuditService final {
public:
    /** What list() selects (screens name it through the service). */
    using Filter = AuditRepository::Filter;

    explicit AuditService(Database &db) : m_db(db) {}

    /** Entries matching `filter`, newest first, narrowed to what the session may read. */
    Result<QList<AuditEntry>> list(const Session &session, AuditFilter filter);

    /**
     * Recomputes the hash chain and names the first entry altered or missing (audit.view
     * or audit.view.system: the answer is counts and an entry number, no content).
     */
    Result<ChainCheck> verifyChain(const Session &session);

private:
    Database &m_db;
};

} // namespace comptoir
