#include "services/AppointmentService.h"

#include "access/Permissions.h"
#include "domain/Validation.h"
#include "services/AuditTrail.h"
#include "storage/AppointmentRepository.h"
#include "storage/CustomerRepository.h"
#include "storage/Database.h"
#include "storage/Transaction.h"
#include "storage/UserRepository.h"

#include <QCoreApplication>

namespace comptoir {

namespace {

/** The translation context of this file's messages (lupdate reads it). */
struct AppointmentServiceText {
    Q_DECLARE_TR_FUNCTIONS(comptoir::AppointmentService)
};

QString localTime(const QDateTime &t)
{
    return t.toLocalTime().toString(QStringLiteral("dd/MM/yyyy HH:mm"));
}

Error invalidTransition(AppointmentStatus from, AppointmentStatus to)
{
    return {ErrorCode::InvalidTransition, QStringLiteral("status"),
            QCoreApplication::translate("comptoir::AppointmentService",
                                        "a %1 appointment cannot become %2; only a planned one can change")
                .arg(toString(from), toString(to))};
}

/** Appointment `id`, or a NotFound error naming it. */
Result<Appointment> existingAppointment(AppointmentRepository &repo, qint64 id)
{
    BOOST_OUTCOME_TRY(found, repo.findById(id));
    if (!found.has_value())
        return Error::notFound(QStringLiteral("appointment"), AppointmentServiceText::tr("no appointment #%1").arg(id));
    return std::move(*found);
}

} // namespace

Status AppointmentService::checkStaff(qint64 staffId)
{
    UserRepository users(m_db);
    BOOST_OUTCOME_TRY(user, users.findById(staffId));
    if (!user.has_value())
        return Error::notFound(QStringLiteral("staff_id"), AppointmentServiceText::tr("no staff member #%1").arg(staffId));
    if (!user->active)
        return Error::validation(QStringLiteral("staff_id"), AppointmentServiceText::tr("staff member #%1 is no longer active").arg(staffId));
    return {};
}

Status AppointmentService::checkFree(Database &db, qint64 staffId, const QDateTime &start, const QDateTime &end,
                                     qint64 excludeId)
{
    AppointmentRepository repo(db);
    BOOST_OUTCOME_TRY(other, repo.firstOverlap(staffId, start, end, excludeId));
    if (other.has_value())
        return Error::conflict(QStringLiteral("starts_at"),
                               AppointmentServiceText::tr("overlaps appointment #%1 from %2 to %3 (%4)")
                                   .arg(other->id)
                                   .arg(localTime(other->start), localTime(other->end), other->subject));
    return {};
}

Result<qint64> AppointmentService::create(const Session &session, const AppointmentInput &input)
{
    BOOST_OUTCOME_TRYV(require(session, permission::appointmentWrite));
    BOOST_OUTCOME_TRY(valid, validateAppointment(input));

    Transaction tx(m_db);
    BOOST_OUTCOME_TRYV(tx.begun());
    BOOST_OUTCOME_TRYV(checkStaff(valid.staffId));
    if (valid.customerId > 0) {
        CustomerRepository customers(m_db);
        BOOST_OUTCOME_TRY(customer, customers.findById(valid.customerId));
        if (!customer.has_value())
            return Error::notFound(QStringLiteral("customer_id"), AppointmentServiceText::tr("no customer #%1").arg(valid.customerId));
    }
    BOOST_OUTCOME_TRYV(checkFree(m_db, valid.staffId, valid.start, valid.end));

    const QDateTime now = m_clock.nowUtc();
    AppointmentRepository repo(m_db);
    BOOST_OUTCOME_TRY(id, repo.insert(valid, session.userId, now));
    if (valid.customerId > 0) {
        const QString note = AppointmentServiceText::tr("%1 on %2").arg(valid.subject, localTime(valid.start));
        BOOST_OUTCOME_TRYV(repo.addInteraction(valid.customerId, note, session.userId, now));
    }
    ChangeSet changes;
    changes.created(QStringLiteral("customer_id"), valid.customerId);
    changes.created(QStringLiteral("staff_id"), valid.staffId);
    changes.created(QStringLiteral("starts_at"), toIsoUtc(valid.start));
    changes.created(QStringLiteral("ends_at"), toIsoUtc(valid.end));
    changes.created(QStringLiteral("subject"), valid.subject);
    changes.created(QStringLiteral("notes"), valid.notes);
    AuditTrail audit(m_db, m_clock);
    BOOST_OUTCOME_TRYV(audit.record(session, QStringLiteral("create"), QStringLiteral("appointment"), id,
                                    scope::customer(), changes.toJson()));
    BOOST_OUTCOME_TRYV(tx.commit());
    return id;
}

Status AppointmentService::reschedule(const Session &session, qint64 id, const QDateTime &newStart,
                                      const QDateTime &newEnd)
{
    BOOST_OUTCOME_TRYV(require(session, permission::appointmentWrite));
    BOOST_OUTCOME_TRY(times, validateAppointmentTimes(newStart, newEnd));

    Transaction tx(m_db);
    BOOST_OUTCOME_TRYV(tx.begun());
    AppointmentRepository repo(m_db);
    BOOST_OUTCOME_TRY(a, existingAppointment(repo, id));
    if (a.status != AppointmentStatus::Planned)
        return Error{ErrorCode::InvalidTransition, QStringLiteral("status"),
                     AppointmentServiceText::tr("only a planned appointment can be rescheduled (this one is %1)").arg(toString(a.status))};
    BOOST_OUTCOME_TRYV(checkFree(m_db, a.staffId, times.first, times.second, id));
    BOOST_OUTCOME_TRYV(repo.reschedule(id, times.first, times.second, m_clock.nowUtc()));

    ChangeSet changes;
    changes.add(QStringLiteral("starts_at"), toIsoUtc(a.start), toIsoUtc(times.first));
    changes.add(QStringLiteral("ends_at"), toIsoUtc(a.end), toIsoUtc(times.second));
    AuditTrail audit(m_db, m_clock);
    BOOST_OUTCOME_TRYV(audit.record(session, QStringLiteral("reschedule"), QStringLiteral("appointment"), id,
                                    scope::customer(), changes.toJson()));
    return tx.commit();
}

Status AppointmentService::setStatus(const Session &session, qint64 id, AppointmentStatus to)
{
    BOOST_OUTCOME_TRYV(require(session, permission::appointmentWrite));
    Transaction tx(m_db);
    BOOST_OUTCOME_TRYV(tx.begun());
    AppointmentRepository repo(m_db);
    BOOST_OUTCOME_TRY(existing, existingAppointment(repo, id));
    const AppointmentStatus from = existing.status;
    if (from != AppointmentStatus::Planned)
        return invalidTransition(from, to);
    BOOST_OUTCOME_TRYV(repo.setStatus(id, to, m_clock.nowUtc()));

    ChangeSet changes;
    changes.add(QStringLiteral("status"), toString(from), toString(to));
    AuditTrail audit(m_db, m_clock);
    BOOST_OUTCOME_TRYV(audit.record(session, QStringLiteral("update"), QStringLiteral("appointment"), id,
                                    scope::customer(), changes.toJson()));
    return tx.commit();
}

Status AppointmentService::cancel(const Session &session, qint64 id)
{
    return setStatus(session, id, AppointmentStatus::Cancelled);
}

Status AppointmentService::markDone(const Session &session, qint64 id)
{
    return setStatus(session, id, AppointmentStatus::Done);
}

Status AppointmentService::markNoShow(const Session &session, qint64 id)
{
    return setStatus(session, id, AppointmentStatus::NoShow);
}

Result<Appointment> AppointmentService::findById(const Session &session, qint64 id)
{
    BOOST_OUTCOME_TRYV(require(session, permission::appointmentRead));
    AppointmentRepository repo(m_db);
    return existingAppointment(repo, id);
}

Result<QList<Appointment>> AppointmentService::forDay(const Session &session, const QDate &day, qint64 staffId)
{
    BOOST_OUTCOME_TRYV(require(session, permission::appointmentRead));
    if (!day.isValid())
        return Error::validation(QStringLiteral("date"), AppointmentServiceText::tr("is not a valid date"));
    // The store's calendar day, in local time, whatever its UTC offset that day.
    const QDateTime from(day, QTime(0, 0), Qt::LocalTime);
    const QDateTime to(day.addDays(1), QTime(0, 0), Qt::LocalTime);
    return forRange(session, from, to, staffId);
}

Result<QList<Appointment>> AppointmentService::forRange(const Session &session, const QDateTime &from,
                                                        const QDateTime &to, qint64 staffId)
{
    BOOST_OUTCOME_TRYV(require(session, permission::appointmentRead));
    BOOST_OUTCOME_TRYV(validation::timeRange(from, to, QStringLiteral("to")));
    AppointmentRepository repo(m_db);
    return repo.range(from, to, staffId);
}

Result<QList<Appointment>> AppointmentService::forCustomer(const Session &session, qint64 customerId)
{
    BOOST_OUTCOME_TRYV(require(session, permission::appointmentRead));
    AppointmentRepository repo(m_db);
    return repo.forCustomer(customerId);
}

} // namespace comptoir
