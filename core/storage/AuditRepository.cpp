#include "storage/AuditRepository.h"

#include "domain/ChainHash.h"
#include "domain/Clock.h"
#include "storage/BoundQuery.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace comptoir {

namespace {

/** The translation context of this file's messages (lupdate reads it). */
struct AuditRepositoryText {
    Q_DECLARE_TR_FUNCTIONS(comptoir::AuditRepository)
};

QString compactJson(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

AuditEntry readEntry(const QSqlQuery &q)
{
    AuditEntry e;
    e.id = q.value(0).toLongLong();
    e.at = fromIsoUtc(q.value(1).toString());
    e.userId = q.value(2).toLongLong();
    e.login = q.value(3).toString();
    e.action = q.value(4).toString();
    e.entity = q.value(5).toString();
    e.entityId = q.value(6).toLongLong();
    e.scope = q.value(7).toString();
    e.changes = QJsonDocument::fromJson(q.value(8).toString().toUtf8()).object();
    e.prevHash = q.value(9).toString();
    e.hash = q.value(10).toString();
    return e;
}

const char *const kAuditColumns = "id, at, user_id, login, action, entity, entity_id, scope, changes, prev_hash, hash";

} // namespace

QStringList AuditRepository::hashedFields(const AuditEntry &e)
{
    return {QString::number(e.id), toIsoUtc(e.at), QString::number(e.userId), e.login, e.action,
            e.entity, QString::number(e.entityId), e.scope, compactJson(e.changes)};
}

Status AuditRepository::append(AuditEntry entry)
{
    QSqlQuery last(m_db.connection());
    if (!last.exec(QStringLiteral("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1")))
        return databaseError(AuditRepositoryText::tr("reading the audit trail"), last.lastError().text());
    entry.id = 1;
    entry.prevHash = genesisHash();
    if (last.next()) {
        entry.id = last.value(0).toLongLong() + 1;
        entry.prevHash = last.value(1).toString();
    }
    last.finish();
    // Second precision, as stored, so the hash can be recomputed from the row.
    entry.at = fromIsoUtc(toIsoUtc(entry.at));
    entry.hash = chainHash(entry.prevHash, hashedFields(entry));

    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO audit_log(id, at, user_id, login, action, entity, entity_id, scope, changes, "
                             "prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(entry.id);
    q.addBindValue(toIsoUtc(entry.at));
    q.addBindValue(entry.userId ? QVariant(entry.userId) : QVariant());
    q.addBindValue(entry.login);
    q.addBindValue(entry.action);
    q.addBindValue(entry.entity);
    q.addBindValue(entry.entityId ? QVariant(entry.entityId) : QVariant());
    q.addBindValue(entry.scope);
    q.addBindValue(compactJson(entry.changes));
    q.addBindValue(entry.prevHash);
    q.addBindValue(entry.hash);
    if (!q.exec())
        return databaseError(AuditRepositoryText::tr("writing the audit trail"), q.lastError().text());
    return {};
}

Result<QList<AuditEntry>> AuditRepository::list(const Filter &filter)
{
    QString sql = QStringLiteral("SELECT %1 FROM audit_log WHERE 1 = 1").arg(QLatin1String(kAuditColumns));
    QVariantList binds;
    if (!filter.login.isEmpty()) {
        sql += QStringLiteral(" AND login = ?");
        binds << filter.login;
    }
    if (!filter.entity.isEmpty()) {
        sql += QStringLiteral(" AND entity = ?");
        binds << filter.entity;
    }
    appendTimeWindow(sql, binds, QLatin1String("at"), filter.from, filter.to);
    if (!filter.scopes.isEmpty()) {
        QStringList marks;
        for (const QString &scope : filter.scopes) {
            marks << QStringLiteral("?");
            binds << scope;
        }
        sql += QStringLiteral(" AND scope IN (") + marks.join(QLatin1Char(',')) + QLatin1Char(')');
    }
    sql += QStringLiteral(" ORDER BY id DESC LIMIT ?");
    binds << filter.limit;

    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    BOOST_OUTCOME_TRYV(execBound(q, sql, binds, AuditRepositoryText::tr("reading the audit trail")));
    QList<AuditEntry> entries;
    while (q.next())
        entries.append(readEntry(q));
    return entries;
}

Result<ChainCheck> AuditRepository::verifyChain()
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT %1 FROM audit_log ORDER BY id").arg(QLatin1String(kAuditColumns))))
        return databaseError(AuditRepositoryText::tr("reading the audit trail"), q.lastError().text());
    ChainCheck check;
    QString prev = genesisHash();
    qint64 expectedId = 1;
    while (q.next()) {
        const AuditEntry e = readEntry(q);
        ++check.checked;
        if (e.id != expectedId) {
            check.firstBadId = e.id;
            check.problem = AuditRepositoryText::tr("entries %1 to %2 are missing").arg(expectedId).arg(e.id - 1);
            return check;
        }
        if (e.prevHash != prev) {
            check.firstBadId = e.id;
            check.problem = AuditRepositoryText::tr("entry %1 does not follow the previous entry").arg(e.id);
            return check;
        }
        if (chainHash(e.prevHash, hashedFields(e)) != e.hash) {
            check.firstBadId = e.id;
            check.problem = AuditRepositoryText::tr("entry %1 was altered").arg(e.id);
            return check;
        }
        prev = e.hash;
        ++expectedId;
    }
    return check;
}

} // namespace comptoir
