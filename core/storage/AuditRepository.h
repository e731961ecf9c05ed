#pragma once

#include "domain/Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

namespace comptoir {

class Database;

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

/** What verifyChain() found. */
struct ChainCheck {
    qint64 checked = 0;
    std::optional<qint64> firstBadId; ///< the first entry altered, or after a removed one
    QString problem;
};

/** The append-only, hash-chained audit log. */
class AuditRepository final {
public:
    explicit AuditRepository(Database &db) : m_db(db) {}

    /** Appends `entry` (id, prevHash and hash are computed) inside the caller's transaction. */
    Status append(AuditEntry entry);

    struct Filter {
        QString login;
        QString entity;
        QDateTime from;
        QDateTime to;
        QStringList scopes; ///< empty: all
        int limit = 1000;
    };
    Result<QList<AuditEntry>> list(const Filter &filter);

    /** Recomputes every hash in id order and names the first entry that does not match. */
    Result<ChainCheck> verifyChain();

    /** The fields a hash covers, in order. */
    static QStringList hashedFields(const AuditEntry &entry);

private:
    Database &m_db;
};

/** Builds {"field": {"before": b, "after": a}} entries for the fields that changed. */
class ChangeSet {
public:
    void add(const QString &field, const QJsonValue &before, const QJsonValue &after)
    {
        if (before != after)
            m_changes.insert(field, QJsonObject{{QStringLiteral("before"), before}, {QStringLiteral("after"), after}});
    }
    void created(const QString &field, const QJsonValue &value)
    {
        m_changes.insert(field, QJsonObject{{QStringLiteral("after"), value}});
    }
    bool isEmpty() const { return m_changes.isEmpty(); }
    QJsonObject toJson() const { return m_changes; }

private:
    QJsonObject m_changes;
};

} // namespace comptoir
