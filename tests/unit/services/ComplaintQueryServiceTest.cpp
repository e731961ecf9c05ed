#include "TestDatabase.h"

#include "services/ComplaintQueryService.h"
#include "services/ComplaintService.h"
#include "services/CustomerService.h"

#include <catch2/catch.hpp>

using namespace comptoir;
using S = ComplaintStatus;

namespace {

struct Fixture {
    test::TestDatabase t;
    ComplaintService complaints{t.db(), t.clock()};
    ComplaintQueryService query{t.db(), t.clock()};
    Session associate = t.associate();
    qint64 anne = 0;
    qint64 bruno = 0;

    Fixture()
    {
        CustomerService customers(t.db(), t.clock());
        CustomerInput c;
        c.firstName = QStringLiteral("Anne");
        c.lastName = QStringLiteral("Zola");
        anne = customers.create(associate, c).value();
        c.firstName = QStringLiteral("Bruno");
        c.lastName = QStringLiteral("Martin");
        bruno = customers.create(associate, c).value();
    }

    qint64 open(qint64 customer, qint64 category, const QString &subject)
    {
        ComplaintInput in;
        in.customerId = customer;
        in.categoryId = category;
        in.subject = subject;
        return complaints.open(associate, in).value();
    }

    QList<qint64> ids(const ComplaintFilter &filter, ComplaintSort sort = ComplaintSort::Number, bool desc = true)
    {
        auto rows = query.list(associate, filter, sort, desc, 0, 100);
        REQUIRE(rows.ok());
        QList<qint64> out;
        for (const ComplaintRow &r : *rows)
            out << r.id;
        return out;
    }
};

ComplaintFilter scope(ComplaintFilter::Scope s, S status = S::Open)
{
    return ComplaintFilter{s, status};
}

} // namespace

TEST_CASE_METHOD(Fixture, "The complaint list joins names and filters by scope", "[complaint][query]")
{
    const qint64 billing = open(anne, 3, QStringLiteral("Double débit")); // due in 3 days
    const qint64 other = open(bruno, 5, QStringLiteral("Accueil"));       // due in 14 days
    const qint64 done = open(bruno, 1, QStringLiteral("Écran rayé"));
    REQUIRE(complaints.startProgress(associate, done).ok());
    REQUIRE(complaints.resolve(associate, done, QStringLiteral("échangé")).ok());
    REQUIRE(complaints.assign(associate, other, associate.userId).ok());

    auto rows = query.list(associate, scope(ComplaintFilter::Scope::All));
    REQUIRE(rows.ok());
    REQUIRE(rows->size() == 3);
    const ComplaintRow &first = rows->first(); // newest first
    CHECK(first.id == done);
    CHECK(first.customerName == QStringLiteral("Bruno Martin"));
    CHECK(first.categoryName == QStringLiteral("Produit défectueux"));
    CHECK(first.status == S::Resolved);
    CHECK(rows->at(1).assigneeName == QStringLiteral("sales_associate"));
    CHECK(rows->at(1).assignedTo == associate.userId);
    CHECK(rows->at(2).assigneeName.isEmpty());

    CHECK(ids(scope(ComplaintFilter::Scope::Unsettled)) == QList<qint64>{other, billing});
    CHECK(ids(scope(ComplaintFilter::Scope::Status, S::Resolved)) == QList<qint64>{done});
    CHECK(ids(scope(ComplaintFilter::Scope::Status, S::Closed)).isEmpty());
    CHECK(ids(scope(ComplaintFilter::Scope::Overdue)).isEmpty());

    // Four days later the billing complaint (3-day SLA) is overdue; the resolved one never is.
    t.clock().advanceSeconds(4 * 24 * 3600);
    CHECK(ids(scope(ComplaintFilter::Scope::Overdue)) == QList<qint64>{billing});
    auto late = query.list(associate, scope(ComplaintFilter::Scope::All));
    REQUIRE(late.ok());
    for (const ComplaintRow &r : *late)
        CHECK(r.isOverdue(t.clock().nowUtc()) == (r.id == billing));
}

TEST_CASE_METHOD(Fixture, "The complaint list sorts in the database and pages", "[complaint][query]")
{
    const qint64 a = open(anne, 3, QStringLiteral("B sujet"));
    const qint64 b = open(bruno, 5, QStringLiteral("A sujet"));
    const qint64 c = open(anne, 1, QStringLiteral("C sujet"));
    const auto all = scope(ComplaintFilter::Scope::All);
    CHECK(ids(all, ComplaintSort::Number, false) == QList<qint64>{a, b, c});
    CHECK(ids(all, ComplaintSort::Subject, false) == QList<qint64>{b, a, c});
    CHECK(ids(all, ComplaintSort::Subject, true) == QList<qint64>{c, a, b});
    // Martin before Zola; ties (Anne Zola twice) newest first.
    CHECK(ids(all, ComplaintSort::Customer, false) == QList<qint64>{b, c, a});
    CHECK(ids(all, ComplaintSort::DueAt, false) == QList<qint64>{a, c, b});

    auto page = query.list(associate, all, ComplaintSort::Number, false, 1, 1);
    REQUIRE(page.ok());
    REQUIRE(page->size() == 1);
    CHECK(page->first().id == b);
}

TEST_CASE_METHOD(Fixture, "The complaint list needs complaint.read", "[complaint][query][access]")
{
    open(anne, 3, QStringLiteral("Double débit"));
    auto rows = query.list(t.technician(), scope(ComplaintFilter::Scope::All));
    REQUIRE(!rows.ok());
    CHECK(rows.error().code == ErrorCode::PermissionDenied);
}
