#include "storage/AppointmentRepository.h"

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
struct AppointmentRepositoryText {
    Q_DECLARE_TR_FUNCTIONS(comptoir::AppointmentRepository)
};

const QString kAppointmentSelect = QStringLiteral("SELECT id, customer_id, staff_id, starts_at, ends_at, subject, notes, status, "
                                       "created_by, created_at, updated_at FROM appointment ");

Appointment readAppointment(const QSqlQuery &q)
{
    Appointment a;
    a.id = q.value(0).toLongLong();
    a.customerId = q.value(1).toLongLong();
    a.staffId = q.value(2).toLongLong();
    a.start = fromIsoUtc(q.value(3).toString());
    a.end = fromIsoUtc(q.value(4).toString());
    a.subject = q.value(5).toString();
    a.notes = q.value(6).toString();
    a.status = appointmentStatusFromString(q.value(7).toString()).value_or(AppointmentStatus::Planned);
    a.createdBy = q.value(8).toLongLong();
    a.createdAt = fromIsoUtc(q.value(9).toString());
    a.updatedAt = fromIsoUtc(q.value(10).toString());
    return a;
}

/** Empty text, never NULL: Qt binds a null QString as NULL, which NOT NULL text columns refuse. */

} // namespace

Result<QList<Appointment>> AppointmentRepository::readAll(QSqlQuery &q, const QString &what)
{
    if (!q.exec())
        return databaseError(what, q.lastError().text());
    QList<Appointment> out;
    while (q.next())
        out.append(readAppointment(q));
    return out;
}

Result<qint64> AppointmentRepository::insert(const AppointmentInput &in, qint64 createdBy, const QDateTime &now)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO appointment(customer_id, staff_id, starts_at, ends_at, subject, notes, "
                             "status, created_by, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(nullIfZero(in.customerId));
    q.addBindValue(in.staffId);
    q.addBindValue(toIsoUtc(in.start));
    q.addBindValue(toIsoUtc(in.end));
    q.addBindValue(notNull(in.subject));
    q.addBindValue(notNull(in.notes));
    q.addBindValue(toString(AppointmentStatus::Planned));
    q.addBindValue(nullIfZero(createdBy));
    q.addBindValue(toIsoUtc(now));
    q.addBindValue(toIsoUtc(now));
    if (!q.exec())
        return databaseError(AppointmentRepositoryText::tr("saving the appointment"), q.lastError().text());
    return q.lastInsertId().toLongLong();
}

Status AppointmentRepository::reschedule(qint64 id, const QDateTime &start, const QDateTime &end, const QDateTime &now)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE appointment SET starts_at = ?, ends_at = ?, updated_at = ? WHERE id = ?"));
    q.addBindValue(toIsoUtc(start));
    q.addBindValue(toIsoUtc(end));
    q.addBindValue(toIsoUtc(now));
    q.addBindValue(id);
    if (!q.exec())
        return databaseError(AppointmentRepositoryText::tr("moving the appointment"), q.lastError().text());
    return {};
}

Status AppointmentRepository::setStatus(qint64 id, AppointmentStatus status, const QDateTime &now)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE appointment SET status = ?, updated_at = ? WHERE id = ?"));
    q.addBindValue(toString(status));
    q.addBindValue(toIsoUtc(now));
    q.addBindValue(id);
    if (!q.exec())
        return databaseError(AppointmentRepositoryText::tr("saving the appointment"), q.lastError().text());
    return {};
}

Result<std::optional<Appointment>> AppointmentRepository::findById(qint64 id)
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(kAppointmentSelect + QStringLiteral("WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return databaseError(AppointmentRepositoryText::tr("finding the appointment"), q.lastError().text());
    if (!q.next())
        return std::optional<Appointment>();
    return std::optional<Appointment>(readAppointment(q));
}

Result<std::optional<Appointment>> AppointmentRepository::firstOverlap(qint64 staffId, const QDateTime &start,
                                                                       const QDateTime &end, qint64 excludeId)
{
    // ISO 8601 UTC text of a fixed width compares in time order.
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(kAppointmentSelect + QStringLiteral("WHERE staff_id = ? AND id <> ? AND status IN ('planned', 'done') "
                                       "AND starts_at < ? AND ends_at > ? ORDER BY starts_at, id LIMIT 1"));
    q.addBindValue(staffId);
    q.addBindValue(excludeId);
    q.addBindValue(toIsoUtc(end));
    q.addBindValue(toIsoUtc(start));
    if (!q.exec())
        return databaseError(AppointmentRepositoryText::tr("checking the agenda"), q.lastError().text());
    if (!q.next())
        return std::optional<Appointment>();
    return std::optional<Appointment>(readAppointment(q));
}

Result<QList<Appointment>> AppointmentRepository::range(const QDateTime &from, const QDateTime &to, qint64 staffId)
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(kAppointmentSelect + QStringLiteral("WHERE starts_at < ? AND ends_at > ? AND (? = 0 OR staff_id = ?) "
                                       "ORDER BY starts_at, staff_id, id"));
    q.addBindValue(toIsoUtc(to));
    q.addBindValue(toIsoUtc(from));
    q.addBindValue(staffId);
    q.addBindValue(staffId);
    return readAll(q, AppointmentRepositoryText::tr("reading the agenda"));
}

Result<QList<Appointment>> AppointmentRepository::forCustomer(qint64 customerId)
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(kAppointmentSelect + QStringLiteral("WHERE customer_id = ? ORDER BY starts_at DESC, id DESC"));
    q.addBindValue(customerId);
    return readAll(q, AppointmentRepositoryText::tr("reading the customer's appointments"));
}

Status AppointmentRepository::addInteraction(qint64 customerId, const QString &note, qint64 userId,
                                             const QDateTime &at)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO interaction(customer_id, channel, kind, note, user_id, at) "
                             "VALUES (?, 'store', 'appointment', ?, ?, ?)"));
    q.addBindValue(customerId);
    q.addBindValue(notNull(note));
    q.addBindValue(nullIfZero(userId));
    q.addBindValue(toIsoUtc(at));
    if (!q.exec())
        return databaseError(AppointmentRepositoryText::tr("adding the appointment to the customer's timeline"), q.lastError().text());
    return {};
}

} // namespace comptoir
