#pragma once

#include "access/Session.h"
#include "domain/Clock.h"
#include "storage/AuditRepository.h"

namespace comptoir {

class Database;

/** Writes the audit entry of a service call, inside that call's transaction. */
class AuditTrail final {
public:
    AuditTrail(Database &db, const Clock &clock) : m_repository(db), m_clock(clock) {}

    Status record(const Session &session, const QString &action, const QString &entity, qint64 entityId,
                  const QString &scope, const QJsonObject &changes = {})
    {
        AuditEntry e;
        e.at = m_clock.nowUtc();
        e.userId = session.userId;
        e.login = session.login;
        e.action = action;
        e.entity = entity;
        e.entityId = entityId;
        e.scope = scope;
        e.changes = changes;
        return m_repository.append(std::move(e));
    }

private:
    AuditRepository m_repository;
    const Clock &m_clock;
};

/** Audit scopes: who may read an entry depends on it. */
namespace scope {
inline QString customer() { return QStringLiteral("customer"); }
inline QString business() { return QStringLiteral("business"); }
inline QString system() { return QStringLiteral("system"); }
} // namespace scope

} // namespace comptoir
