#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace comptoir {

/** One line of the audit trail. */
struct AuditEntry {
    qint64 id = 0;
    QDateTime at;
    qint64 userId = 0; ///< 0: the system (no signed-in user)
    QString login;
    QString action;    ///< "create", "update", "export", "sign_in"...
    QString entity;    ///< "customer", "product", "user"...
    qint64 entityId = 0;
    /** "customer": carries customer data; "business": sales, stock...; "system": users, backups. */
    QString scope;
    QJsonObject changes; ///< {"field": {"before": x, "after": y}} or free details
    QString prevHash;
    QString hash;
};

/** What a check of the audit chain found (AuditRepository::verifyChain). */
struct ChainCheck {
    qint64 checked = 0;
    std::optional<qint64> firstBadId; ///< the first entry altered, or after a removed one
    QString problem;
};

/** Which audit entries a listing returns (empty fields: no condition). */
struct AuditFilter {
    QString login;
    QString entity;
    QDateTime from;
    QDateTime to;
    QStringList scopes; ///< empty: all
    int limit = 1000;
};

} // namespace comptoir
