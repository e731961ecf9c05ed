#include "AccessFixture.h"

#include "services/AuditService.h"
#include "services/CustomerService.h"

#include <QJsonDocument>

using namespace comptoir;
using comptoir::test::AccessFixture;

namespace {

const QString kPassword = QStringLiteral("un mot de passe assez long");

CustomerInput person(int i)
{
    CustomerInput c;
    c.firstName = QStringLiteral("Jeanne");
    c.lastName = QStringLiteral("Martin %1").arg(i);
    c.email = QStringLiteral("jeanne%1@example.fr").arg(i);
    c.city = QStringLiteral("Lyon");
    return c;
}

/** Customers created and edited, users created, sign-ins: entries of every scope. */
void workload(AccessFixture &f)
{
    CustomerService customers(f.t.db(), f.t.clock());
    const Session associate = f.t.associate();
    for (int i = 0; i < 20; ++i) {
        auto id = customers.create(associate, person(i));
        INFO((id.ok() ? QString() : id.error().toString()).toStdString());
        REQUIRE(id.ok());
        if (i % 3 == 0) {
            CustomerInput changed = person(i);
            changed.city = QStringLiteral("Villeurbanne");
            REQUIRE(customers.update(associate, *id, changed).ok());
        }
        f.t.clock().advanceSeconds(60);
    }
    f.addUser(QStringLiteral("marie"), QStringLiteral("sales_associate"), kPassword);
    REQUIRE(f.auth.signIn(QStringLiteral("marie"), kPassword).ok());
    (void)f.auth.signIn(QStringLiteral("marie"), QStringLiteral("mauvais mot de passe"));
}

} // namespace

TEST_CASE("The audit chain is intact after a workload", "[access][audit]")
{
    AccessFixture f;
    workload(f);
    AuditService audit(f.t.db());
    auto check = audit.verifyChain(f.t.manager());
    REQUIRE(check.ok());
    CHECK(check->checked == f.t.count(QStringLiteral("audit_log")));
    CHECK(check->checked >= 27);
    CHECK_FALSE(check->firstBadId.has_value());
    CHECK(audit.verifyChain(f.t.technician()).ok());
    CHECK(audit.verifyChain(f.t.associate()).error().code == ErrorCode::PermissionDenied);
}

TEST_CASE("A raw edit of one audit entry breaks the chain at that entry", "[access][audit]")
{
    AccessFixture f;
    workload(f);
    AuditService audit(f.t.db());
    const qint64 victim = f.t.scalar(QStringLiteral("SELECT id FROM audit_log WHERE action = 'update' ORDER BY id LIMIT 1 OFFSET 2")).toLongLong();
    REQUIRE(victim > 1);
    REQUIRE(victim < f.t.count(QStringLiteral("audit_log")));

    SECTION("the append-only trigger refuses the edit")
    {
        CHECK_FALSE(f.t.db().exec(QStringLiteral("UPDATE audit_log SET login = 'x' WHERE id = %1").arg(victim)).ok());
        CHECK_FALSE(audit.verifyChain(f.t.manager())->firstBadId.has_value());
    }
    SECTION("an attacker who drops the trigger is still found out: altered entry")
    {
        REQUIRE(f.t.db().exec(QStringLiteral("DROP TRIGGER audit_log_no_update")).ok());
        REQUIRE(f.t.db().exec(QStringLiteral("UPDATE audit_log SET changes = replace(changes, 'Villeurbanne', 'Lyon') "
                                             "WHERE id = %1").arg(victim)).ok());
        auto check = audit.verifyChain(f.t.manager());
        REQUIRE(check.ok());
        REQUIRE(check->firstBadId.has_value());
        CHECK(*check->firstBadId == victim);
        CHECK(check->problem.contains(QString::number(victim)));
        CHECK(check->problem.contains(QStringLiteral("altered")));
    }
    SECTION("re-hashing the edited entry does not help: the next one no longer follows")
    {
        REQUIRE(f.t.db().exec(QStringLiteral("DROP TRIGGER audit_log_no_update")).ok());
        REQUIRE(f.t.db().exec(QStringLiteral("UPDATE audit_log SET hash = '%1' WHERE id = %2")
                                  .arg(QString(64, QLatin1Char('a')))
                                  .arg(victim))
                    .ok());
        auto check = audit.verifyChain(f.t.manager());
        REQUIRE(check->firstBadId.has_value());
        CHECK(*check->firstBadId == victim); // its own hash no longer matches its content
    }
    SECTION("a removed entry is located")
    {
        REQUIRE(f.t.db().exec(QStringLiteral("DROP TRIGGER audit_log_no_delete")).ok());
        REQUIRE(f.t.db().exec(QStringLiteral("DELETE FROM audit_log WHERE id = %1").arg(victim)).ok());
        auto check = audit.verifyChain(f.t.manager());
        REQUIRE(check->firstBadId.has_value());
        CHECK(*check->firstBadId == victim + 1);
        CHECK(check->problem.contains(QStringLiteral("missing")));
    }
}

TEST_CASE("The technician reads only system entries of the audit trail", "[access][audit][permissions]")
{
    AccessFixture f;
    workload(f);
    AuditService audit(f.t.db());
    const qint64 total = f.t.count(QStringLiteral("audit_log"));
    const qint64 system = f.t.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE scope = 'system'")).toLongLong();
    REQUIRE(system > 0);
    REQUIRE(system < total);

    auto all = audit.list(f.t.manager(), {});
    REQUIRE(all.ok());
    CHECK(all->size() == total);

    auto tech = audit.list(f.t.technician(), {});
    REQUIRE(tech.ok());
    CHECK(tech->size() == system);
    for (const AuditEntry &e : *tech)
        CHECK(e.scope == QStringLiteral("system"));

    SECTION("asking for customer entries explicitly gives nothing")
    {
        AuditFilter filter;
        filter.entity = QStringLiteral("customer");
        filter.scopes = {QStringLiteral("customer")};
        auto r = audit.list(f.t.technician(), filter);
        REQUIRE(r.ok());
        CHECK(r->isEmpty());
        auto m = audit.list(f.t.manager(), filter);
        REQUIRE(m.ok());
        CHECK(m->size() == 27); // 20 creates + 7 updates
    }
    SECTION("no text of a customer reaches the technician")
    {
        for (const AuditEntry &e : *tech) {
            const QString text = QString::fromUtf8(QJsonDocument(e.changes).toJson());
            CHECK_FALSE(text.contains(QStringLiteral("Jeanne")));
            CHECK_FALSE(text.contains(QStringLiteral("example.fr")));
            CHECK(e.entity != QStringLiteral("customer"));
        }
    }
    SECTION("sales associates and interns are refused")
    {
        CHECK(audit.list(f.t.associate(), {}).error().message == QStringLiteral("permission denied: audit.view"));
        CHECK(audit.list(f.t.intern(), {}).error().code == ErrorCode::PermissionDenied);
    }
}

TEST_CASE("The audit listing filters by login, entity and time", "[access][audit]")
{
    AccessFixture f;
    const QDateTime start = f.t.clock().nowUtc();
    workload(f);
    AuditService audit(f.t.db());
    const Session manager = f.t.manager();

    AuditFilter byLogin;
    byLogin.login = QStringLiteral("marie");
    auto marie = audit.list(manager, byLogin);
    REQUIRE(marie.ok());
    REQUIRE(marie->size() == 2); // sign_in and sign_in_failed
    for (const AuditEntry &e : *marie)
        CHECK(e.login == QStringLiteral("marie"));

    AuditFilter byEntity;
    byEntity.entity = QStringLiteral("user");
    auto users = audit.list(manager, byEntity);
    REQUIRE(users.ok());
    CHECK(users->size() == f.t.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'user'")).toInt());

    AuditFilter window;
    window.from = start.addSecs(5 * 60);
    window.to = start.addSecs(10 * 60);
    auto slice = audit.list(manager, window);
    REQUIRE(slice.ok());
    REQUIRE_FALSE(slice->isEmpty());
    for (const AuditEntry &e : *slice) {
        CHECK(e.at >= window.from);
        CHECK(e.at < window.to);
    }
    CHECK(slice->first().id > slice->last().id); // newest first
}
