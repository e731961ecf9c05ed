#pragma once

#include "domain/ComplaintFilter.h"
#include "domain/ComplaintRow.h"
#include "domain/Result.h"

#include <QDateTime>
#include <QList>

namespace comptoir {

class Database;

/** The joined, filtered and sorted complaint list (read only). */
class ComplaintQueryRepository final {
public:
    explicit ComplaintQueryRepository(Database &db) : m_db(db) {}

    /** One page of complaints; `now` decides what is overdue. Ties are broken by number, newest first. */
    Result<QList<ComplaintRow>> list(const ComplaintFilter &filter, ComplaintSort sort, bool descending,
                                     const QDateTime &now, int offset, int limit);

private:
    Database &m_db;
};

} // namespace comptoir
