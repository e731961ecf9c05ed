#include "services/ComplaintService.h"

#include "access/Permissions.h"
#include "domain/Validation.h"
#include "services/AuditTrail.h"
#include "storage/ComplaintRepository.h"
#include "storage/CustomerRepository.h"
#include "storage/Database.h"
#include "storage/Transaction.h"
#include "storage/UserRepository.h"

#include <QCoreApplication>

namespace comptoir {

namespace {

/** The translation context of this file's messages (lupdate reads it). */
struct ComplaintServiceText {
    Q_DECLARE_TR_FUNCTIONS(comptoir::ComplaintService)
};

const QString kClose = QStringLiteral("complaint.close");

QJsonObject workflowFields(const Complaint &c)
{
    return {
        {QStringLiteral("status"), toString(c.status)},
        {QStringLiteral("assigned_to"), c.assignedTo},
        {QStringLiteral("resolution"), c.resolution},
        {QStringLiteral("resolved_at"), c.resolvedAt.isValid() ? toIsoUtc(c.resolvedAt) : QString()},
        {QStringLiteral("satisfaction"), c.satisfaction ? QJsonValue(*c.satisfaction) : QJsonValue()},
        {QStringLiteral("closed_at"), c.closedAt.isValid() ? toIsoUtc(c.closedAt) : QString()},
    };
}

/** Complaint `id`, or a NotFound error naming it. */
Result<Complaint> existingComplaint(ComplaintRepository &repo, qint64 id)
{
    BOOST_OUTCOME_TRY(found, repo.findById(id));
    if (!found.has_value())
        return Error::notFound(QStringLiteral("complaint"),
                               QCoreApplication::translate("comptoir::ComplaintService", "no complaint #%1").arg(id));
    return std::move(*found);
}

/** Checks that `userId` (if not 0) is an active user, naming `field`. */
Status checkUser(Database &db, qint64 userId, const QString &field)
{
    if (userId <= 0)
        return {};
    UserRepository users(db);
    BOOST_OUTCOME_TRY(user, users.findById(userId));
    if (!user.has_value())
        return Error::notFound(field, QCoreApplication::translate("comptoir::ComplaintService", "no user #%1").arg(userId));
    if (!user->active)
        return Error::validation(field, QCoreApplication::translate("comptoir::ComplaintService",
                                                                    "user #%1 is no longer active")
                                            .arg(userId));
    return {};
}

} // namespace

Result<qint64> ComplaintService::open(const Session &session, const ComplaintInput &input)
{
    BOOST_OUTCOME_TRYV(require(session, permission::complaintWrite));
    BOOST_OUTCOME_TRY(valid, validateComplaint(input));

    Transaction tx(m_db);
    BOOST_OUTCOME_TRYV(tx.begun());
    CustomerRepository customers(m_db);
    BOOST_OUTCOME_TRY(customer, customers.findById(valid.customerId));
    if (!customer.has_value())
        return Error::notFound(QStringLiteral("customer_id"), ComplaintServiceText::tr("no customer #%1").arg(valid.customerId));
    ComplaintRepository repo(m_db);
    BOOST_OUTCOME_TRY(category, repo.findCategory(valid.categoryId));
    if (!category.has_value())
        return Error::notFound(QStringLiteral("category_id"), ComplaintServiceText::tr("no complaint category #%1").arg(valid.categoryId));
    if (valid.saleId > 0) {
        BOOST_OUTCOME_TRY(sale, repo.saleExists(valid.saleId));
        if (!sale)
            return Error::notFound(QStringLiteral("sale_id"), ComplaintServiceText::tr("no sale #%1").arg(valid.saleId));
    }
    BOOST_OUTCOME_TRYV(checkUser(m_db, valid.assignedTo, QStringLiteral("assigned_to")));

    const QDateTime now = fromIsoUtc(toIsoUtc(m_clock.nowUtc()));
    const QDateTime due = complaintDueAt(now, *category);
    BOOST_OUTCOME_TRY(id, repo.insert(valid, now, due, session.userId));
    ComplaintEvent event;
    event.complaintId = id;
    event.at = now;
    event.userId = session.userId;
    event.to = ComplaintStatus::Open;
    event.note = valid.subject;
    BOOST_OUTCOME_TRYV(repo.appendEvent(event));

    ChangeSet changes;
    changes.created(QStringLiteral("customer_id"), valid.customerId);
    changes.created(QStringLiteral("sale_id"), valid.saleId);
    changes.created(QStringLiteral("category_id"), valid.categoryId);
    changes.created(QStringLiteral("subject"), valid.subject);
    changes.created(QStringLiteral("description"), valid.description);
    changes.created(QStringLiteral("assigned_to"), valid.assignedTo);
    changes.created(QStringLiteral("due_at"), toIsoUtc(due));
    AuditTrail audit(m_db, m_clock);
    BOOST_OUTCOME_TRYV(audit.record(session, QStringLiteral("create"), QStringLiteral("complaint"), id,
                                    scope::customer(), changes.toJson()));
    BOOST_OUTCOME_TRYV(tx.commit());
    return id;
}

Status ComplaintService::transition(const Session &session, qint64 id, ComplaintStatus to,
                                    std::optional<ComplaintStatus> onlyFrom, const QString &note,
                                    const Change &change)
{
    Transaction tx(m_db);
    BOOST_OUTCOME_TRYV(tx.begun());
    ComplaintRepository repo(m_db);
    BOOST_OUTCOME_TRY(c, existingComplaint(repo, id));
    const ComplaintStatus from = c.status;
    if (!allowedTransition(from, to) || (onlyFrom && from != *onlyFrom))
        return Error{ErrorCode::InvalidTransition, QStringLiteral("status"),
                     ComplaintServiceText::tr("a complaint cannot go from \"%1\" to \"%2\"").arg(displayName(from), displayName(to))};

    const QDateTime now = fromIsoUtc(toIsoUtc(m_clock.nowUtc()));
    const QJsonObject before = workflowFields(c);
    c.status = to;
    change(c, now);
    BOOST_OUTCOME_TRYV(repo.saveWorkflow(c));
    ComplaintEvent event;
    event.complaintId = id;
    event.at = now;
    event.userId = session.userId;
    event.from = from;
    event.to = to;
    event.note = note;
    BOOST_OUTCOME_TRYV(repo.appendEvent(event));

    ChangeSet changes;
    const QJsonObject after = workflowFields(c);
    for (auto it = after.begin(); it != after.end(); ++it)
        changes.add(it.key(), before.value(it.key()), it.value());
    AuditTrail audit(m_db, m_clock);
    BOOST_OUTCOME_TRYV(audit.record(session, toString(to), QStringLiteral("complaint"), id, scope::customer(),
                                    changes.toJson()));
    return tx.commit();
}

Status ComplaintService::startProgress(const Session &session, qint64 id)
{
    BOOST_OUTCOME_TRYV(require(session, permission::complaintWrite));
    return transition(session, id, ComplaintStatus::InProgress, ComplaintStatus::Open, QString(),
                      [](Complaint &, const QDateTime &) {});
}

Status ComplaintService::resolve(const Session &session, qint64 id, const QString &resolution)
{
    BOOST_OUTCOME_TRYV(require(session, permission::complaintWrite));
    BOOST_OUTCOME_TRY(text, validateResolution(resolution));
    return transition(session, id, ComplaintStatus::Resolved, std::nullopt, text,
                      [&](Complaint &c, const QDateTime &now) {
                          c.resolution = text;
                          c.resolvedAt = now;
                      });
}

Status ComplaintService::close(const Session &session, qint64 id, std::optional<int> satisfaction)
{
    BOOST_OUTCOME_TRYV(require(session, kClose));
    if (satisfaction) {
        BOOST_OUTCOME_TRYV(validateSatisfaction(*satisfaction));
    }
    return transition(session, id, ComplaintStatus::Closed, std::nullopt, QString(),
                      [&](Complaint &c, const QDateTime &now) {
                          c.satisfaction = satisfaction;
                          c.closedAt = now;
                      });
}

Status ComplaintService::reject(const Session &session, qint64 id, const QString &reason)
{
    BOOST_OUTCOME_TRYV(require(session, kClose));
    BOOST_OUTCOME_TRY(text, validateResolution(reason, QStringLiteral("reason")));
    return transition(session, id, ComplaintStatus::Rejected, std::nullopt, text,
                      [&](Complaint &c, const QDateTime &now) {
                          c.resolution = text;
                          c.closedAt = now;
                      });
}

Status ComplaintService::reopen(const Session &session, qint64 id, const QString &note)
{
    BOOST_OUTCOME_TRYV(require(session, permission::complaintWrite));
    BOOST_OUTCOME_TRY(text, validation::optionalText(QStringLiteral("note"), note, 5000));
    return transition(session, id, ComplaintStatus::InProgress, ComplaintStatus::Resolved, text,
                      [](Complaint &c, const QDateTime &) {
                          // The resolution stays in the history (the "resolved" event's note).
                          c.resolution.clear();
                          c.resolvedAt = QDateTime();
                      });
}

Status ComplaintService::assign(const Session &session, qint64 id, qint64 userId)
{
    BOOST_OUTCOME_TRYV(require(session, permission::complaintWrite));
    Transaction tx(m_db);
    BOOST_OUTCOME_TRYV(tx.begun());
    ComplaintRepository repo(m_db);
    BOOST_OUTCOME_TRY(c, existingComplaint(repo, id));
    if (c.status == ComplaintStatus::Closed || c.status == ComplaintStatus::Rejected)
        return Error{ErrorCode::InvalidTransition, QStringLiteral("status"),
                     ComplaintServiceText::tr("a %1 complaint cannot be reassigned").arg(displayName(c.status))};
    BOOST_OUTCOME_TRYV(checkUser(m_db, userId, QStringLiteral("assigned_to")));
    const qint64 previous = c.assignedTo;
    c.assignedTo = userId > 0 ? userId : 0;
    BOOST_OUTCOME_TRYV(repo.saveWorkflow(c));
    ComplaintEvent event;
    event.complaintId = id;
    event.at = m_clock.nowUtc();
    event.userId = session.userId;
    event.from = c.status;
    event.to = c.status;
    event.note = c.assignedTo ? ComplaintServiceText::tr("assigned to user #%1").arg(c.assignedTo) : ComplaintServiceText::tr("unassigned");
    BOOST_OUTCOME_TRYV(repo.appendEvent(event));
    ChangeSet changes;
    changes.add(QStringLiteral("assigned_to"), previous, c.assignedTo);
    AuditTrail audit(m_db, m_clock);
    BOOST_OUTCOME_TRYV(audit.record(session, QStringLiteral("assign"), QStringLiteral("complaint"), id, scope::customer(),
                                    changes.toJson()));
    return tx.commit();
}

Result<Complaint> ComplaintService::findById(const Session &session, qint64 id)
{
    BOOST_OUTCOME_TRYV(require(session, permission::complaintRead));
    ComplaintRepository repo(m_db);
    BOOST_OUTCOME_TRY(c, existingComplaint(repo, id));
    BOOST_OUTCOME_TRY(events, repo.events(id));
    c.events = events;
    return c;
}

Result<QList<Complaint>> ComplaintService::list(const Session &session, std::optional<ComplaintStatus> status,
                                                int offset, int limit)
{
    BOOST_OUTCOME_TRYV(require(session, permission::complaintRead));
    ComplaintRepository repo(m_db);
    return repo.list(status, offset, limit);
}

Result<QList<Complaint>> ComplaintService::overdue(const Session &session)
{
    return overdue(session, m_clock.nowUtc());
}

Result<QList<Complaint>> ComplaintService::overdue(const Session &session, const QDateTime &now)
{
    BOOST_OUTCOME_TRYV(require(session, permission::complaintRead));
    ComplaintRepository repo(m_db);
    return repo.overdue(now);
}

Result<QList<ComplaintCategory>> ComplaintService::categories(const Session &session)
{
    BOOST_OUTCOME_TRYV(require(session, permission::complaintRead));
    ComplaintRepository repo(m_db);
    return repo.categories();
}

} // namespace comptoir
