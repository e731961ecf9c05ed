#pragma once

#include <QDateTime>
#include <QString>

namespace comptoir {

/** One line of a customer's consent history (append-only). */
struct ConsentRecord {
    qint64 id = 0;
    qint64 customerId = 0;
    QString channel; ///< email, sms, post
    QString purpose = QStringLiteral("marketing");
    bool granted = false;
    QDateTime at;
    QString source;         ///< store_form, web_form, customer_request...
    QString wordingVersion; ///< the version of the consent text the customer saw
    qint64 recordedBy = 0;  ///< 0: an import or the system
};

} // namespace comptoir
