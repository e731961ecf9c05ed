#pragma once

#include "domain/Complaint.h"

#include <QDateTime>
#include <QString>

namespace comptoir {

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

    bool isOverdue(const QDateTime &now) const { return comptoir::isOverdue(status, dueAt, now); }
};

} // namespace comptoir
