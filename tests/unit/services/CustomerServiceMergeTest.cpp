#include "TestDatabase.h"

#include "services/AppointmentService.h"
#include "services/ComplaintService.h"
#include "services/ConsentService.h"
#include "services/CustomerService.h"
#include "services/InteractionService.h"
#include "services/TimelineService.h"
#include "storage/AuditRepository.h"
#include "storage/CustomerRepository.h"

#include <QSqlQuery>

#include <catch2/catch.hpp>

using namespace comptoir;

namespace {

struct Fixture {
    test::TestDatabase t;
    CustomerService customers{t.db(), t.clock()};
    Session manager = t.manager();
    Session associate = t.associate();
    qint64 kept = add("Hélène", "Dupont", "helene@example.fr", "");
    qint64 merged = add("Helene", "Dupont", "h.dupont@example.fr", "CARD-77");

    qint64 add(const char *first, const char *last, const char *email, const char *card)
    {
        CustomerInput in;
        in.firstName = QString::fromUtf8(first);
        in.lastName = QString::fromUtf8(last);
        in.email = QString::fromUtf8(email);
        in.loyaltyCard = QString::fromUtf8(card);
        return customers.create(associate, in).value();
    }
    void run(const QString &sql, const QVariantList &values)
    {
        QSqlQuery q(t.db().connection());
        q.prepare(sql);
        for (const QVariant &v : values)
            q.addBindValue(v);
        REQUIRE(q.exec());
    }
    void sale(qint64 customer, int number, const char *at)
    {
        run(QStringLiteral("INSERT INTO sale(store_id, number, customer_id, at, business_day, total_cents, "
                           "total_excl_cents, vat_cents, item_count, prev_hash, hash) "
                           "VALUES (1, ?, ?, ?, substr(?, 1, 10), 1200, 1000, 200, 1, '', '')"),
            {number, customer, QString::fromLatin1(at), QString::fromLatin1(at)});
    }
    void deposit(qint64 customer)
    {
        run(QStringLiteral("INSERT INTO deposit(kind, customer_id, amount_cents, method, created_at) "
                           "VALUES ('acompte', ?, 5000, 'card', '2026-11-01T10:00:00Z')"),
            {customer});
    }
    qint64 owner(const char *table, qint64 id)
    {
        return t.scalar(QStringLiteral("SELECT customer_id FROM %1 WHERE id = %2").arg(QLatin1String(table)).arg(id))
            .toLongLong();
    }
    Customer customer(qint64 id) { return customers.findById(manager, id).value(); }
    QList<AuditEntry> merges()
    {
        AuditRepository audit(t.db());
        AuditFilter f;
        f.entity = QStringLiteral("customer");
        const QList<AuditEntry> all = audit.list(f).value();
        QList<AuditEntry> out;
        for (const AuditEntry &e : all)
            if (e.action == QLatin1String("merge"))
                out.append(e);
        return out;
    }
    /** Everything a refused merge must leave as it was. */
    QString snapshot()
    {
        QStringList parts;
        for (const char *sql : {"SELECT count(*) FROM audit_log", "SELECT group_concat(coalesce(merged_into, 0)) FROM customer",
                                "SELECT group_concat(loyalty_points) FROM customer",
                                "SELECT group_concat(coalesce(loyalty_card, '-')) FROM customer",
                                "SELECT group_concat(customer_id) FROM appointment",
                                "SELECT group_concat(customer_id) FROM interaction",
                                "SELECT group_concat(customer_id) FROM deposit"})
            parts << t.scalar(QString::fromLatin1(sql)).toString();
        return parts.join(QLatin1Char('|'));
    }
};

} // namespace

TEST_CASE_METHOD(Fixture, "A merge moves the mutable history, adds the points and is audited once", "[customer][merge]")
{
    CustomerRepository repo(t.db());
    REQUIRE(repo.addLoyaltyPoints(kept, 10).ok());
    REQUIRE(repo.addLoyaltyPoints(merged, 35).ok());
    AppointmentInput slot;
    slot.customerId = merged;
    slot.staffId = associate.userId;
    slot.start = QDateTime(QDate(2026, 11, 26), QTime(9, 0), Qt::UTC);
    slot.end = slot.start.addSecs(1800);
    slot.subject = QStringLiteral("Retouche");
    const qint64 appointment = AppointmentService(t.db(), t.clock()).create(associate, slot).value();
    ComplaintInput complaint;
    complaint.customerId = merged;
    complaint.categoryId = 1;
    complaint.subject = QStringLiteral("Fermeture cassée");
    const qint64 complaintId = ComplaintService(t.db(), t.clock()).open(associate, complaint).value();
    const qint64 call = InteractionService(t.db(), t.clock())
                            .log(associate, merged, QStringLiteral("phone"), QStringLiteral("call"), QStringLiteral("x"))
                            .value();
    deposit(merged);
    sale(merged, 1, "2026-10-01T10:00:00Z");
    sale(kept, 2, "2026-10-02T10:00:00Z");
    const int interactions =
        t.scalar(QStringLiteral("SELECT count(*) FROM interaction WHERE customer_id = %1").arg(merged)).toInt();
    CHECK(interactions >= 2); // the call and the appointment's own entry

    REQUIRE(customers.merge(manager, kept, merged).ok());

    CHECK(customer(merged).mergedInto == kept);
    CHECK(customer(kept).mergedInto == 0);
    CHECK(owner("appointment", appointment) == kept);
    CHECK(owner("complaint", complaintId) == kept);
    CHECK(owner("interaction", call) == kept);
    CHECK(t.scalar(QStringLiteral("SELECT count(*) FROM interaction WHERE customer_id = %1").arg(merged)).toInt() == 0);
    CHECK(t.scalar(QStringLiteral("SELECT customer_id FROM deposit")).toLongLong() == kept);
    // Sales are inalterable: the sale stays on the merged record...
    CHECK(t.scalar(QStringLiteral("SELECT customer_id FROM sale WHERE number = 1")).toLongLong() == merged);
    // ...and is read through the merge link.
    const auto timeline = TimelineService(t.db()).page(associate, kept, 0, 100).value();
    int sales = 0;
    for (const TimelineEntry &e : timeline)
        sales += e.kind == TimelineEntry::Kind::Sale ? 1 : 0;
    CHECK(sales == 2);

    CHECK(customer(kept).loyaltyPoints == 45);
    CHECK(customer(merged).loyaltyPoints == 0);
    CHECK(customer(kept).loyaltyCard == QStringLiteral("CARD-77"));
    CHECK(customer(merged).loyaltyCard.isEmpty());
    CHECK(customers.findByLoyaltyCard(associate, QStringLiteral("card-77")).value().id == kept);

    // Lists and searches show only the one kept.
    CHECK(customers.count(associate).value() == 1);
    const auto found = customers.search(associate, QStringLiteral("helene"), 10).value();
    REQUIRE(found.size() == 1);
    CHECK(found[0].id == kept);

    const auto entries = merges();
    REQUIRE(entries.size() == 1);
    CHECK(entries[0].entityId == kept);
    CHECK(entries[0].login == manager.login);
    CHECK(entries[0].changes.value(QStringLiteral("kept_id")).toInteger() == kept);
    CHECK(entries[0].changes.value(QStringLiteral("merged_id")).toInteger() == merged);
    CHECK(entries[0].changes.value(QStringLiteral("loyalty_points_added")).toInteger() == 35);
    CHECK(entries[0].changes.value(QStringLiteral("appointments_moved")).toInt() == 1);
    CHECK(entries[0].changes.value(QStringLiteral("interactions_moved")).toInt() == interactions);
}

TEST_CASE_METHOD(Fixture, "The kept customer's own card stays, the other card stays on the merged record", "[customer][merge]")
{
    const qint64 withCard = add("Paul", "Durand", "", "CARD-01");
    const qint64 otherCard = add("Paul", "Durand", "", "CARD-02");
    REQUIRE(customers.merge(manager, withCard, otherCard).ok());
    CHECK(customer(withCard).loyaltyCard == QStringLiteral("CARD-01"));
    CHECK(customer(otherCard).loyaltyCard == QStringLiteral("CARD-02"));
    // The leftover card still finds the person, through the merge link.
    CHECK(customers.findByLoyaltyCard(associate, QStringLiteral("CARD-02")).value().id == withCard);
}

TEST_CASE_METHOD(Fixture, "Refused merges change nothing", "[customer][merge]")
{
    const qint64 third = add("Paul", "Durand", "", "");
    const QString before = snapshot();

    auto denied = customers.merge(associate, kept, merged);
    REQUIRE_FALSE(denied.ok());
    CHECK(denied.error().code == ErrorCode::PermissionDenied);
    auto self = customers.merge(manager, kept, kept);
    REQUIRE_FALSE(self.ok());
    CHECK(self.error().code == ErrorCode::Validation);
    CHECK(self.error().field == QStringLiteral("merged_id"));
    auto missing = customers.merge(manager, kept, merged + 100);
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().code == ErrorCode::NotFound);
    CHECK(missing.error().field == QStringLiteral("merged_id"));
    auto missingKept = customers.merge(manager, merged + 100, kept);
    REQUIRE_FALSE(missingKept.ok());
    CHECK(missingKept.error().field == QStringLiteral("keep_id"));
    CHECK(snapshot() == before);

    REQUIRE(customers.merge(manager, kept, merged).ok());
    const QString afterMerge = snapshot();
    auto again = customers.merge(manager, third, merged);
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().code == ErrorCode::Conflict);
    CHECK(again.error().field == QStringLiteral("merged_id"));
    auto intoMerged = customers.merge(manager, merged, third);
    REQUIRE_FALSE(intoMerged.ok());
    CHECK(intoMerged.error().code == ErrorCode::Conflict);
    CHECK(intoMerged.error().field == QStringLiteral("keep_id"));
    CHECK(snapshot() == afterMerge);
}

TEST_CASE_METHOD(Fixture, "A merge that fails midway is rolled back whole", "[customer][merge]")
{
    deposit(merged);
    REQUIRE(InteractionService(t.db(), t.clock())
                .log(associate, merged, QStringLiteral("store"), QStringLiteral("visit"), QString())
                .ok());
    REQUIRE(t.db().exec(QStringLiteral("CREATE TEMP TRIGGER refuse_deposit BEFORE UPDATE ON deposit "
                                       "BEGIN SELECT RAISE(ABORT, 'deposit locked'); END"))
                .ok());
    const QString before = snapshot();
    auto failed = customers.merge(manager, kept, merged);
    REQUIRE_FALSE(failed.ok());
    CHECK(failed.error().code == ErrorCode::Database);
    CHECK(snapshot() == before); // the interaction moved before the failure is back
}

TEST_CASE_METHOD(Fixture, "Merging a customer that had absorbed another keeps chains one level deep", "[customer][merge]")
{
    const qint64 third = add("Hélène", "Dupont-Martin", "", "");
    sale(merged, 1, "2026-09-01T10:00:00Z");
    sale(kept, 2, "2026-09-02T10:00:00Z");
    REQUIRE(customers.merge(manager, kept, merged).ok());
    REQUIRE(customers.merge(manager, third, kept).ok());
    CHECK(customer(merged).mergedInto == third);
    CHECK(customer(kept).mergedInto == third);
    CHECK(merges().size() == 2);
    CHECK(merges().first().changes.value(QStringLiteral("customers_relinked")).toInt() == 1); // newest first
    CHECK(TimelineService(t.db()).page(associate, third, 0, 10).value().size() == 2);
}
