#pragma once

#include "domain/AuditEntry.h"
#include "domain/Result.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace comptoir {

class Database;

/** The append-only, hash-chained audit log. */
class AuditRepository final {
public:
    explicit AuditRepository(Database &db) : m_db(db) {}

    /** Appends `entry` (id, prevHash and hash are computed) inside the caller's transaction. */
    Status append(AuditEntry entry);

    using Filter = AuditFilter;
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
