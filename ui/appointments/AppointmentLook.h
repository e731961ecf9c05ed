#pragma once

#include "domain/Appointment.h"

#include <QColor>
#include <QString>

namespace comptoir::ui {

/** How an appointment status is shown: its name, fill and border colours. */
struct AppointmentLook {
    QString label;
    QColor fill;
    QColor border;
};

/** The look of `status`: planned blue, done green, no-show orange, cancelled grey. */
AppointmentLook appointmentLook(AppointmentStatus status);

} // namespace comptoir::ui
