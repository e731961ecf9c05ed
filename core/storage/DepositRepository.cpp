#include "storage/DepositRepository.h"

#include "domain/Clock.h"
#include "storage/Database.h"
#include "storage/SqlValues.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace comptoir {

namespace {

/** The translation context of this file's messages (lupdate reads it). */
struct DepositRepositoryText {
    Q_DECLARE_TR_FUNCTIONS(comptoir::DepositRepository)
};


} // namespace

Result<qint64> DepositRepository::insert(const Deposit &d)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO deposit(kind, customer_id, appointment_id, order_ref, amount_cents, method, "
                             "status, user_id, created_at) VALUES (?, ?, ?, ?, ?, ?, 'open', ?, ?)"));
    q.addBindValue(toString(d.kind));
    q.addBindValue(d.customerId);
    q.addBindValue(nullIfZero(d.appointmentId));
    q.addBindValue(d.orderRef.isNull() ? QStringLiteral("") : d.orderRef);
    q.addBindValue(d.amountCents);
    q.addBindValue(d.method);
    q.addBindValue(nullIfZero(d.userId));
    q.addBindValue(toIsoUtc(d.createdAt));
    if (!q.exec())
        return databaseError(DepositRepositoryText::tr("saving the deposit"), q.lastError().text());
    return q.lastInsertId().toLongLong();
}

Result<std::optional<Deposit>> DepositRepository::findById(qint64 id)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id, kind, customer_id, coalesce(appointment_id, 0), order_ref, amount_cents, method, "
                             "status, coalesce(user_id, 0), created_at, closed_at, coalesce(sale_id, 0) "
                             "FROM deposit WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return databaseError(DepositRepositoryText::tr("reading the deposit"), q.lastError().text());
    if (!q.next())
        return std::optional<Deposit>();
    Deposit d;
    d.id = q.value(0).toLongLong();
    d.kind = depositKindFromString(q.value(1).toString()).value_or(DepositKind::Acompte);
    d.customerId = q.value(2).toLongLong();
    d.appointmentId = q.value(3).toLongLong();
    d.orderRef = q.value(4).toString();
    d.amountCents = q.value(5).toLongLong();
    d.method = q.value(6).toString();
    d.status = depositStatusFromString(q.value(7).toString()).value_or(DepositStatus::Open);
    d.userId = q.value(8).toLongLong();
    d.createdAt = fromIsoUtc(q.value(9).toString());
    d.closedAt = fromIsoUtc(q.value(10).toString());
    d.saleId = q.value(11).toLongLong();
    return std::optional<Deposit>(d);
}

Status DepositRepository::close(qint64 id, DepositStatus status, const QDateTime &at, qint64 saleId)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE deposit SET status = ?, closed_at = ?, sale_id = ? WHERE id = ? AND status = 'open'"));
    q.addBindValue(toString(status));
    q.addBindValue(toIsoUtc(at));
    q.addBindValue(nullIfZero(saleId));
    q.addBindValue(id);
    if (!q.exec())
        return databaseError(DepositRepositoryText::tr("updating the deposit"), q.lastError().text());
    if (q.numRowsAffected() != 1)
        return Error::conflict(QStringLiteral("deposit"), DepositRepositoryText::tr("deposit #%1 is no longer open").arg(id));
    return {};
}

} // namespace comptoir
