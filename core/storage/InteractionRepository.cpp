#include "storage/InteractionRepository.h"

#include "domain/Clock.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace comptoir {

namespace {

/** The translation context of this file's messages (lupdate reads it). */
struct InteractionRepositoryText {
    Q_DECLARE_TR_FUNCTIONS(comptoir::InteractionRepository)
};

} // namespace

Result<qint64> InteractionRepository::insert(const Interaction &i)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO interaction(customer_id, channel, kind, note, user_id, at) "
                             "VALUES (?, ?, ?, ?, ?, ?)"));
    q.addBindValue(i.customerId);
    q.addBindValue(i.channel);
    q.addBindValue(i.kind);
    q.addBindValue(i.note.isNull() ? QStringLiteral("") : i.note);
    q.addBindValue(i.userId > 0 ? QVariant(i.userId) : QVariant());
    q.addBindValue(toIsoUtc(i.at));
    if (!q.exec())
        return databaseError(InteractionRepositoryText::tr("saving the interaction"), q.lastError().text());
    return q.lastInsertId().toLongLong();
}

Result<QList<Interaction>> InteractionRepository::forCustomer(qint64 customerId, int limit)
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, customer_id, channel, kind, note, coalesce(user_id, 0), at FROM interaction "
                             "WHERE customer_id = ? ORDER BY at DESC, id DESC LIMIT ?"));
    q.addBindValue(customerId);
    q.addBindValue(limit);
    if (!q.exec())
        return databaseError(InteractionRepositoryText::tr("reading the interactions"), q.lastError().text());
    QList<Interaction> out;
    while (q.next()) {
        Interaction i;
        i.id = q.value(0).toLongLong();
        i.customerId = q.value(1).toLongLong();
        i.channel = q.value(2).toString();
        i.kind = q.value(3).toString();
        i.note = q.value(4).toString();
        i.userId = q.value(5).toLongLong();
        i.at = fromIsoUtc(q.value(6).toString());
        out.append(i);
    }
    return out;
}

} // namespace comptoir
