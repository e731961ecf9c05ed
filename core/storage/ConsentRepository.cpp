#include "storage/ConsentRepository.h"

#include "domain/Clock.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace comptoir {

namespace {

/** The translation context of this file's messages (lupdate reads it). */
struct ConsentRepositoryText {
    Q_DECLARE_TR_FUNCTIONS(comptoir::ConsentRepository)
};

// The customer and those merged into it (a merge flattens chains, so one level is enough).
const QString kIds = QStringLiteral("WITH ids(id) AS (SELECT ? UNION SELECT id FROM customer WHERE merged_into = ?) ");

const QString kConsentSelect = QStringLiteral(
    "SELECT c.id, c.customer_id, c.channel, c.purpose, c.granted, c.at, c.source, c.wording_version, "
    "coalesce(c.recorded_by, 0) FROM consent c ");

ConsentRecord readRecord(const QSqlQuery &q)
{
    ConsentRecord r;
    r.id = q.value(0).toLongLong();
    r.customerId = q.value(1).toLongLong();
    r.channel = q.value(2).toString();
    r.purpose = q.value(3).toString();
    r.granted = q.value(4).toInt() != 0;
    r.at = fromIsoUtc(q.value(5).toString());
    r.source = q.value(6).toString();
    r.wordingVersion = q.value(7).toString();
    r.recordedBy = q.value(8).toLongLong();
    return r;
}

} // namespace

Result<qint64> ConsentRepository::append(const ConsentRecord &r)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO consent(customer_id, channel, purpose, granted, at, source, wording_version, "
                             "recorded_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(r.customerId);
    q.addBindValue(r.channel);
    q.addBindValue(r.purpose);
    q.addBindValue(r.granted ? 1 : 0);
    q.addBindValue(toIsoUtc(r.at));
    q.addBindValue(r.source);
    q.addBindValue(r.wordingVersion);
    q.addBindValue(r.recordedBy > 0 ? QVariant(r.recordedBy) : QVariant());
    if (!q.exec())
        return databaseError(ConsentRepositoryText::tr("saving the consent"), q.lastError().text());
    return q.lastInsertId().toLongLong();
}

Result<QList<ConsentRecord>> ConsentRepository::latestPerChannel(qint64 customerId, const QString &purpose)
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(kIds + kConsentSelect +
              QStringLiteral("WHERE c.customer_id IN ids AND c.purpose = ? ORDER BY c.channel, c.at DESC, c.id DESC"));
    q.addBindValue(customerId);
    q.addBindValue(customerId);
    q.addBindValue(purpose);
    if (!q.exec())
        return databaseError(ConsentRepositoryText::tr("reading the consents"), q.lastError().text());
    QList<ConsentRecord> out;
    while (q.next()) {
        ConsentRecord r = readRecord(q);
        if (out.isEmpty() || out.last().channel != r.channel)
            out.append(r);
    }
    return out;
}

Result<QList<ConsentRecord>> ConsentRepository::history(qint64 customerId, int limit)
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(kIds + kConsentSelect + QStringLiteral("WHERE c.customer_id IN ids ORDER BY c.at DESC, c.id DESC LIMIT ?"));
    q.addBindValue(customerId);
    q.addBindValue(customerId);
    q.addBindValue(limit);
    if (!q.exec())
        return databaseError(ConsentRepositoryText::tr("reading the consent history"), q.lastError().text());
    QList<ConsentRecord> out;
    while (q.next())
        out.append(readRecord(q));
    return out;
}

} // namespace comptoir
