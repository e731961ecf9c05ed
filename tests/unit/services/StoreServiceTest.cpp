#include "TestDatabase.h"

#include "domain/StoreValidation.h"
#include "services/StoreService.h"
#include "storage/Database.h"

#include <catch2/catch.hpp>

#include <QTemporaryDir>

using namespace comptoir;

namespace {

StoreInfo identity()
{
    StoreInfo s;
    s.name = QStringLiteral("  Boutique Centre  ");
    s.address = QStringLiteral("12 rue de la Paix");
    s.postalCode = QStringLiteral("75002");
    s.city = QStringLiteral("Paris");
    s.phone = QStringLiteral("01 42 60 00 00");
    s.siret = QStringLiteral("732 829 320 00074"); // valid Luhn
    return s;
}

} // namespace

TEST_CASE("The store identity is updated with settings.write and audited as system", "[store][settings]")
{
    test::TestDatabase t;
    StoreService service(t.db(), t.clock());
    const qint64 audits = t.count(QStringLiteral("audit_log"));
    REQUIRE(service.updateStore(t.manager(), identity()).ok());
    const StoreInfo after = service.info().value();
    CHECK(after.name == QStringLiteral("Boutique Centre"));
    CHECK(after.code == QStringLiteral("TEST"));
    CHECK(after.phone == QStringLiteral("+33142600000"));
    CHECK(after.siret == QStringLiteral("73282932000074"));
    CHECK(t.count(QStringLiteral("audit_log")) == audits + 1);
    CHECK(t.scalar(QStringLiteral("SELECT scope FROM audit_log ORDER BY id DESC LIMIT 1")).toString()
          == QStringLiteral("system"));
    CHECK(t.scalar(QStringLiteral("SELECT entity FROM audit_log ORDER BY id DESC LIMIT 1")).toString()
          == QStringLiteral("store"));

    SECTION("optional fields may be emptied")
    {
        StoreInfo bare;
        bare.name = QStringLiteral("Boutique");
        REQUIRE(service.updateStore(t.technician(), bare).ok());
        CHECK(service.info()->siret.isEmpty());
        CHECK(service.info()->address.isEmpty());
    }
}

TEST_CASE("A bad store identity names its field and writes nothing", "[store][settings]")
{
    test::TestDatabase t;
    StoreService service(t.db(), t.clock());
    struct Case {
        const char *field;
        std::function<void(StoreInfo &)> spoil;
    };
    const QList<Case> cases{
        {"name", [](StoreInfo &s) { s.name = QStringLiteral("   "); }},
        {"postal_code", [](StoreInfo &s) { s.postalCode = QStringLiteral("7500"); }},
        {"phone", [](StoreInfo &s) { s.phone = QStringLiteral("12"); }},
        {"siret", [](StoreInfo &s) { s.siret = QStringLiteral("73282932000075"); }},
        {"address", [](StoreInfo &s) { s.address = QString(201, QLatin1Char('x')); }},
    };
    for (const Case &c : cases) {
        INFO(c.field);
        StoreInfo info = identity();
        c.spoil(info);
        const qint64 audits = t.count(QStringLiteral("audit_log"));
        auto s = service.updateStore(t.manager(), info);
        REQUIRE(!s.ok());
        CHECK(s.error().field == QString::fromLatin1(c.field));
        CHECK(t.count(QStringLiteral("audit_log")) == audits);
        CHECK(service.info()->name == QStringLiteral("Magasin test"));
    }
    auto denied = service.updateStore(t.associate(), identity());
    REQUIRE(!denied.ok());
    CHECK(denied.error().code == ErrorCode::PermissionDenied);
    CHECK(service.info()->name == QStringLiteral("Magasin test"));
}

TEST_CASE("The number of backups kept is a business setting", "[store][settings]")
{
    test::TestDatabase t;
    StoreService service(t.db(), t.clock());
    CHECK(service.backupKeep(t.intern()).value() == 10);
    REQUIRE(service.setBackupKeep(t.technician(), 25).ok());
    CHECK(service.backupKeep(t.associate()).value() == 25);
    CHECK(t.scalar(QStringLiteral("SELECT value FROM setting WHERE key = 'backup.keep'")).toString()
          == QStringLiteral("25"));
    CHECK(t.scalar(QStringLiteral("SELECT scope FROM audit_log ORDER BY id DESC LIMIT 1")).toString()
          == QStringLiteral("system"));

    const qint64 audits = t.count(QStringLiteral("audit_log"));
    for (int bad : {0, -3, 101}) {
        INFO(bad);
        auto s = service.setBackupKeep(t.manager(), bad);
        REQUIRE(!s.ok());
        CHECK(s.error().field == QStringLiteral("backup.keep"));
    }
    auto denied = service.setBackupKeep(t.associate(), 5);
    REQUIRE(!denied.ok());
    CHECK(denied.error().code == ErrorCode::PermissionDenied);
    CHECK(t.count(QStringLiteral("audit_log")) == audits);
    CHECK(service.backupKeep(t.manager()).value() == 25);
    CHECK(!service.backupKeep(Session{}).ok());
}

TEST_CASE("The first store of a new database needs only its name, and only once", "[store][first-run]")
{
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("new.db")));
    REQUIRE(db.ok());
    StoreService store(**db);
    CHECK(store.info().value().id == 0);

    StoreInfo unnamed;
    auto refused = store.createFirstStore(unnamed, QStringLiteral("2026-11-24T10:00:00Z"));
    REQUIRE(!refused.ok());
    CHECK(refused.error().field == QStringLiteral("store_name"));
    CHECK(store.info().value().id == 0);

    StoreInfo named;
    named.name = QStringLiteral("Papeterie du Centre"); // the other fields are not given (null)
    REQUIRE(store.createFirstStore(named, QStringLiteral("2026-11-24T10:00:00Z")).ok());
    const StoreInfo info = store.info().value();
    CHECK(info.id > 0);
    CHECK(info.name == QStringLiteral("Papeterie du Centre"));
    CHECK(info.address.isEmpty());

    auto twice = store.createFirstStore(named, QStringLiteral("2026-11-24T10:00:00Z"));
    REQUIRE(!twice.ok());
    CHECK(twice.error().code == ErrorCode::Conflict);
}
