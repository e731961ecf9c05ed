#include "domain/Complaint.h"

#include <catch2/catch.hpp>

#include <QSet>

using namespace comptoir;
using S = ComplaintStatus;

TEST_CASE("The complaint transition table is exactly the documented workflow", "[complaint][workflow]")
{
    // Written out independently of the implementation: (from, to) pairs that are allowed.
    const QList<std::pair<S, S>> allowed{
        {S::Open, S::InProgress},     {S::Open, S::Rejected},   {S::InProgress, S::Resolved},
        {S::InProgress, S::Rejected}, {S::Resolved, S::Closed}, {S::Resolved, S::InProgress},
    };
    REQUIRE(allComplaintStatuses().size() == 5);
    int allowedCount = 0;
    for (S from : allComplaintStatuses()) {
        for (S to : allComplaintStatuses()) {
            INFO(toString(from).toStdString() << " -> " << toString(to).toStdString());
            const bool expected = allowed.contains(std::make_pair(from, to));
            CHECK(allowedTransition(from, to) == expected);
            allowedCount += allowedTransition(from, to) ? 1 : 0;
        }
    }
    CHECK(allowedCount == allowed.size());
}

TEST_CASE("No complaint goes back to open, stays where it is, or leaves a final status", "[complaint][workflow]")
{
    for (S s : allComplaintStatuses()) {
        CHECK_FALSE(allowedTransition(s, S::Open));
        CHECK_FALSE(allowedTransition(s, s));
    }
    CHECK(allowedTargets(S::Closed).isEmpty());
    CHECK(allowedTargets(S::Rejected).isEmpty());
    // Decision: resolving needs the complaint to be in progress first.
    CHECK_FALSE(allowedTransition(S::Open, S::Resolved));
    CHECK_FALSE(allowedTransition(S::Resolved, S::Rejected));
}

TEST_CASE("allowedTargets lists the buttons the UI may show", "[complaint][workflow]")
{
    CHECK(allowedTargets(S::Open) == QList<S>{S::InProgress, S::Rejected});
    CHECK(allowedTargets(S::InProgress) == QList<S>{S::Resolved, S::Rejected});
    CHECK(allowedTargets(S::Resolved) == QList<S>{S::InProgress, S::Closed});
}

TEST_CASE("Closing and rejecting need complaint.close, other steps complaint.write", "[complaint][workflow]")
{
    CHECK(transitionPermission(S::Closed) == QStringLiteral("complaint.close"));
    CHECK(transitionPermission(S::Rejected) == QStringLiteral("complaint.close"));
    CHECK(transitionPermission(S::InProgress) == QStringLiteral("complaint.write"));
    CHECK(transitionPermission(S::Resolved) == QStringLiteral("complaint.write"));
}

TEST_CASE("Complaint statuses round-trip through their stored names", "[complaint]")
{
    QSet<QString> names;
    for (S s : allComplaintStatuses()) {
        const QString name = toString(s);
        names.insert(name);
        REQUIRE(complaintStatusFromString(name).has_value());
        CHECK(*complaintStatusFromString(name) == s);
        CHECK_FALSE(displayName(s).isEmpty());
    }
    CHECK(names == QSet<QString>{QStringLiteral("open"), QStringLiteral("in_progress"), QStringLiteral("resolved"),
                                 QStringLiteral("closed"), QStringLiteral("rejected")});
    CHECK_FALSE(complaintStatusFromString(QStringLiteral("pending")).has_value());
}

TEST_CASE("Settled complaints are never overdue", "[complaint]")
{
    const QDateTime now(QDate(2026, 12, 1), QTime(12, 0), Qt::UTC);
    Complaint c;
    c.dueAt = now.addDays(-1);
    for (S s : allComplaintStatuses()) {
        c.status = s;
        const bool waiting = s == S::Open || s == S::InProgress;
        CHECK(isSettled(s) == !waiting);
        CHECK(c.isOverdue(now) == waiting);
    }
    c.status = S::Open;
    c.dueAt = now.addSecs(1);
    CHECK_FALSE(c.isOverdue(now));
}

TEST_CASE("Complaint input and satisfaction are validated", "[complaint][validation]")
{
    ComplaintInput in;
    in.customerId = 1;
    in.categoryId = 2;
    in.subject = QStringLiteral("  Écran rayé  ");
    auto ok = validateComplaint(in);
    REQUIRE(ok.ok());
    CHECK(ok->subject == QStringLiteral("Écran rayé"));

    SECTION("customer required")
    {
        in.customerId = 0;
        CHECK(validateComplaint(in).error().field == QStringLiteral("customer_id"));
    }
    SECTION("category required")
    {
        in.categoryId = 0;
        CHECK(validateComplaint(in).error().field == QStringLiteral("category_id"));
    }
    SECTION("subject required")
    {
        in.subject = QStringLiteral("   ");
        CHECK(validateComplaint(in).error().field == QStringLiteral("subject"));
    }
    SECTION("description length")
    {
        in.description = QString(5001, QLatin1Char('x'));
        CHECK(validateComplaint(in).error().field == QStringLiteral("description"));
    }
    for (int score : {1, 3, 5})
        CHECK(*validateSatisfaction(score) == score);
    for (int score : {0, 6, -1}) {
        auto r = validateSatisfaction(score);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().field == QStringLiteral("satisfaction"));
    }
}
