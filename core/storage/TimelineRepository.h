#pragma once

#include "domain/Money.h"
#include "domain/Result.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace comptoir {

class Database;

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

/**
 * A customer's history in one query: sales, credit notes, appointments, complaints and
 * hand-logged interactions (those a sale, appointment... leaves automatically are not
 * repeated), newest first, over the customer and the customers merged into it.
 */
class TimelineRepository final {
public:
    explicit TimelineRepository(Database &db) : m_db(db) {}

    Result<QList<TimelineEntry>> page(qint64 customerId, int offset, int limit);

    /** The SQL of page(), for EXPLAIN QUERY PLAN checks in tests. */
    static QString pageSql();

private:
    Database &m_db;
};

} // namespace comptoir
