#pragma once

#include <QString>

/** The permission names the services check (the `permission` table, seeded by migration 002). */
namespace comptoir::permission {

inline const QString appointmentRead = QStringLiteral("appointment.read");
inline const QString appointmentWrite = QStringLiteral("appointment.write");
inline const QString complaintRead = QStringLiteral("complaint.read");
inline const QString complaintWrite = QStringLiteral("complaint.write");
inline const QString customerRead = QStringLiteral("customer.read");
inline const QString customerWrite = QStringLiteral("customer.write");
inline const QString depositWrite = QStringLiteral("deposit.write");
inline const QString productRead = QStringLiteral("product.read");
inline const QString productWrite = QStringLiteral("product.write");
inline const QString stockRead = QStringLiteral("stock.read");

} // namespace comptoir::permission
