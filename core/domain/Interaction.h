#pragma once

#include <QDateTime>
#include <QString>

namespace comptoir {

/** A touchpoint on a customer's timeline: a call, an e-mail, a note, a visit... */
struct Interaction {
    qint64 id = 0;
    qint64 customerId = 0;
    QString channel; ///< store, phone, email, sms, web, social, post
    QString kind;    ///< visit, call, email, note, offer (and the automatic sale, appointment...)
    QString note;
    qint64 userId = 0; ///< 0: recorded by the system or an import
    QDateTime at;
};

} // namespace comptoir
