#include "domain/Complaint.h"

#include "domain/Validation.h"

#include <QCoreApplication>

namespace comptoir {

const QList<ComplaintStatus> &allComplaintStatuses()
{
    static const QList<ComplaintStatus> all{ComplaintStatus::Open, ComplaintStatus::InProgress,
                                            ComplaintStatus::Resolved, ComplaintStatus::Closed,
                                            ComplaintStatus::Rejected};
    return all;
}

QString toString(ComplaintStatus status)
{
    switch (status) {
    case ComplaintStatus::Open:
        return QStringLiteral("open");
    case ComplaintStatus::InProgress:
        return QStringLiteral("in_progress");
    case ComplaintStatus::Resolved:
        return QStringLiteral("resolved");
    case ComplaintStatus::Closed:
        return QStringLiteral("closed");
    case ComplaintStatus::Rejected:
        return QStringLiteral("rejected");
    }
    return QString();
}

std::optional<ComplaintStatus> complaintStatusFromString(const QString &text)
{
    for (ComplaintStatus s : allComplaintStatuses()) {
        if (toString(s) == text)
            return s;
    }
    return std::nullopt;
}

QString displayName(ComplaintStatus status)
{
    switch (status) {
    case ComplaintStatus::Open:
        return QCoreApplication::translate("comptoir::Complaint", "open");
    case ComplaintStatus::InProgress:
        return QCoreApplication::translate("comptoir::Complaint", "in progress");
    case ComplaintStatus::Resolved:
        return QCoreApplication::translate("comptoir::Complaint", "resolved");
    case ComplaintStatus::Closed:
        return QCoreApplication::translate("comptoir::Complaint", "closed");
    case ComplaintStatus::Rejected:
        return QCoreApplication::translate("comptoir::Complaint", "rejected");
    }
    return QString();
}

bool allowedTransition(ComplaintStatus from, ComplaintStatus to)
{
    using S = ComplaintStatus;
    switch (from) {
    case S::Open:
        return to == S::InProgress || to == S::Rejected;
    case S::InProgress:
        return to == S::Resolved || to == S::Rejected;
    case S::Resolved:
        return to == S::Closed || to == S::InProgress;
    case S::Closed:
    case S::Rejected:
        return false;
    }
    return false;
}

QList<ComplaintStatus> allowedTargets(ComplaintStatus from)
{
    QList<ComplaintStatus> targets;
    for (ComplaintStatus to : allComplaintStatuses()) {
        if (allowedTransition(from, to))
            targets.append(to);
    }
    return targets;
}

QString transitionPermission(ComplaintStatus to)
{
    return to == ComplaintStatus::Closed || to == ComplaintStatus::Rejected ? QStringLiteral("complaint.close")
                                                                             : QStringLiteral("complaint.write");
}

bool isSettled(ComplaintStatus status)
{
    return status == ComplaintStatus::Resolved || status == ComplaintStatus::Closed
        || status == ComplaintStatus::Rejected;
}

Result<ComplaintInput> validateComplaint(const ComplaintInput &input)
{
    ComplaintInput out = input;
    if (input.customerId <= 0)
        return Error::validation(QStringLiteral("customer_id"),
                                 QCoreApplication::translate("comptoir::Complaint", "a customer is required"));
    if (input.categoryId <= 0)
        return Error::validation(QStringLiteral("category_id"),
                                 QCoreApplication::translate("comptoir::Complaint", "a category is required"));
    BOOST_OUTCOME_TRY(subject, validation::requiredText(QStringLiteral("subject"), input.subject, 200));
    out.subject = subject;
    BOOST_OUTCOME_TRY(description, validation::optionalText(QStringLiteral("description"), input.description, 5000));
    out.description = description;
    if (input.saleId < 0)
        out.saleId = 0;
    if (input.assignedTo < 0)
        out.assignedTo = 0;
    return out;
}

Result<QString> validateResolution(const QString &text, const QString &field)
{
    return validation::requiredText(field, text, 5000);
}

Result<int> validateSatisfaction(int score, const QString &field)
{
    if (score < 1 || score > 5)
        return Error::validation(field, QCoreApplication::translate("comptoir::Complaint",
                                                                    "must be between 1 and 5 (got %1)")
                                            .arg(score));
    return score;
}

} // namespace comptoir
