#pragma once

#include "domain/Result.h"
#include "domain/TimelineEntry.h"

#include <QList>
#include <QString>

namespace comptoir {

class Database;

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
