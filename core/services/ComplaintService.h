#pragma once

#include "access/Session.h"
#include "domain/Clock.h"
#include "domain/Complaint.h"
#include "domain/Result.h"

#include <QList>

#include <functional>
#include <optional>

namespace comptoir {

class Database;

/**
 * Customer complaints and their workflow ("complaint.read" / "complaint.write", and
 * "complaint.close" to close or reject). The allowed steps are those of
 * allowedTransition() in domain/Complaint.h; any other is refused with
 * ErrorCode::InvalidTransition naming both statuses. Every step appends a
 * complaint_event row and an audit entry in the same transaction.
 */
class ComplaintService final {
public:
    ComplaintService(Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}

    /** Opens a complaint; it is due `sla_days` of its category after opening. */
    Result<qint64> open(const Session &session, const ComplaintInput &input);
    /** Gives the complaint to an active user (0: nobody). Not for a closed or rejected one. */
    Status assign(const Session &session, qint64 id, qint64 userId);
    /** open -> in_progress. */
    Status startProgress(const Session &session, qint64 id);
    /** in_progress -> resolved; the resolution text is required. */
    Status resolve(const Session &session, qint64 id, const QString &resolution);
    /** resolved -> closed, with the customer's satisfaction (1 to 5) if given. Needs complaint.close. */
    Status close(const Session &session, qint64 id, std::optional<int> satisfaction = std::nullopt);
    /** open or in_progress -> rejected; the reason is required. Needs complaint.close. */
    Status reject(const Session &session, qint64 id, const QString &reason);
    /** resolved -> in_progress (the customer is not satisfied); clears the resolution. */
    Status reopen(const Session &session, qint64 id, const QString &note = QString());

    /** The complaint with its history. */
    Result<Complaint> findById(const Session &session, qint64 id);
    /** Complaints, of one status if given, newest first (without their history). */
    Result<QList<Complaint>> list(const Session &session, std::optional<ComplaintStatus> status, int offset,
                                  int limit);
    /** Open or in-progress complaints past their due date, at the clock's time. */
    Result<QList<Complaint>> overdue(const Session &session);
    /** The same at `now`. */
    Result<QList<Complaint>> overdue(const Session &session, const QDateTime &now);
    Result<QList<ComplaintCategory>> categories(const Session &session);

private:
    using Change = std::function<void(Complaint &, const QDateTime &now)>;
    /** Moves complaint `id` to `to` (only from `onlyFrom` if given), applying `change`; no permission check. */
    Status transition(const Session &session, qint64 id, ComplaintStatus to, std::optional<ComplaintStatus> onlyFrom,
                      const QString &note, const Change &change);

    Database &m_db;
    const Clock &m_clock;
};

} // namespace comptoir
