// The complaint desk's list query: its scopes and sorts are SQL of their own, checked here
// against the domain's rules (isOverdue) and against ComplaintRepository::overdue().
#include "TestDatabase.h"

#include "domain/Customer.h"
#include "storage/ComplaintQueryRepository.h"
#include "storage/ComplaintRepository.h"
#include "storage/CustomerRepository.h"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace comptoir;
using S = ComplaintStatus;

namespace {

const QDateTime kOpened(QDate(2026, 11, 2), QTime(9, 0), Qt::UTC);

struct Fixture {
    test::TestDatabase t;
    ComplaintRepository complaints{t.db()};
    ComplaintQueryRepository query{t.db()};
    qint64 zola = 0;
    qint64 martin = 0;

    Fixture()
    {
        CustomerInput c;
        c.firstName = QStringLiteral("Anne");
        c.lastName = QStringLiteral("Zola");
        zola = CustomerRepository(t.db()).insert(c, kOpened, 0).value();
        c.firstName = QStringLiteral("Bruno");
        c.lastName = QStringLiteral("martin"); // sorted without regard to case
        martin = CustomerRepository(t.db()).insert(c, kOpened, 0).value();
    }

    /** A complaint opened `hours` after kOpened, due `dueDays` after its opening, in `status`. */
    qint64 add(qint64 customer, qint64 category, const QString &subject, int hours, int dueDays, S status = S::Open,
               qint64 assignee = 0)
    {
        ComplaintInput in;
        in.customerId = customer;
        in.categoryId = category;
        in.subject = subject;
        const QDateTime opened = kOpened.addSecs(hours * 3600);
        const qint64 id = complaints.insert(in, opened, opened.addDays(dueDays), 0).value();
        Complaint c = complaints.findById(id).value().value();
        c.status = status;
        c.assignedTo = assignee;
        REQUIRE(complaints.saveWorkflow(c).ok());
        return id;
    }

    QList<qint64> ids(ComplaintFilter filter, ComplaintSort sort, bool descending, const QDateTime &now = kOpened)
    {
        auto rows = query.list(filter, sort, descending, now, 0, 100);
        REQUIRE(rows.ok());
        QList<qint64> out;
        for (const ComplaintRow &r : *rows)
            out << r.id;
        return out;
    }
};

const ComplaintFilter kAll{ComplaintFilter::Scope::All, S::Open};

} // namespace

TEST_CASE_METHOD(Fixture, "The overdue scope is what isOverdue() and ComplaintRepository::overdue() say", "[complaint][query][storage]")
{
    add(zola, 3, QStringLiteral("a"), 0, 3);                    // due 11-05 09:00
    add(martin, 1, QStringLiteral("b"), 1, 7, S::InProgress);   // due 11-09 10:00
    add(zola, 2, QStringLiteral("c"), 2, 1, S::Resolved);       // settled: never overdue
    add(martin, 5, QStringLiteral("d"), 3, 14);                 // due 11-16 12:00
    add(zola, 4, QStringLiteral("e"), 4, 2, S::Rejected);       // settled
    for (const QDateTime &now : {kOpened, QDateTime(QDate(2026, 11, 5), QTime(9, 0), Qt::UTC) /* a due date: not yet late */,
                                 QDateTime(QDate(2026, 11, 5), QTime(9, 1), Qt::UTC), QDateTime(QDate(2026, 11, 10), QTime(0, 0), Qt::UTC),
                                 QDateTime(QDate(2027, 1, 1), QTime(0, 0), Qt::UTC)}) {
        INFO(toIsoUtc(now).toStdString());
        auto all = query.list(kAll, ComplaintSort::Number, true, now, 0, 100);
        REQUIRE(all.ok());
        REQUIRE(all->size() == 5);
        QList<qint64> late;
        for (const ComplaintRow &r : *all)
            if (r.isOverdue(now))
                late << r.id;
        CHECK(ids({ComplaintFilter::Scope::Overdue, S::Open}, ComplaintSort::Number, true, now) == late);
        auto overdue = complaints.overdue(now);
        REQUIRE(overdue.ok());
        QList<qint64> fromRepository;
        for (const Complaint &c : *overdue) {
            CHECK(c.isOverdue(now));
            fromRepository << c.id;
        }
        std::sort(fromRepository.begin(), fromRepository.end(), std::greater<>());
        CHECK(fromRepository == late);
    }
    CHECK(ids({ComplaintFilter::Scope::Overdue, S::Open}, ComplaintSort::Number, true,
              QDateTime(QDate(2027, 1, 1), QTime(0, 0), Qt::UTC))
              .size()
          == 3);
    CHECK(ids({ComplaintFilter::Scope::Unsettled, S::Open}, ComplaintSort::Number, false) == QList<qint64>{1, 2, 4});
    CHECK(ids({ComplaintFilter::Scope::Status, S::Rejected}, ComplaintSort::Number, false) == QList<qint64>{5});
}

TEST_CASE_METHOD(Fixture, "Every sort column orders in the database, ties newest first in both directions", "[complaint][query][storage]")
{
    const qint64 manager = t.manager().userId;       // display name "manager"
    const qint64 associate = t.associate().userId;   // display name "sales_associate"
    const qint64 a = add(zola, 3, QStringLiteral("b"), 5, 3, S::Closed, associate);     // Facturation
    const qint64 b = add(martin, 1, QStringLiteral("A"), 1, 7, S::Open, manager);       // Produit défectueux
    const qint64 c = add(zola, 2, QStringLiteral("c"), 3, 1, S::InProgress);            // Livraison, nobody
    const qint64 d = add(martin, 3, QStringLiteral("b"), 2, 3, S::Resolved, associate); // Facturation
    // Workflow order, not alphabetical.
    CHECK(ids(kAll, ComplaintSort::Status, false) == QList<qint64>{b, c, d, a});
    CHECK(ids(kAll, ComplaintSort::Status, true) == QList<qint64>{a, d, c, b});
    CHECK(ids(kAll, ComplaintSort::OpenedAt, false) == QList<qint64>{b, d, c, a});
    // Equal categories and subjects: the newest complaint first, whatever the direction.
    CHECK(ids(kAll, ComplaintSort::Category, false) == QList<qint64>{d, a, c, b});
    CHECK(ids(kAll, ComplaintSort::Category, true) == QList<qint64>{b, c, d, a});
    CHECK(ids(kAll, ComplaintSort::Subject, false) == QList<qint64>{b, d, a, c});
    // Nobody (an empty name) first; then by display name.
    CHECK(ids(kAll, ComplaintSort::AssignedTo, false) == QList<qint64>{c, b, d, a});
    // Names compare without regard to case: martin before Zola.
    CHECK(ids(kAll, ComplaintSort::Customer, false) == QList<qint64>{d, b, c, a});
    CHECK(ids(kAll, ComplaintSort::DueAt, false) == QList<qint64>{c, d, a, b});

    auto beyond = query.list(kAll, ComplaintSort::Number, true, kOpened, 4, 10);
    REQUIRE(beyond.ok());
    CHECK(beyond->isEmpty());
    auto middle = query.list(kAll, ComplaintSort::Number, true, kOpened, 1, 2);
    REQUIRE(middle.ok());
    REQUIRE(middle->size() == 2);
    CHECK(middle->at(0).id == c);
    CHECK(middle->at(1).id == b);
}
