#pragma once

#include "domain/Result.h"

#include <QDateTime>
#include <QString>

#include <optional>
#include <utility>

namespace comptoir {

/** Where an appointment stands. Only a planned appointment can change. */
enum class AppointmentStatus { Planned, Done, NoShow, Cancelled };

QString toString(AppointmentStatus status);
std::optional<AppointmentStatus> appointmentStatusFromString(const QString &text);
/** Does an appointment in this status occupy its staff member's time? (planned or done) */
bool blocksAgenda(AppointmentStatus status);

/** What the user books; validated by validateAppointment(). */
struct AppointmentInput {
    qint64 customerId = 0; ///< 0: no customer (e.g. an internal slot)
    qint64 staffId = 0;    ///< the user who receives the customer; required
    QDateTime start;
    QDateTime end;         ///< strictly after start
    QString subject;       ///< required
    QString notes;
};

/** A stored appointment. */
struct Appointment : AppointmentInput {
    qint64 id = 0;
    AppointmentStatus status = AppointmentStatus::Planned;
    qint64 createdBy = 0;
    QDateTime createdAt;
    QDateTime updatedAt;
};

/**
 * Checks the fields and returns the normalised input (times in UTC to the second,
 * trimmed subject). References (staff, customer) and overlaps are checked by the service.
 */
Result<AppointmentInput> validateAppointment(const AppointmentInput &input);

/** A start and end in UTC, truncated to the second as stored; end must be after start. */
Result<std::pair<QDateTime, QDateTime>> validateAppointmentTimes(const QDateTime &start, const QDateTime &end);

} // namespace comptoir
