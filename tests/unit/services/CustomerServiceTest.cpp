#include "TestDatabase.h"

#include "services/CustomerService.h"
#include "storage/AuditRepository.h"

#include <catch2/catch.hpp>

using namespace comptoir;

namespace {

CustomerInput person(const char *first, const char *last)
{
    CustomerInput c;
    c.firstName = QString::fromUtf8(first);
    c.lastName = QString::fromUtf8(last);
    return c;
}

QList<qint64> idsOf(const QList<Customer> &customers)
{
    QList<qint64> ids;
    for (const Customer &c : customers)
        ids.append(c.id);
    return ids;
}

QList<AuditEntry> auditOf(test::TestDatabase &t, const QString &entity)
{
    AuditRepository audit(t.db());
    AuditFilter f;
    f.entity = entity;
    return audit.list(f).value();
}

struct Fixture {
    test::TestDatabase t;
    CustomerService service{t.db(), t.clock()};
    Session associate = t.associate();
};

} // namespace

TEST_CASE_METHOD(Fixture, "A customer is created normalised, found back and audited", "[customer][service]")
{
    CustomerInput in = person("  Hélène ", "Dupont");
    in.email = QStringLiteral("Helene.Dupont@Exemple.FR");
    in.phone = QStringLiteral("06 12 34 56 78");
    in.postalCode = QStringLiteral("69002");
    in.city = QStringLiteral("Lyon");
    in.loyaltyCard = QStringLiteral("card-0001");
    in.birthDate = QDate(1985, 3, 14);
    auto id = service.create(associate, in);
    REQUIRE(id.ok());

    auto found = service.findById(associate, *id);
    REQUIRE(found.ok());
    CHECK(found->firstName == QStringLiteral("Hélène"));
    CHECK(found->email == QStringLiteral("Helene.Dupont@exemple.fr"));
    CHECK(found->phone == QStringLiteral("+33612345678"));
    CHECK(found->loyaltyCard == QStringLiteral("CARD-0001"));
    CHECK(found->birthDate == QDate(1985, 3, 14));
    CHECK(found->createdAt == t.clock().nowUtc());

    const auto entries = auditOf(t, QStringLiteral("customer"));
    REQUIRE(entries.size() == 1);
    CHECK(entries[0].action == QStringLiteral("create"));
    CHECK(entries[0].entityId == *id);
    CHECK(entries[0].scope == QStringLiteral("customer"));
    CHECK(entries[0].login == associate.login);
    CHECK(entries[0].changes.value(QStringLiteral("phone")).toObject().value(QStringLiteral("after")).toString()
          == QStringLiteral("+33612345678"));

    CHECK(service.findById(associate, *id + 100).error().code == ErrorCode::NotFound);
}

TEST_CASE_METHOD(Fixture, "Customers are found by card, phone in any written form and e-mail", "[customer][service]")
{
    CustomerInput in = person("Marie", "Curie");
    in.email = QStringLiteral("marie.curie@example.fr");
    in.phone = QStringLiteral("+33 6 11 22 33 44");
    in.loyaltyCard = QStringLiteral("FID1234");
    const qint64 id = service.create(associate, in).value();

    CHECK(service.findByLoyaltyCard(associate, QStringLiteral(" fid1234 "))->id == id);
    for (const char *written : {"06 11 22 33 44", "06.11.22.33.44", "+33611223344", "0033 6 11 22 33 44",
                                "+33 (0)6 11 22 33 44"}) {
        INFO(written);
        auto r = service.findByPhone(associate, QString::fromLatin1(written));
        REQUIRE(r.ok());
        CHECK(r->id == id);
    }
    CHECK(service.findByEmail(associate, QStringLiteral("MARIE.CURIE@EXAMPLE.FR"))->id == id);

    CHECK(service.findByPhone(associate, QStringLiteral("06 99 99 99 99")).error().code == ErrorCode::NotFound);
    CHECK(service.findByPhone(associate, QStringLiteral("12345")).error().code == ErrorCode::Validation);
    CHECK(service.findByEmail(associate, QStringLiteral("nobody@example.fr")).error().code == ErrorCode::NotFound);
    CHECK(service.findByLoyaltyCard(associate, QStringLiteral("NOPE")).error().code == ErrorCode::NotFound);
}

TEST_CASE_METHOD(Fixture, "Updating a customer audits only the changed fields, before and after", "[customer][service]")
{
    CustomerInput in = person("Jean", "Martin");
    in.city = QStringLiteral("Lyon");
    const qint64 id = service.create(associate, in).value();
    t.clock().advanceSeconds(3600);

    in.city = QStringLiteral("Villeurbanne");
    in.phone = QStringLiteral("07 00 00 00 01");
    REQUIRE(service.update(associate, id, in).ok());
    auto after = service.findById(associate, id);
    CHECK(after->city == QStringLiteral("Villeurbanne"));
    CHECK(after->updatedAt == t.clock().nowUtc());
    CHECK(after->createdAt == t.clock().nowUtc().addSecs(-3600));

    const auto entries = auditOf(t, QStringLiteral("customer"));
    REQUIRE(entries.size() == 2);
    const AuditEntry &update = entries[0]; // newest first
    CHECK(update.action == QStringLiteral("update"));
    const QJsonObject city = update.changes.value(QStringLiteral("city")).toObject();
    CHECK(city.value(QStringLiteral("before")).toString() == QStringLiteral("Lyon"));
    CHECK(city.value(QStringLiteral("after")).toString() == QStringLiteral("Villeurbanne"));
    CHECK(update.changes.value(QStringLiteral("phone")).toObject().value(QStringLiteral("after")).toString()
          == QStringLiteral("+33700000001"));
    CHECK(update.changes.keys() == QStringList{QStringLiteral("city"), QStringLiteral("phone")});

    CHECK(service.update(associate, id + 50, in).error().code == ErrorCode::NotFound);
}

TEST_CASE_METHOD(Fixture, "The customer list pages in name order", "[customer][service]")
{
    const QList<std::pair<const char *, const char *>> names{
        {"Zoé", "Bernard"}, {"Adam", "Martin"}, {"Louis", "Bernard"}, {"Emma", "Durand"}, {"Alice", "Albert"}};
    for (const auto &[first, last] : names)
        REQUIRE(service.create(associate, person(first, last)).ok());
    CHECK(*service.count(associate) == 5);

    auto page1 = service.list(associate, 0, 2);
    auto page2 = service.list(associate, 2, 2);
    auto page3 = service.list(associate, 4, 2);
    REQUIRE(page1->size() == 2);
    REQUIRE(page2->size() == 2);
    REQUIRE(page3->size() == 1);
    QStringList order;
    for (const auto *page : {&page1, &page2, &page3})
        for (const Customer &c : page->value())
            order << c.displayName();
    CHECK(order == QStringList{QStringLiteral("Alice Albert"), QStringLiteral("Louis Bernard"),
                               QString::fromUtf8("Zoé Bernard"), QStringLiteral("Emma Durand"),
                               QStringLiteral("Adam Martin")});
}

TEST_CASE_METHOD(Fixture, "Search-as-you-type finds prefixes, ignores accents, and reads phones", "[customer][search]")
{
    CustomerInput helene = person("Hélène", "Dupont");
    helene.phone = QStringLiteral("06 12 34 56 78");
    helene.email = QStringLiteral("h.dupont@exemple.fr");
    helene.city = QStringLiteral("Lyon");
    const qint64 heleneId = service.create(associate, helene).value();
    CustomerInput eric = person("Eric", "Lefèvre");
    eric.phone = QStringLiteral("07 98 76 54 32");
    eric.city = QStringLiteral("Marseille");
    const qint64 ericId = service.create(associate, eric).value();
    CustomerInput other = person("Paul", "Helder");
    other.city = QStringLiteral("Lille");
    const qint64 paulId = service.create(associate, other).value();

    auto search = [&](const char *text) { return idsOf(service.search(associate, QString::fromUtf8(text)).value()); };

    CHECK(search("hél").contains(heleneId));
    CHECK(search("hel").contains(heleneId));   // prefix, accents folded
    CHECK(search("hel").contains(paulId));     // "Helder" starts with hel too
    CHECK(search("helene") == QList<qint64>{heleneId});
    CHECK(search("HELENE dup") == QList<qint64>{heleneId});
    CHECK(search("Éric") == QList<qint64>{ericId});   // accent typed, none stored
    CHECK(search("lefevre") == QList<qint64>{ericId}); // none typed, accent stored
    CHECK(search("0612") == QList<qint64>{heleneId});
    CHECK(search("+33612") == QList<qint64>{heleneId});
    CHECK(search("06 12 34") == QList<qint64>{heleneId});
    CHECK(search("0033 7 98") == QList<qint64>{ericId});
    CHECK(search("marseille") == QList<qint64>{ericId});
    CHECK(search("h.dupont@exemple") == QList<qint64>{heleneId});
    CHECK(search("zzz").isEmpty());
    CHECK(search("\"*()").size() == 3); // nothing searchable: the plain list
}

TEST_CASE_METHOD(Fixture, "Likely duplicates: same e-mail, phone, card, or name and postal code", "[customer][duplicates]")
{
    CustomerInput base = person("Luc", "Moreau");
    base.email = QStringLiteral("luc.moreau@example.fr");
    base.phone = QStringLiteral("0611111111");
    base.loyaltyCard = QStringLiteral("FID-9");
    base.postalCode = QStringLiteral("75011");
    const qint64 id = service.create(associate, base).value();
    REQUIRE(service.create(associate, person("Anne", "Petit")).ok());

    CustomerInput probe = person("Someone", "Else");
    probe.email = QStringLiteral("LUC.MOREAU@EXAMPLE.FR");
    CHECK(idsOf(service.likelyDuplicates(associate, probe).value()) == QList<qint64>{id});
    probe = person("Someone", "Else");
    probe.phone = QStringLiteral("+33 6 11 11 11 11");
    CHECK(idsOf(service.likelyDuplicates(associate, probe).value()) == QList<qint64>{id});
    probe = person("Someone", "Else");
    probe.loyaltyCard = QStringLiteral("fid-9");
    CHECK(idsOf(service.likelyDuplicates(associate, probe).value()) == QList<qint64>{id});
    probe = person(" luc ", "MOREAU");
    probe.postalCode = QStringLiteral("75011");
    CHECK(idsOf(service.likelyDuplicates(associate, probe).value()) == QList<qint64>{id});

    probe.postalCode = QStringLiteral("75012"); // same name elsewhere: another person
    CHECK(service.likelyDuplicates(associate, probe)->isEmpty());
    CHECK(service.likelyDuplicates(associate, base, id)->isEmpty()); // itself excluded
}

TEST_CASE_METHOD(Fixture, "A loyalty card already in use is a conflict and writes nothing", "[customer][service]")
{
    CustomerInput first = person("Anne", "Petit");
    first.loyaltyCard = QStringLiteral("FID-1");
    const qint64 firstId = service.create(associate, first).value();
    CustomerInput second = person("Paul", "Petit");
    const qint64 secondId = service.create(associate, second).value();
    const qint64 customers = t.count(QStringLiteral("customer"));
    const qint64 audits = t.count(QStringLiteral("audit_log"));

    second.loyaltyCard = QStringLiteral("fid-1");
    auto created = service.create(associate, second);
    REQUIRE_FALSE(created.ok());
    CHECK(created.error().code == ErrorCode::Conflict);
    CHECK(created.error().field == QStringLiteral("loyalty_card"));
    CHECK(created.error().message.contains(QString::number(firstId)));

    auto updated = service.update(associate, secondId, second);
    REQUIRE_FALSE(updated.ok());
    CHECK(updated.error().code == ErrorCode::Conflict);
    CHECK(service.findById(associate, secondId)->loyaltyCard.isEmpty());
    CHECK(t.count(QStringLiteral("customer")) == customers);
    CHECK(t.count(QStringLiteral("audit_log")) == audits);

    // Keeping one's own card is no conflict.
    first.city = QStringLiteral("Paris");
    CHECK(service.update(associate, firstId, first).ok());
}

TEST_CASE_METHOD(Fixture, "Invalid input writes nothing", "[customer][service]")
{
    const qint64 customers = t.count(QStringLiteral("customer"));
    const qint64 audits = t.count(QStringLiteral("audit_log"));
    const qint64 fts = t.count(QStringLiteral("customer_fts"));

    CustomerInput bad = person("Anne", "Petit");
    bad.email = QStringLiteral("anne.petit@");
    auto r = service.create(associate, bad);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().code == ErrorCode::Validation);
    CHECK(r.error().field == QStringLiteral("email"));

    bad = person("", "Petit");
    CHECK(service.create(associate, bad).error().field == QStringLiteral("first_name"));
    bad = person("Anne", "Petit");
    bad.birthDate = QDate(2030, 1, 1);
    CHECK(service.create(associate, bad).error().field == QStringLiteral("birth_date"));
    bad = person("Anne", "Petit");
    bad.postalCode = QStringLiteral("750");
    CHECK(service.create(associate, bad).error().field == QStringLiteral("postal_code"));
    bad = person("Anne", "Petit");
    bad.loyaltyCard = QStringLiteral("X");
    CHECK(service.create(associate, bad).error().field == QStringLiteral("loyalty_card"));
    bad = person("Anne", "Petit");
    bad.sourceChannel = QStringLiteral("pigeon");
    CHECK(service.create(associate, bad).error().field == QStringLiteral("source_channel"));

    CHECK(t.count(QStringLiteral("customer")) == customers);
    CHECK(t.count(QStringLiteral("audit_log")) == audits);
    CHECK(t.count(QStringLiteral("customer_fts")) == fts);
}

TEST_CASE_METHOD(Fixture, "A technician can neither write nor read customers", "[customer][access]")
{
    const qint64 id = service.create(associate, person("Anne", "Petit")).value();
    const Session tech = t.technician();
    const qint64 customers = t.count(QStringLiteral("customer"));
    const qint64 audits = t.count(QStringLiteral("audit_log"));

    auto created = service.create(tech, person("Paul", "Martin"));
    REQUIRE_FALSE(created.ok());
    CHECK(created.error().code == ErrorCode::PermissionDenied);
    CHECK(created.error().field == QStringLiteral("customer.write"));
    CHECK(service.update(tech, id, person("Hacked", "Name")).error().code == ErrorCode::PermissionDenied);
    CHECK(t.count(QStringLiteral("customer")) == customers);
    CHECK(t.count(QStringLiteral("audit_log")) == audits);
    CHECK(service.findById(associate, id)->firstName == QStringLiteral("Anne"));

    CHECK(service.findById(tech, id).error().code == ErrorCode::PermissionDenied);
    CHECK(service.search(tech, QStringLiteral("anne")).error().code == ErrorCode::PermissionDenied);
    CHECK(service.list(tech, 0, 10).error().code == ErrorCode::PermissionDenied);

    // The intern captures customers.
    CHECK(service.create(t.intern(), person("Léa", "Stagiaire")).ok());
}
