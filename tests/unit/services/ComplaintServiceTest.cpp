#include "TestDatabase.h"

#include "services/ComplaintService.h"
#include "services/CustomerService.h"

#include <catch2/catch.hpp>

#include <functional>

using namespace comptoir;
using S = ComplaintStatus;

namespace {

constexpr qint64 kProductDefect = 1; // 7 days (seeded by migration 002)
constexpr qint64 kBilling = 3;       // 3 days
constexpr qint64 kOther = 5;         // 14 days

struct Fixture {
    test::TestDatabase t;
    ComplaintService service{t.db(), t.clock()};
    Session associate = t.associate();
    qint64 customer = 0;

    Fixture()
    {
        CustomerService customers(t.db(), t.clock());
        CustomerInput c;
        c.firstName = QStringLiteral("Anne");
        c.lastName = QStringLiteral("Petit");
        customer = customers.create(associate, c).value();
    }

    ComplaintInput input(qint64 category = kProductDefect)
    {
        ComplaintInput in;
        in.customerId = customer;
        in.categoryId = category;
        in.subject = QStringLiteral("Fermeture éclair cassée");
        in.description = QStringLiteral("Après deux utilisations.");
        return in;
    }
    qint64 open(qint64 category = kProductDefect) { return service.open(associate, input(category)).value(); }

    /** A complaint brought to `status` along the shortest path. */
    qint64 complaintIn(S status)
    {
        const qint64 id = open();
        if (status == S::Rejected)
            REQUIRE(service.reject(associate, id, QStringLiteral("hors garantie")).ok());
        if (status == S::InProgress || status == S::Resolved || status == S::Closed)
            REQUIRE(service.startProgress(associate, id).ok());
        if (status == S::Resolved || status == S::Closed)
            REQUIRE(service.resolve(associate, id, QStringLiteral("article échangé")).ok());
        if (status == S::Closed)
            REQUIRE(service.close(associate, id, 4).ok());
        REQUIRE(service.findById(associate, id)->status == status);
        return id;
    }
    qint64 writes()
    {
        return t.count(QStringLiteral("complaint")) + t.count(QStringLiteral("complaint_event"))
            + t.count(QStringLiteral("audit_log"));
    }
};

struct Step {
    const char *name;
    S to;
    std::optional<S> onlyFrom; ///< the one status this call accepts, if narrower than the table
    std::function<Status(ComplaintService &, const Session &, qint64)> call;
};

const QList<Step> &steps()
{
    static const QList<Step> all{
        {"startProgress", S::InProgress, S::Open,
         [](ComplaintService &s, const Session &u, qint64 id) { return s.startProgress(u, id); }},
        {"reopen", S::InProgress, S::Resolved,
         [](ComplaintService &s, const Session &u, qint64 id) { return s.reopen(u, id, QStringLiteral("encore")); }},
        {"resolve", S::Resolved, std::nullopt,
         [](ComplaintService &s, const Session &u, qint64 id) { return s.resolve(u, id, QStringLiteral("remboursé")); }},
        {"close", S::Closed, std::nullopt,
         [](ComplaintService &s, const Session &u, qint64 id) { return s.close(u, id, 5); }},
        {"reject", S::Rejected, std::nullopt,
         [](ComplaintService &s, const Session &u, qint64 id) { return s.reject(u, id, QStringLiteral("abusif")); }},
    };
    return all;
}

} // namespace

TEST_CASE_METHOD(Fixture, "Every allowed transition succeeds and every other one is refused", "[complaint][workflow]")
{
    int succeeded = 0;
    int refused = 0;
    for (S from : allComplaintStatuses()) {
        for (S to : allComplaintStatuses()) {
            bool reachedByAnyCall = false;
            for (const Step &step : steps()) {
                if (step.to != to)
                    continue;
                const qint64 id = complaintIn(from);
                const qint64 events = t.count(QStringLiteral("complaint_event"));
                const qint64 audits = t.count(QStringLiteral("audit_log"));
                const bool expected = allowedTransition(from, to) && (!step.onlyFrom || *step.onlyFrom == from);
                INFO(step.name << " from " << toString(from).toStdString());
                const Status s = step.call(service, associate, id);
                CHECK(s.ok() == expected);
                const Complaint after = service.findById(associate, id).value();
                if (expected) {
                    ++succeeded;
                    reachedByAnyCall = true;
                    CHECK(after.status == to);
                    CHECK(t.count(QStringLiteral("complaint_event")) == events + 1);
                    CHECK(t.count(QStringLiteral("audit_log")) == audits + 1);
                    REQUIRE(after.events.last().from.has_value());
                    CHECK(*after.events.last().from == from);
                    CHECK(after.events.last().to == to);
                } else {
                    ++refused;
                    REQUIRE_FALSE(s.ok());
                    CHECK(s.error().code == ErrorCode::InvalidTransition);
                    CHECK(s.error().message.contains(displayName(from)));
                    CHECK(s.error().message.contains(displayName(to)));
                    CHECK(after.status == from);
                    CHECK(t.count(QStringLiteral("complaint_event")) == events);
                    CHECK(t.count(QStringLiteral("audit_log")) == audits);
                }
            }
            // The calls together reach exactly what the table allows (nothing leads back to open).
            CHECK(reachedByAnyCall == allowedTransition(from, to));
        }
    }
    CHECK(succeeded == 6);
    CHECK(refused == 5 * 5 - 6);
}

TEST_CASE_METHOD(Fixture, "Opening a complaint sets its due date from the category SLA", "[complaint][sla]")
{
    const QDateTime now = t.clock().nowUtc();
    const qint64 defect = open(kProductDefect);
    const qint64 billing = open(kBilling);
    auto c = service.findById(associate, defect);
    REQUIRE(c.ok());
    CHECK(c->status == S::Open);
    CHECK(c->openedAt == now);
    CHECK(c->dueAt == now.addDays(7));
    CHECK(c->createdBy == associate.userId);
    REQUIRE(c->events.size() == 1);
    CHECK_FALSE(c->events[0].from.has_value());
    CHECK(c->events[0].to == S::Open);
    CHECK(service.findById(associate, billing)->dueAt == now.addDays(3));

    const auto categories = service.categories(associate).value();
    REQUIRE(categories.size() == 5);
    CHECK(categories[kBilling - 1].slaDays == 3);
}

TEST_CASE_METHOD(Fixture, "Overdue complaints follow the clock and ignore settled ones", "[complaint][sla]")
{
    const qint64 billing = open(kBilling);          // due in 3 days
    const qint64 other = open(kOther);              // due in 14 days
    const qint64 resolved = complaintIn(S::Resolved); // due in 7 days, but resolved
    const qint64 rejected = open(kBilling);
    REQUIRE(service.reject(associate, rejected, QStringLiteral("doublon")).ok());
    const qint64 working = open(kBilling);
    REQUIRE(service.startProgress(associate, working).ok());

    auto overdueIds = [&] {
        QList<qint64> ids;
        const QList<Complaint> overdue = service.overdue(associate).value();
        for (const Complaint &c : overdue)
            ids.append(c.id);
        return ids;
    };
    CHECK(overdueIds().isEmpty());
    t.clock().advanceSeconds(3 * 86400); // exactly due: not yet late
    CHECK(overdueIds().isEmpty());
    t.clock().advanceSeconds(1);
    CHECK(overdueIds() == QList<qint64>{billing, working});
    t.clock().advanceSeconds(11 * 86400);
    CHECK(overdueIds() == QList<qint64>{billing, working, other});
    CHECK(service.overdue(associate, t.clock().nowUtc().addDays(-30))->isEmpty());
    (void)resolved;
}

TEST_CASE_METHOD(Fixture, "Resolving needs a text, rejecting a reason, closing a 1-5 score", "[complaint][workflow]")
{
    const qint64 id = complaintIn(S::InProgress);
    const qint64 before = writes();
    for (const char *text : {"", "   "}) {
        auto s = service.resolve(associate, id, QString::fromLatin1(text));
        REQUIRE_FALSE(s.ok());
        CHECK(s.error().code == ErrorCode::Validation);
        CHECK(s.error().field == QStringLiteral("resolution"));
    }
    CHECK(service.reject(associate, id, QStringLiteral(" ")).error().field == QStringLiteral("reason"));
    CHECK(writes() == before);
    CHECK(service.findById(associate, id)->status == S::InProgress);

    REQUIRE(service.resolve(associate, id, QStringLiteral("  Article remplacé  ")).ok());
    auto resolved = service.findById(associate, id);
    CHECK(resolved->resolution == QStringLiteral("Article remplacé"));
    CHECK(resolved->resolvedAt == t.clock().nowUtc());
    CHECK(resolved->events.last().note == QStringLiteral("Article remplacé"));

    const qint64 beforeClose = writes();
    for (int score : {0, 6, -1}) {
        auto s = service.close(associate, id, score);
        REQUIRE_FALSE(s.ok());
        CHECK(s.error().field == QStringLiteral("satisfaction"));
    }
    CHECK(writes() == beforeClose);
    REQUIRE(service.close(associate, id, 5).ok());
    auto closed = service.findById(associate, id);
    CHECK(closed->status == S::Closed);
    CHECK(closed->satisfaction == 5);
    CHECK(closed->closedAt == t.clock().nowUtc());

    const qint64 noScore = complaintIn(S::Resolved);
    REQUIRE(service.close(associate, noScore).ok());
    CHECK_FALSE(service.findById(associate, noScore)->satisfaction.has_value());
}

TEST_CASE_METHOD(Fixture, "Closing and rejecting need complaint.close", "[complaint][access]")
{
    const Session intern = t.intern(); // complaint.read and complaint.write only
    const qint64 resolved = complaintIn(S::Resolved);
    const qint64 opened = open();
    const qint64 before = writes();

    auto close = service.close(intern, resolved, 3);
    REQUIRE_FALSE(close.ok());
    CHECK(close.error().code == ErrorCode::PermissionDenied);
    CHECK(close.error().field == QStringLiteral("complaint.close"));
    CHECK(service.reject(intern, opened, QStringLiteral("non")).error().code == ErrorCode::PermissionDenied);
    CHECK(writes() == before);
    CHECK(service.findById(intern, resolved)->status == S::Resolved);

    // The intern may work on complaints, though.
    CHECK(service.startProgress(intern, opened).ok());
    CHECK(service.reopen(intern, resolved).ok());
    CHECK(service.findById(t.technician(), opened).error().code == ErrorCode::PermissionDenied);
    CHECK(service.open(t.technician(), input()).error().code == ErrorCode::PermissionDenied);
}

TEST_CASE_METHOD(Fixture, "Reopening clears the resolution but keeps it in the history", "[complaint][workflow]")
{
    const qint64 id = complaintIn(S::Resolved);
    REQUIRE(service.reopen(associate, id, QStringLiteral("toujours en panne")).ok());
    auto c = service.findById(associate, id).value();
    CHECK(c.status == S::InProgress);
    CHECK(c.resolution.isEmpty());
    CHECK_FALSE(c.resolvedAt.isValid());
    REQUIRE(c.events.size() == 4);
    CHECK(c.events[2].to == S::Resolved);
    CHECK(c.events[2].note == QStringLiteral("article échangé"));
    CHECK(c.events[3].note == QStringLiteral("toujours en panne"));
}

TEST_CASE_METHOD(Fixture, "Complaints are assigned, listed and filtered", "[complaint][service]")
{
    const qint64 manager = t.manager().userId;
    const qint64 a = open();
    t.clock().advanceSeconds(60);
    const qint64 b = open();
    REQUIRE(service.assign(associate, a, manager).ok());
    CHECK(service.findById(associate, a)->assignedTo == manager);
    CHECK(service.findById(associate, a)->events.last().note.contains(QString::number(manager)));
    CHECK(service.assign(associate, a, 999).error().code == ErrorCode::NotFound);
    REQUIRE(service.startProgress(associate, b).ok());

    auto all = service.list(associate, std::nullopt, 0, 10).value();
    REQUIRE(all.size() == 2);
    CHECK(all[0].id == b); // newest first
    auto open = service.list(associate, S::Open, 0, 10).value();
    REQUIRE(open.size() == 1);
    CHECK(open[0].id == a);
    CHECK(service.list(associate, S::Closed, 0, 10)->isEmpty());
    CHECK(service.list(associate, std::nullopt, 1, 10)->size() == 1);

    REQUIRE(service.reject(associate, a, QStringLiteral("hors délai")).ok());
    const qint64 before = writes();
    CHECK(service.assign(associate, a, associate.userId).error().code == ErrorCode::InvalidTransition);
    CHECK(writes() == before);
}

TEST_CASE_METHOD(Fixture, "Bad complaint input writes nothing", "[complaint][service]")
{
    const qint64 before = writes();
    ComplaintInput in = input();
    in.customerId = 0;
    CHECK(service.open(associate, in).error().field == QStringLiteral("customer_id"));
    in = input();
    in.customerId = 999;
    CHECK(service.open(associate, in).error().code == ErrorCode::NotFound);
    in = input(42);
    auto category = service.open(associate, in);
    CHECK(category.error().code == ErrorCode::NotFound);
    CHECK(category.error().field == QStringLiteral("category_id"));
    in = input();
    in.subject = QStringLiteral(" ");
    CHECK(service.open(associate, in).error().field == QStringLiteral("subject"));
    in = input();
    in.saleId = 77;
    CHECK(service.open(associate, in).error().field == QStringLiteral("sale_id"));
    in = input();
    in.assignedTo = 999;
    CHECK(service.open(associate, in).error().field == QStringLiteral("assigned_to"));
    CHECK(writes() == before);
    CHECK(service.startProgress(associate, 999).error().code == ErrorCode::NotFound);
}
