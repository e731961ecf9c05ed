#pragma once

#include "domain/Complaint.h"
#include "domain/Result.h"

#include <QList>
#include <optional>

class QSqlQuery;

namespace comptoir {

class Database;

/** All SQL about complaints, their history and their categories. */
class ComplaintRepository final {
public:
    explicit ComplaintRepository(Database &db) : m_db(db) {}

    Result<qint64> insert(const ComplaintInput &input, const QDateTime &openedAt, const QDateTime &dueAt,
                          qint64 createdBy);
    /** Writes the workflow fields of `c`: status, assignee, resolution, satisfaction and their dates. */
    Status saveWorkflow(const Complaint &c);
    Status appendEvent(const ComplaintEvent &event);

    /** The complaint without its events. */
    Result<std::optional<Complaint>> findById(qint64 id);
    /** The complaint's history, oldest first. */
    Result<QList<ComplaintEvent>> events(qint64 complaintId);
    /** Complaints (of one status if given), newest first. */
    Result<QList<Complaint>> list(std::optional<ComplaintStatus> status, int offset, int limit);
    /** Complaints not yet resolved, closed or rejected whose due date is before `now`, most late first. */
    Result<QList<Complaint>> overdue(const QDateTime &now);

    Result<QList<ComplaintCategory>> categories();
    Result<std::optional<ComplaintCategory>> findCategory(qint64 id);
    Result<bool> saleExists(qint64 saleId);

private:
    Result<QList<Complaint>> readAll(QSqlQuery &q, const QString &what);
    Database &m_db;
};

} // namespace comptoir
