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

QString paymentMethodInSentence(PaymentMethod method)
{
    switch (method) {
    case PaymentMethod::Cash:
        return QCoreApplication::translate("comptoir::ui::PaymentLabels", "cash", "mid-sentence: paid by cash");
    case PaymentMethod::Card:
        return QCoreApplication::translate("comptoir::ui::PaymentLabels", "card", "mid-sentence: paid by card");
    case PaymentMethod::Cheque:
        return QCoreApplication::translate("comptoir::ui::PaymentLabels", "cheque", "mid-sentence: paid by cheque");
    case PaymentMethod::Voucher:
        return QCoreApplication::translate("comptoir::ui::PaymentLabels", "gift voucher",
                                           "mid-sentence: paid by gift voucher");
    case PaymentMethod::StoreCredit:
        return QCoreApplication::translate("comptoir::ui::PaymentLabels", "store credit",
                                           "mid-sentence: paid by store credit");
    case PaymentMethod::Deposit:
        return QCoreApplication::translate("comptoir::ui::PaymentLabels", "deposit", "mid-sentence: paid by deposit");
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
