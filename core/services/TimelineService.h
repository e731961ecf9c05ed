#pragma once

#include "access/Session.h"
#include "domain/Result.h"
#include "domain/TimelineEntry.h"

#include <QList>

namespace comptoir {

class Database;

/** The 360° history of a customer ("customer.read"). */
class TimelineService final {
public:
    explicit TimelineService(Database &db) : m_db(db) {}

    /**
     * One page of the customer's timeline, newest first: sales, returns, appointments,
     * complaints and logged interactions, including those of the customers merged into
     * it. `limit` is 1 to 1000; `offset` is not negative.
     */
    Result<QList<TimelineEntry>> page(const Session &session, qint64 customerId, int offset, int limit);

private:
    Database &m_db;
};

} // namespace comptoir
