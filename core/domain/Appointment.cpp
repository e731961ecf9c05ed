#include "domain/Appointment.h"

#include "domain/Clock.h"
#include "domain/Validation.h"

#include <QCoreApplication>

namespace comptoir {

namespace {

QDateTime toStoredPrecision(const QDateTime &t)
{
    return t.isValid() ? fromIsoUtc(toIsoUtc(t)) : t;
}

} // namespace

QString toString(AppointmentStatus status)
{
    switch (status) {
    case AppointmentStatus::Planned:
        return QStringLiteral("planned");
    case AppointmentStatus::Done:
        return QStringLiteral("done");
    case AppointmentStatus::NoShow:
        return QStringLiteral("no_show");
    case AppointmentStatus::Cancelled:
        return QStringLiteral("cancelled");
    }
    return QString();
}

std::optional<AppointmentStatus> appointmentStatusFromString(const QString &text)
{
    for (auto s : {AppointmentStatus::Planned, AppointmentStatus::Done, AppointmentStatus::NoShow,
                   AppointmentStatus::Cancelled}) {
        if (toString(s) == text)
            return s;
    }
    return std::nullopt;
}

bool blocksAgenda(AppointmentStatus status)
{
    return status == AppointmentStatus::Planned || status == AppointmentStatus::Done;
}

Result<std::pair<QDateTime, QDateTime>> validateAppointmentTimes(const QDateTime &start, const QDateTime &end)
{
    if (!start.isValid())
        return Error::validation(QStringLiteral("starts_at"),
                                 QCoreApplication::translate("comptoir::Appointment", "is not a valid time"));
    const QDateTime s = toStoredPrecision(start);
    const QDateTime e = toStoredPrecision(end);
    BOOST_OUTCOME_TRYV(validation::timeRange(s, e, QStringLiteral("ends_at")));
    return std::make_pair(s, e);
}

Result<AppointmentInput> validateAppointment(const AppointmentInput &input)
{
    AppointmentInput out = input;
    if (input.staffId <= 0)
        return Error::validation(QStringLiteral("staff_id"),
                                 QCoreApplication::translate("comptoir::Appointment", "a staff member is required"));
    if (input.customerId < 0)
        out.customerId = 0;
    BOOST_OUTCOME_TRY(times, validateAppointmentTimes(input.start, input.end));
    out.start = times.first;
    out.end = times.second;
    BOOST_OUTCOME_TRY(subject, validation::requiredText(QStringLiteral("subject"), input.subject, 200));
    out.subject = subject;
    BOOST_OUTCOME_TRY(notes, validation::optionalText(QStringLiteral("notes"), input.notes, 2000));
    out.notes = notes;
    return out;
}

} // namespace comptoir
