#include "appointments/AppointmentLook.h"

#include <QCoreApplication>

namespace comptoir::ui {

AppointmentLook appointmentLook(AppointmentStatus status)
{
    switch (status) {
    case AppointmentStatus::Planned:
        return {QCoreApplication::translate("comptoir::ui::AppointmentLook", "Planned"), QColor(0xdb, 0xe8, 0xfd), QColor(0x2f, 0x6f, 0xd6)};
    case AppointmentStatus::Done:
        return {QCoreApplication::translate("comptoir::ui::AppointmentLook", "Done"), QColor(0xdc, 0xf2, 0xde), QColor(0x2e, 0x8b, 0x3e)};
    case AppointmentStatus::NoShow:
        return {QCoreApplication::translate("comptoir::ui::AppointmentLook", "No-show"), QColor(0xff, 0xe6, 0xc7), QColor(0xd9, 0x7a, 0x1b)};
    case AppointmentStatus::Cancelled:
        return {QCoreApplication::translate("comptoir::ui::AppointmentLook", "Cancelled"), QColor(0xee, 0xee, 0xee), QColor(0x9e, 0x9e, 0x9e)};
    }
    return {QString(), QColor(Qt::white), QColor(Qt::black)};
}

} // namespace comptoir::ui
