#pragma once

#include "domain/Appointment.h"
#include "domain/Result.h"

#include <QList>
#include <optional>

class QSqlQuery;

namespace comptoir {

class Database;

/** All SQL about appointments (and the timeline entry a booking leaves on the customer). */
class AppointmentRepository final {
public:
    explicit AppointmentRepository(Database &db) : m_db(db) {}

    Result<qint64> insert(const AppointmentInput &input, qint64 createdBy, const QDateTime &now);
    Status reschedule(qint64 id, const QDateTime &start, const QDateTime &end, const QDateTime &now);
    Status setStatus(qint64 id, AppointmentStatus status, const QDateTime &now);

    Result<std::optional<Appointment>> findById(qint64 id);
    /**
     * The first planned or done appointment of `staffId` that overlaps [start, end)
     * (touching ends do not overlap), other than `excludeId`.
     */
    Result<std::optional<Appointment>> firstOverlap(qint64 staffId, const QDateTime &start, const QDateTime &end,
                                                    qint64 excludeId = 0);
    /** Appointments overlapping [from, to), of one staff member if `staffId` > 0, by start time. */
    Result<QList<Appointment>> range(const QDateTime &from, const QDateTime &to, qint64 staffId = 0);
    /** A customer's appointments, newest first. */
    Result<QList<Appointment>> forCustomer(qint64 customerId);

    /** Adds the booking to the customer's timeline (interaction kind "appointment", channel "store"). */
    Status addInteraction(qint64 customerId, const QString &note, qint64 userId, const QDateTime &at);

private:
    Result<QList<Appointment>> readAll(QSqlQuery &q, const QString &what);
    Database &m_db;
};

} // namespace comptoir
