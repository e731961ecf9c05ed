#pragma once

#include "domain/Money.h"

#include <QDateTime>
#include <QString>

namespace comptoir {

/** One event of a customer's history, whatever its source table. */
struct TimelineEntry {
    enum class Kind { Sale, Return, Appointment, Complaint, Interaction };

    Kind kind = Kind::Interaction;
    qint64 id = 0;         ///< id in its own table (sale, credit_note, appointment...)
    qint64 customerId = 0; ///< the customer it is recorded on (may be one merged into the one asked)
    QDateTime at;          ///< sale/return time, appointment start, complaint opening, interaction time
    qint64 number = 0;     ///< sale or credit note number
    Money amount;          ///< sale or credit note total
    int itemCount = 0;     ///< sale: number of items
    QString text;          ///< appointment/complaint subject, interaction note, return reason
    QString status;        ///< appointment/complaint status, interaction kind, refund method
    QString channel;       ///< interaction channel
};

} // namespace comptoir
