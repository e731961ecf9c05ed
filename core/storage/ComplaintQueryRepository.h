#pragma once

#include "domain/Complaint.h"
#include "domain/Result.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace comptoir {

class Database;

/** One line of the complaint list: the complaint with the names it refers to. */
struct ComplaintRow {
    qint64 id = 0;
    QDateTime openedAt;
    qint64 customerId = 0;
    QString customerName;
    QString categoryName;
    QString subject;
    ComplaintStatus status = ComplaintStatus::Open;
    qint64 assignedTo = 0; ///< 0: nobody
    QString assigneeName;
    QDateTime dueAt;

    bool isOverdue(const QDateTime &now) const { return !isSettled(status) && dueAt < now; }
};

/** Which complaints a list shows. */
struct ComplaintFilter {
    enum class Scope {
        All,       ///< every complaint
        Unsettled, ///< open or in progress (still waiting for the store)
        Overdue,   ///< unsettled and past their due date
        Status,    ///< exactly `status`
    };
    Scope scope = Scope::Unsettled;
    ComplaintStatus status = ComplaintStatus::Open;
};

/** The columns a complaint list can be sorted by. */
enum class ComplaintSort { Number, OpenedAt, Customer, Category, Subject, Status, AssignedTo, DueAt };

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
