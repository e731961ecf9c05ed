#pragma once

#include "access/Session.h"
#include "domain/Clock.h"
#include "domain/ComplaintFilter.h"
#include "domain/ComplaintRow.h"
#include "domain/Result.h"

#include <QList>

namespace comptoir {

class Database;

/**
 * The complaint desk's list ("complaint.read"): complaints with their customer, category
 * and assignee names, filtered (all, still open, overdue, one status) and sorted by the
 * database, one page at a time.
 */
class ComplaintQueryService final {
public:
    ComplaintQueryService(Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}

    /** One page; "overdue" is judged at the clock's time. */
    Result<QList<ComplaintRow>> list(const Session &session, const ComplaintFilter &filter,
                                     ComplaintSort sort = ComplaintSort::Number, bool descending = true,
                                     int offset = 0, int limit = 200);

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace comptoir
