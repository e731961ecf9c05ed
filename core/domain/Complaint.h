#pragma once

#include "domain/Result.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace comptoir {

/**
 * The complaint workflow:
 *
 *     open ──► in_progress ──► resolved ──► closed
 *       │          │  ▲            │
 *       │          │  └── reopen ──┘
 *       └──────────┴──► rejected
 *
 * A complaint is resolved only from in_progress (someone must have worked on it);
 * closed and rejected are final. Closing and rejecting need "complaint.close".
 */
enum class ComplaintStatus { Open, InProgress, Resolved, Closed, Rejected };

/** Every status, in workflow order (for loops and filters). */
const QList<ComplaintStatus> &allComplaintStatuses();
QString toString(ComplaintStatus status);
std::optional<ComplaintStatus> complaintStatusFromString(const QString &text);
/** The status as shown to the user, translated. */
QString displayName(ComplaintStatus status);

/** The transition table: may a complaint go from `from` to `to`? */
bool allowedTransition(ComplaintStatus from, ComplaintStatus to);
/** The statuses reachable from `from` (the UI shows only those buttons). */
QList<ComplaintStatus> allowedTargets(ComplaintStatus from);
/** The permission needed to move a complaint into `to`. */
QString transitionPermission(ComplaintStatus to);
/** Resolved, closed and rejected complaints are no longer waiting for the store. */
bool isSettled(ComplaintStatus status);
/** Still waiting for the store (not settled) after its due date, at `now`. */
inline bool isOverdue(ComplaintStatus status, const QDateTime &dueAt, const QDateTime &now)
{
    return !isSettled(status) && dueAt < now;
}

/** A kind of complaint with its service-level delay. */
struct ComplaintCategory {
    qint64 id = 0;
    QString code;
    QString name;
    int slaDays = 0;
};

/** What is recorded when a complaint is opened; validated by validateComplaint(). */
struct ComplaintInput {
    qint64 customerId = 0; ///< required
    qint64 saleId = 0;     ///< 0: not about a particular sale
    qint64 categoryId = 0; ///< required
    QString subject;       ///< required
    QString description;
    qint64 assignedTo = 0; ///< 0: nobody yet
};

/** One step of a complaint's history. */
struct ComplaintEvent {
    qint64 id = 0;
    qint64 complaintId = 0;
    QDateTime at;
    qint64 userId = 0;
    std::optional<ComplaintStatus> from; ///< none for the opening event
    ComplaintStatus to = ComplaintStatus::Open;
    QString note;
};

/** A stored complaint. For a rejected one, `resolution` holds the reason. */
struct Complaint : ComplaintInput {
    qint64 id = 0;
    ComplaintStatus status = ComplaintStatus::Open;
    QDateTime openedAt;
    QDateTime dueAt;
    QDateTime resolvedAt;
    QString resolution;
    std::optional<int> satisfaction; ///< 1 to 5, given at closing
    QDateTime closedAt;
    qint64 createdBy = 0;
    QList<ComplaintEvent> events; ///< oldest first; filled by findById

    bool isOverdue(const QDateTime &now) const { return comptoir::isOverdue(status, dueAt, now); }
};

/** Checks the fields and returns the normalised input; references are checked by the service. */
Result<ComplaintInput> validateComplaint(const ComplaintInput &input);

/** A satisfaction score from 1 to 5. */
Result<int> validateSatisfaction(int score, const QString &field = QStringLiteral("satisfaction"));

/**
 * What settles a complaint: the resolution of a resolved one, the reason of a rejected one.
 * Required, at most 5 000 characters; returned trimmed.
 */
Result<QString> validateResolution(const QString &text, const QString &field = QStringLiteral("resolution"));

/** When a complaint of `category` opened at `openedAt` is due: its service-level delay later. */
inline QDateTime complaintDueAt(const QDateTime &openedAt, const ComplaintCategory &category)
{
    return openedAt.addDays(category.slaDays);
}

} // namespace comptoir
