#pragma once

#include "domain/Result.h"

#include <QDateTime>
#include <QString>

namespace comptoir {

/** A supplier of the store; validated by validateSupplier(). */
struct SupplierInput {
    QString name;       ///< required, unique
    QString contact;    ///< the person to ask for
    QString email;      ///< optional
    QString phone;      ///< optional; stored as E.164
    QString address;
    QString postalCode; ///< optional; French postal code when given
    QString city;
};

/** A stored supplier. */
struct Supplier : SupplierInput {
    qint64 id = 0;
    QDateTime createdAt;
};

/** Checks every field and returns the normalised input; the first rule broken names its field. */
Result<SupplierInput> validateSupplier(const SupplierInput &input);

} // namespace comptoir
