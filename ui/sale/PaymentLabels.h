#pragma once

#include "domain/Sale.h"

#include <QString>

namespace comptoir::ui {

/** The translated name of a payment method, as the counter and the receipts show it. */
QString paymentMethodLabel(PaymentMethod method);
/**
 * The same name inside a sentence ("paid by %1"): its own translation, in lower case
 * where the language wants it ("payée par carte"), not a lower-cased label.
 */
QString paymentMethodInSentence(PaymentMethod method);
/** The same for a stored refund method name ("cash", "store_credit"...). */
QString refundMethodLabel(const QString &method);

} // namespace comptoir::ui
