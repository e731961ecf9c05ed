#pragma once

#include "access/Session.h"
#include "domain/Appointment.h"
#include "domain/Clock.h"
#include "domain/Result.h"

#include <QDate>
#include <QList>

namespace comptoir {

class Database;

/**
 * The store's agenda ("appointment.read" / "appointment.write"). A staff member cannot
 * have two planned or done appointments at the same time (touching ends are fine);
 * cancelled and no-show appointments free their slot. Only a planned appointment can
 * be rescheduled, cancelled, or marked done or no-show.
 */
class AppointmentService final {
public:
    AppointmentService(Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}

    /** Books an appointment; a linked customer also gets an "appointment" interaction. */
    Result<qint64> create(const Session &session, const AppointmentInput &input);
    Status reschedule(const Session &session, qint64 id, const QDateTime &newStart, const QDateTime &newEnd);
    Status cancel(const Session &session, qint64 id);
    Status markDone(const Session &session, qint64 id);
    Status markNoShow(const Session &session, qint64 id);

    Result<Appointment> findById(const Session &session, qint64 id);
    /** The appointments of a local calendar day, of one staff member if `staffId` > 0. */
    Result<QList<Appointment>> forDay(const Session &session, const QDate &day, qint64 staffId = 0);
    /** The appointments overlapping [from, to), of one staff member if `staffId` > 0. */
    Result<QList<Appointment>> forRange(const Session &session, const QDateTime &from, const QDateTime &to,
                                        qint64 staffId = 0);
    /** A customer's appointments, newest first. */
    Result<QList<Appointment>> forCustomer(const Session &session, qint64 customerId);

    /**
     * The agenda rule: Conflict ("starts_at", naming the other appointment) if staff member
     * `staffId` has a planned or done appointment, other than `excludeId`, overlapping
     * [start, end) (touching ends are fine). Checks no permission: for the service's own
     * writes and for the appointment import, inside their transaction.
     */
    static Status checkFree(Database &db, qint64 staffId, const QDateTime &start, const QDateTime &end,
                            qint64 excludeId = 0);

private:
    Status setStatus(const Session &session, qint64 id, AppointmentStatus to);
    Status checkStaff(qint64 staffId);

    Database &m_db;
    const Clock &m_clock;
};

} // namespace comptoir
