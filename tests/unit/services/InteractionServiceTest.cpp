#include "TestDatabase.h"

#include "services/CustomerService.h"
#include "services/InteractionService.h"
#include "storage/AuditRepository.h"
#include "storage/InteractionRepository.h"

#include <catch2/catch.hpp>

using namespace comptoir;

namespace {

struct Fixture {
    test::TestDatabase t;
    InteractionService service{t.db(), t.clock()};
    Session associate = t.associate();
    qint64 customer = addCustomer("Hélène", "Dupont");

    qint64 addCustomer(const char *first, const char *last)
    {
        CustomerInput in;
        in.firstName = QString::fromUtf8(first);
        in.lastName = QString::fromUtf8(last);
        return CustomerService(t.db(), t.clock()).create(t.associate(), in).value();
    }
    qint64 writes() { return t.count(QStringLiteral("interaction")) + t.count(QStringLiteral("audit_log")); }
};

} // namespace

TEST_CASE_METHOD(Fixture, "An interaction is logged now, by the user, and audited", "[interaction][service]")
{
    auto id = service.log(associate, customer, QStringLiteral("phone"), QStringLiteral("call"),
                          QStringLiteral("  Asked about the blue coat in size 40  "));
    REQUIRE(id.ok());
    InteractionRepository repo(t.db());
    const auto logged = repo.forCustomer(customer).value();
    REQUIRE(logged.size() == 1);
    CHECK(logged[0].id == *id);
    CHECK(logged[0].channel == QStringLiteral("phone"));
    CHECK(logged[0].kind == QStringLiteral("call"));
    CHECK(logged[0].note == QStringLiteral("Asked about the blue coat in size 40"));
    CHECK(logged[0].userId == associate.userId);
    CHECK(logged[0].at == t.clock().nowUtc());

    AuditRepository audit(t.db());
    AuditFilter f;
    f.entity = QStringLiteral("interaction");
    const auto entries = audit.list(f).value();
    REQUIRE(entries.size() == 1);
    CHECK(entries[0].entityId == *id);
    CHECK(entries[0].scope == QStringLiteral("customer"));
    CHECK(entries[0].changes.value(QStringLiteral("kind")).toObject().value(QStringLiteral("after")).toString()
          == QStringLiteral("call"));

    // A visit needs no note; an intern may log too.
    CHECK(service.log(t.intern(), customer, QStringLiteral("store"), QStringLiteral("visit"), QString()).ok());
    CHECK(repo.forCustomer(customer).value().size() == 2);
}

TEST_CASE_METHOD(Fixture, "Bad interactions are refused, naming the field, and write nothing", "[interaction][service]")
{
    const qint64 before = writes();
    auto refused = [&](const Session &s, qint64 id, const char *channel, const char *kind, const QString &note) {
        auto r = service.log(s, id, QString::fromLatin1(channel), QString::fromLatin1(kind), note);
        REQUIRE_FALSE(r.ok());
        return r.error();
    };
    const QString ok = QStringLiteral("text");

    CHECK(refused(associate, customer, "fax", "call", ok).field == QStringLiteral("channel"));
    CHECK(refused(associate, customer, "", "call", ok).field == QStringLiteral("channel"));
    const Error automatic = refused(associate, customer, "store", "sale", ok);
    CHECK(automatic.field == QStringLiteral("kind"));
    CHECK(automatic.message.contains(QStringLiteral("sale")));
    CHECK(refused(associate, customer, "store", "gossip", ok).field == QStringLiteral("kind"));
    CHECK(refused(associate, customer, "store", "note", QStringLiteral("   ")).field == QStringLiteral("note"));
    CHECK(refused(associate, customer, "store", "note", QString(2001, QLatin1Char('x'))).field == QStringLiteral("note"));
    CHECK(refused(associate, customer, "store", "note", QStringLiteral("bell\x07")).field == QStringLiteral("note"));
    const Error unknown = refused(associate, customer + 99, "store", "visit", ok);
    CHECK(unknown.code == ErrorCode::NotFound);
    CHECK(unknown.field == QStringLiteral("customer_id"));
    CHECK(refused(t.technician(), customer, "store", "visit", ok).code == ErrorCode::PermissionDenied);

    const qint64 other = addCustomer("Helene", "Dupont");
    const qint64 afterSetup = writes();
    REQUIRE(CustomerService(t.db(), t.clock()).merge(t.manager(), customer, other).ok());
    const qint64 afterMerge = writes();
    const Error merged = refused(associate, other, "store", "visit", ok);
    CHECK(merged.code == ErrorCode::Conflict);
    CHECK(merged.field == QStringLiteral("customer_id"));
    CHECK(writes() == afterMerge);
    CHECK(afterSetup - before == 1);     // the second customer's creation
    CHECK(afterMerge - afterSetup == 1); // the merge's audit entry
    CHECK(t.count(QStringLiteral("interaction")) == 0);
}
