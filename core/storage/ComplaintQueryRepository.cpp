#include "storage/ComplaintQueryRepository.h"

#include "domain/Clock.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

namespace comptoir {

namespace {

/** The translation context of this file's messages (lupdate reads it). */
struct ComplaintQueryRepositoryText {
    Q_DECLARE_TR_FUNCTIONS(comptoir::ComplaintQueryRepository)
};

const QString kComplaintListSelect = QStringLiteral(
    "SELECT c.id, c.opened_at, c.customer_id, cu.first_name || ' ' || cu.last_name, cat.name, c.subject, c.status, "
    "coalesce(c.assigned_to, 0), coalesce(u.display_name, ''), c.due_at "
    "FROM complaint c "
    "JOIN customer cu ON cu.id = c.customer_id "
    "JOIN complaint_category cat ON cat.id = c.category_id "
    "LEFT JOIN app_user u ON u.id = c.assigned_to ");

/** The ORDER BY expressions of a sort column: fixed text, never user input. */
QStringList orderExpressions(ComplaintSort sort)
{
    switch (sort) {
    case ComplaintSort::Number:
        return {QStringLiteral("c.id")};
    case ComplaintSort::OpenedAt:
        return {QStringLiteral("c.opened_at")};
    case ComplaintSort::Customer:
        return {QStringLiteral("cu.last_name COLLATE NOCASE"), QStringLiteral("cu.first_name COLLATE NOCASE")};
    case ComplaintSort::Category:
        return {QStringLiteral("cat.name COLLATE NOCASE")};
    case ComplaintSort::Subject:
        return {QStringLiteral("c.subject COLLATE NOCASE")};
    case ComplaintSort::Status:
        // Workflow order rather than alphabetical.
        return {QStringLiteral("CASE c.status WHEN 'open' THEN 0 WHEN 'in_progress' THEN 1 WHEN 'resolved' THEN 2 "
                              "WHEN 'closed' THEN 3 ELSE 4 END")};
    case ComplaintSort::AssignedTo:
        return {QStringLiteral("coalesce(u.display_name, '') COLLATE NOCASE")};
    case ComplaintSort::DueAt:
        return {QStringLiteral("c.due_at")};
    }
    return {QStringLiteral("c.id")};
}

} // namespace

Result<QList<ComplaintRow>> ComplaintQueryRepository::list(const ComplaintFilter &filter, ComplaintSort sort,
                                                           bool descending, const QDateTime &now, int offset,
                                                           int limit)
{
    QString where;
    switch (filter.scope) {
    case ComplaintFilter::Scope::All:
        break;
    case ComplaintFilter::Scope::Unsettled:
        where = QStringLiteral("WHERE c.status IN ('open', 'in_progress') ");
        break;
    case ComplaintFilter::Scope::Overdue:
        where = QStringLiteral("WHERE c.status IN ('open', 'in_progress') AND c.due_at < ? ");
        break;
    case ComplaintFilter::Scope::Status:
        where = QStringLiteral("WHERE c.status = ? ");
        break;
    }
    const QString direction = descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    QStringList order = orderExpressions(sort);
    for (QString &expression : order)
        expression += direction;

    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(kComplaintListSelect + where + QStringLiteral("ORDER BY ") + order.join(QStringLiteral(", ")) + QStringLiteral(", c.id DESC LIMIT ? OFFSET ?"));
    if (filter.scope == ComplaintFilter::Scope::Overdue)
        q.addBindValue(toIsoUtc(now));
    else if (filter.scope == ComplaintFilter::Scope::Status)
        q.addBindValue(toString(filter.status));
    q.addBindValue(limit);
    q.addBindValue(offset);
    if (!q.exec())
        return databaseError(ComplaintQueryRepositoryText::tr("listing complaints"), q.lastError().text());
    QList<ComplaintRow> rows;
    while (q.next()) {
        ComplaintRow r;
        r.id = q.value(0).toLongLong();
        r.openedAt = fromIsoUtc(q.value(1).toString());
        r.customerId = q.value(2).toLongLong();
        r.customerName = q.value(3).toString();
        r.categoryName = q.value(4).toString();
        r.subject = q.value(5).toString();
        r.status = complaintStatusFromString(q.value(6).toString()).value_or(ComplaintStatus::Open);
        r.assignedTo = q.value(7).toLongLong();
        r.assigneeName = q.value(8).toString();
        r.dueAt = fromIsoUtc(q.value(9).toString());
        rows.append(r);
    }
    return rows;
}

} // namespace comptoir
