#include "storage/ComplaintRepository.h"

#include "domain/Clock.h"
#include "storage/Database.h"
#include "storage/SqlValues.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace comptoir {

namespace {

/** The translation context of this file's messages (lupdate reads it). */
struct ComplaintRepositoryText {
    Q_DECLARE_TR_FUNCTIONS(comptoir::ComplaintRepository)
};

const QString kComplaintSelect = QStringLiteral(
    "SELECT id, customer_id, sale_id, category_id, subject, description, status, assigned_to, opened_at, due_at, "
    "resolved_at, resolution, satisfaction, closed_at, created_by FROM complaint ");

Complaint readComplaint(const QSqlQuery &q)
{
    Complaint c;
    c.id = q.value(0).toLongLong();
    c.customerId = q.value(1).toLongLong();
    c.saleId = q.value(2).toLongLong();
    c.categoryId = q.value(3).toLongLong();
    c.subject = q.value(4).toString();
    c.description = q.value(5).toString();
    c.status = complaintStatusFromString(q.value(6).toString()).value_or(ComplaintStatus::Open);
    c.assignedTo = q.value(7).toLongLong();
    c.openedAt = fromIsoUtc(q.value(8).toString());
    c.dueAt = fromIsoUtc(q.value(9).toString());
    c.resolvedAt = fromIsoUtc(q.value(10).toString());
    c.resolution = q.value(11).toString();
    if (!q.value(12).isNull())
        c.satisfaction = q.value(12).toInt();
    c.closedAt = fromIsoUtc(q.value(13).toString());
    c.createdBy = q.value(14).toLongLong();
    return c;
}

/** Empty text, never NULL: Qt binds a null QString as NULL, which NOT NULL text columns refuse. */

} // namespace

Result<QList<Complaint>> ComplaintRepository::readAll(QSqlQuery &q, const QString &what)
{
    if (!q.exec())
        return databaseError(what, q.lastError().text());
    QList<Complaint> out;
    while (q.next())
        out.append(readComplaint(q));
    return out;
}

Result<qint64> ComplaintRepository::insert(const ComplaintInput &in, const QDateTime &openedAt,
                                           const QDateTime &dueAt, qint64 createdBy)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO complaint(customer_id, sale_id, category_id, subject, description, status, "
                             "assigned_to, opened_at, due_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(in.customerId);
    q.addBindValue(nullIfZero(in.saleId));
    q.addBindValue(in.categoryId);
    q.addBindValue(notNull(in.subject));
    q.addBindValue(notNull(in.description));
    q.addBindValue(toString(ComplaintStatus::Open));
    q.addBindValue(nullIfZero(in.assignedTo));
    q.addBindValue(toIsoUtc(openedAt));
    q.addBindValue(toIsoUtc(dueAt));
    q.addBindValue(nullIfZero(createdBy));
    if (!q.exec())
        return databaseError(ComplaintRepositoryText::tr("saving the complaint"), q.lastError().text());
    return q.lastInsertId().toLongLong();
}

Status ComplaintRepository::saveWorkflow(const Complaint &c)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE complaint SET status = ?, assigned_to = ?, resolved_at = ?, resolution = ?, "
                             "satisfaction = ?, closed_at = ? WHERE id = ?"));
    q.addBindValue(toString(c.status));
    q.addBindValue(nullIfZero(c.assignedTo));
    q.addBindValue(timeOrNull(c.resolvedAt));
    q.addBindValue(notNull(c.resolution));
    q.addBindValue(c.satisfaction ? QVariant(*c.satisfaction) : QVariant());
    q.addBindValue(timeOrNull(c.closedAt));
    q.addBindValue(c.id);
    if (!q.exec())
        return databaseError(ComplaintRepositoryText::tr("saving the complaint"), q.lastError().text());
    return {};
}

Status ComplaintRepository::appendEvent(const ComplaintEvent &e)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO complaint_event(complaint_id, at, user_id, from_status, to_status, note) "
                             "VALUES (?, ?, ?, ?, ?, ?)"));
    q.addBindValue(e.complaintId);
    q.addBindValue(toIsoUtc(e.at));
    q.addBindValue(nullIfZero(e.userId));
    q.addBindValue(e.from ? QVariant(toString(*e.from)) : QVariant());
    q.addBindValue(toString(e.to));
    q.addBindValue(notNull(e.note));
    if (!q.exec())
        return databaseError(ComplaintRepositoryText::tr("recording the complaint's history"), q.lastError().text());
    return {};
}

Result<std::optional<Complaint>> ComplaintRepository::findById(qint64 id)
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(kComplaintSelect + QStringLiteral("WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return databaseError(ComplaintRepositoryText::tr("finding the complaint"), q.lastError().text());
    if (!q.next())
        return std::optional<Complaint>();
    return std::optional<Complaint>(readComplaint(q));
}

Result<QList<ComplaintEvent>> ComplaintRepository::events(qint64 complaintId)
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, complaint_id, at, user_id, from_status, to_status, note "
                             "FROM complaint_event WHERE complaint_id = ? ORDER BY at, id"));
    q.addBindValue(complaintId);
    if (!q.exec())
        return databaseError(ComplaintRepositoryText::tr("reading the complaint's history"), q.lastError().text());
    QList<ComplaintEvent> out;
    while (q.next()) {
        ComplaintEvent e;
        e.id = q.value(0).toLongLong();
        e.complaintId = q.value(1).toLongLong();
        e.at = fromIsoUtc(q.value(2).toString());
        e.userId = q.value(3).toLongLong();
        if (!q.value(4).isNull())
            e.from = complaintStatusFromString(q.value(4).toString());
        e.to = complaintStatusFromString(q.value(5).toString()).value_or(ComplaintStatus::Open);
        e.note = q.value(6).toString();
        out.append(e);
    }
    return out;
}

Result<QList<Complaint>> ComplaintRepository::list(std::optional<ComplaintStatus> status, int offset, int limit)
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(kComplaintSelect + QStringLiteral("WHERE (? IS NULL OR status = ?) ORDER BY opened_at DESC, id DESC "
                                       "LIMIT ? OFFSET ?"));
    const QVariant filter = status ? QVariant(toString(*status)) : QVariant();
    q.addBindValue(filter);
    q.addBindValue(filter);
    q.addBindValue(limit);
    q.addBindValue(offset);
    return readAll(q, ComplaintRepositoryText::tr("listing complaints"));
}

Result<QList<Complaint>> ComplaintRepository::overdue(const QDateTime &now)
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(kComplaintSelect + QStringLiteral("WHERE status IN ('open', 'in_progress') AND due_at < ? ORDER BY due_at, id"));
    q.addBindValue(toIsoUtc(now));
    return readAll(q, ComplaintRepositoryText::tr("listing overdue complaints"));
}

Result<QList<ComplaintCategory>> ComplaintRepository::categories()
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, code, name, sla_days FROM complaint_category ORDER BY id")))
        return databaseError(ComplaintRepositoryText::tr("listing complaint categories"), q.lastError().text());
    QList<ComplaintCategory> out;
    while (q.next())
        out.append(ComplaintCategory{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                                     q.value(3).toInt()});
    return out;
}

Result<std::optional<ComplaintCategory>> ComplaintRepository::findCategory(qint64 id)
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, code, name, sla_days FROM complaint_category WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return databaseError(ComplaintRepositoryText::tr("finding the complaint category"), q.lastError().text());
    if (!q.next())
        return std::optional<ComplaintCategory>();
    return std::optional<ComplaintCategory>(ComplaintCategory{q.value(0).toLongLong(), q.value(1).toString(),
                                                              q.value(2).toString(), q.value(3).toInt()});
}

Result<bool> ComplaintRepository::saleExists(qint64 saleId)
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT 1 FROM sale WHERE id = ?"));
    q.addBindValue(saleId);
    if (!q.exec())
        return databaseError(ComplaintRepositoryText::tr("finding the sale"), q.lastError().text());
    return q.next();
}

} // namespace comptoir
