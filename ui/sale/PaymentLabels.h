#pragma once

#include "domain/Sale.h"

#include <QString>

namespace comptoir::ui {

/** The translated name of a payment method, as the counter and the receipts show it. */
QString paymentMethodLabel(PaymentMethod method);
/** The same for a stored refund method name ("cash", "store_credit"...). */
QString refundMethodLabel(const QString &method);

} // namespace comptoir::ui
