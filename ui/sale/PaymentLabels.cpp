#include "sale/PaymentLabels.h"

#include <QCoreApplication>

namespace comptoir::ui {

QString paymentMethodLabel(PaymentMethod method)
{
    switch (method) {
    case PaymentMethod::Cash:
        return QCoreApplication::translate("comptoir::ui::PaymentLabels", "Cash");
    case PaymentMethod::Card:
        return QCoreApplication::translate("comptoir::ui::PaymentLabels", "Card");
    case PaymentMethod::Cheque:
        return QCoreApplication::translate("comptoir::ui::PaymentLabels", "Cheque");
    case PaymentMethod::Voucher:
        return QCoreApplication::translate("comptoir::ui::PaymentLabels", "Gift voucher");
    case PaymentMethod::StoreCredit:
        return QCoreApplication::translate("comptoir::ui::PaymentLabels", "Store credit");
    case PaymentMethod::Deposit:
        return QCoreApplication::translate("comptoir::ui::PaymentLabels", "Deposit");
    }
    return QString();
}

QString refundMethodLabel(const QString &method)
{
    if (auto m = paymentMethodFromString(method))
        return paymentMethodLabel(*m);
    return method;
}

} // namespace comptoir::ui
