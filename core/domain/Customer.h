#pragma once

#include "domain/Result.h"

#include <QDate>
#include <QDateTime>
#include <QString>

namespace comptoir {

enum class CustomerStatus { Prospect, Customer };

QString toString(CustomerStatus status);
CustomerStatus customerStatusFromString(const QString &text);

/** What a person tells the store about themselves; validated by validateCustomer(). */
struct CustomerInput {
    CustomerStatus status = CustomerStatus::Prospect;
    QString title;
    QString firstName;
    QString lastName;
    QString email;       ///< optional
    QString phone;       ///< optional; stored as E.164
    QString address;
    QString postalCode;  ///< optional; French postal code when given
    QString city;
    QDate birthDate;     ///< optional
    QString loyaltyCard; ///< optional, unique
    QString sourceChannel = QStringLiteral("store");
    QString notes;
};

/** A stored customer. */
struct Customer : CustomerInput {
    qint64 id = 0;
    qint64 loyaltyPoints = 0;
    QDateTime createdAt;
    QDateTime updatedAt;
    qint64 mergedInto = 0;
    QString displayName() const { return firstName + QLatin1Char(' ') + lastName; }
};

/**
 * Checks every field and returns the normalised input (trimmed names, lower-case e-mail
 * domain, E.164 phone). The first rule broken is returned, naming its field.
 */
Result<CustomerInput> validateCustomer(const CustomerInput &input, const QDate &today);

} // namespace comptoir
