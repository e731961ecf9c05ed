#include "AccessFixture.h"

using namespace comptoir;
using comptoir::test::AccessFixture;

namespace {
const QString kPassword = QStringLiteral("un mot de passe assez long");
}

TEST_CASE("The technician creates accounts, bad input writes nothing", "[access][users]")
{
    AccessFixture f;
    const Session tech = f.t.technician();
    const qint64 users = f.t.count(QStringLiteral("app_user"));
    const qint64 audit = f.t.count(QStringLiteral("audit_log"));

    auto refused = [&](NewUser input, const QString &field) {
        auto r = f.admin.createUser(tech, input);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().field == field);
        CHECK(f.t.count(QStringLiteral("app_user")) == users);
        CHECK(f.t.count(QStringLiteral("audit_log")) == audit);
    };
    SECTION("login too short") { refused({QStringLiteral("a"), QStringLiteral("A"), QStringLiteral("intern"), kPassword}, QStringLiteral("login")); }
    SECTION("login with a space") { refused({QStringLiteral("jean pierre"), QStringLiteral("JP"), QStringLiteral("intern"), kPassword}, QStringLiteral("login")); }
    SECTION("login too long") { refused({QString(65, QLatin1Char('a')), QStringLiteral("A"), QStringLiteral("intern"), kPassword}, QStringLiteral("login")); }
    SECTION("no display name") { refused({QStringLiteral("jp"), QStringLiteral("  "), QStringLiteral("intern"), kPassword}, QStringLiteral("display_name")); }
    SECTION("unknown role") { refused({QStringLiteral("jp"), QStringLiteral("JP"), QStringLiteral("boss"), kPassword}, QStringLiteral("role")); }
    SECTION("password of 11 characters") { refused({QStringLiteral("jp"), QStringLiteral("JP"), QStringLiteral("intern"), QStringLiteral("abcdefghijk")}, QStringLiteral("password")); }
    SECTION("login already taken, whatever its case")
    {
        f.addUser(QStringLiteral("marie"), QStringLiteral("intern"), kPassword);
        const qint64 afterFirst = f.t.count(QStringLiteral("app_user"));
        auto r = f.admin.createUser(tech, {QStringLiteral("MARIE"), QStringLiteral("Marie 2"), QStringLiteral("intern"), kPassword});
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == ErrorCode::Conflict);
        CHECK(f.t.count(QStringLiteral("app_user")) == afterFirst);
    }
    SECTION("a valid account is created with a hash and an audit entry without it")
    {
        auto id = f.admin.createUser(tech, {QStringLiteral(" j.dupont "), QStringLiteral("Jean Dupont"),
                                            QStringLiteral("sales_associate"), kPassword});
        REQUIRE(id.ok());
        auto user = f.admin.findByLogin(tech, QStringLiteral("j.dupont"));
        REQUIRE(user.ok());
        CHECK(user->id == *id);
        CHECK(user->role == QStringLiteral("sales_associate"));
        CHECK(user->active);
        CHECK(f.hasher.verify(f.hashOf(QStringLiteral("j.dupont")), kPassword));
        const QString changes = f.t.scalar(QStringLiteral("SELECT changes FROM audit_log ORDER BY id DESC LIMIT 1")).toString();
        CHECK(changes.contains(QStringLiteral("j.dupont")));
        CHECK_FALSE(changes.contains(QStringLiteral("password")));
        CHECK(f.t.scalar(QStringLiteral("SELECT scope FROM audit_log ORDER BY id DESC LIMIT 1")).toString() == QStringLiteral("system"));
    }
}

TEST_CASE("Only the technician administers users, manager and technician read the sign-in log", "[access][users][permissions]")
{
    AccessFixture f;
    const qint64 target = f.addUser(QStringLiteral("marie"), QStringLiteral("intern"), kPassword);
    struct Case {
        QString role;
        bool admin;
        bool loginLog;
    };
    for (const Case &c : {Case{QStringLiteral("technician"), true, true}, Case{QStringLiteral("manager"), false, true},
                          Case{QStringLiteral("sales_associate"), false, false}, Case{QStringLiteral("intern"), false, false}}) {
        INFO(c.role.toStdString());
        const Session s = f.t.session(c.role);
        const qint64 users = f.t.count(QStringLiteral("app_user"));
        const qint64 audit = f.t.count(QStringLiteral("audit_log"));
        const QString hash = f.hashOf(QStringLiteral("marie"));

        auto created = f.admin.createUser(s, {QStringLiteral("new_") + c.role, QStringLiteral("N"), QStringLiteral("intern"), kPassword});
        const Status disabled = f.admin.setActive(s, target, false);
        const Status enabled = f.admin.setActive(s, target, true);
        const Status reset = f.admin.resetPassword(s, target, QStringLiteral("nouveau mot de passe ") + c.role);
        auto list = f.admin.users(s);
        auto log = f.admin.loginHistory(s, {});

        CHECK(created.ok() == c.admin);
        CHECK(disabled.ok() == c.admin);
        CHECK(enabled.ok() == c.admin);
        CHECK(reset.ok() == c.admin);
        CHECK(list.ok() == c.admin);
        CHECK(log.ok() == c.loginLog);
        if (!c.admin) {
            CHECK(created.error().message == QStringLiteral("permission denied: user.admin"));
            CHECK(reset.error().code == ErrorCode::PermissionDenied);
            CHECK(f.t.count(QStringLiteral("app_user")) == users);
            CHECK(f.t.count(QStringLiteral("audit_log")) == audit);
            CHECK(f.hashOf(QStringLiteral("marie")) == hash);
        }
        if (!c.loginLog)
            CHECK(log.error().message == QStringLiteral("permission denied: loginlog.view"));
    }
}

TEST_CASE("Disabling and enabling accounts", "[access][users]")
{
    AccessFixture f;
    const Session tech = f.t.technician();
    const qint64 id = f.addUser(QStringLiteral("marie"), QStringLiteral("intern"), kPassword);

    REQUIRE(f.admin.setActive(tech, id, false).ok());
    CHECK_FALSE(f.admin.findByLogin(tech, QStringLiteral("marie"))->active);
    CHECK(f.t.scalar(QStringLiteral("SELECT action FROM audit_log ORDER BY id DESC LIMIT 1")).toString() == QStringLiteral("disable"));
    const qint64 audit = f.t.count(QStringLiteral("audit_log"));
    REQUIRE(f.admin.setActive(tech, id, false).ok()); // already disabled: no new entry
    CHECK(f.t.count(QStringLiteral("audit_log")) == audit);
    REQUIRE(f.admin.setActive(tech, id, true).ok());
    CHECK(f.admin.findByLogin(tech, QStringLiteral("marie"))->active);

    CHECK(f.admin.setActive(tech, 9999, false).error().code == ErrorCode::NotFound);

    SECTION("the technician cannot disable their own account")
    {
        const Status s = f.admin.setActive(tech, tech.userId, false);
        REQUIRE_FALSE(s.ok());
        CHECK(s.error().message.contains(QStringLiteral("own account")));
    }
    SECTION("nor the last active technician")
    {
        const qint64 other = f.addUser(QStringLiteral("tech2"), QStringLiteral("technician"), kPassword);
        REQUIRE(f.admin.setActive(tech, other, false).ok()); // test_technician remains
        auto tech2 = f.admin.setActive(tech, other, true);
        REQUIRE(tech2.ok());
        auto signedIn = f.auth.signIn(QStringLiteral("tech2"), kPassword);
        REQUIRE(signedIn.ok());
        REQUIRE(f.admin.setActive(*signedIn, tech.userId, false).ok());
        const Status last = f.admin.setActive(tech, other, false);
        REQUIRE_FALSE(last.ok());
        CHECK(last.error().message.contains(QStringLiteral("last active technician")));
    }
}

TEST_CASE("A password reset sets the password and lifts a lock-out", "[access][users]")
{
    AccessFixture f;
    const qint64 id = f.addUser(QStringLiteral("marie"), QStringLiteral("intern"), kPassword);
    for (int i = 0; i < 5; ++i)
        (void)f.auth.signIn(QStringLiteral("marie"), QStringLiteral("mauvais mot de passe"));
    REQUIRE(f.auth.signIn(QStringLiteral("marie"), kPassword).error().message.contains(QStringLiteral("locked")));

    const QString fresh = QStringLiteral("mot de passe provisoire");
    CHECK(f.admin.resetPassword(f.t.technician(), id, QStringLiteral("court")).error().field == QStringLiteral("password"));
    REQUIRE(f.admin.resetPassword(f.t.technician(), id, fresh).ok());
    CHECK_FALSE(f.auth.signIn(QStringLiteral("marie"), kPassword).ok());
    CHECK(f.auth.signIn(QStringLiteral("marie"), fresh).ok());
    CHECK(f.admin.resetPassword(f.t.technician(), 9999, fresh).error().code == ErrorCode::NotFound);
}

TEST_CASE("The user list and the sign-in log", "[access][users]")
{
    AccessFixture f;
    const Session tech = f.t.technician();
    f.addUser(QStringLiteral("marie"), QStringLiteral("intern"), kPassword);
    f.addUser(QStringLiteral("paul"), QStringLiteral("manager"), kPassword);
    REQUIRE(f.auth.signIn(QStringLiteral("marie"), kPassword).ok());
    f.t.clock().advanceSeconds(3600);
    (void)f.auth.signIn(QStringLiteral("paul"), QStringLiteral("mauvais mot de passe"));

    auto users = f.admin.users(tech);
    REQUIRE(users.ok());
    QStringList logins;
    for (const User &u : *users)
        logins << u.login;
    CHECK(logins == QStringList{QStringLiteral("marie"), QStringLiteral("paul"), QStringLiteral("test_technician")});

    auto all = f.admin.loginHistory(tech, {});
    REQUIRE(all.ok());
    REQUIRE(all->size() == 2);
    CHECK(all->at(0).login == QStringLiteral("paul")); // newest first
    CHECK_FALSE(all->at(0).success);
    CHECK(all->at(1).success);
    auto marie = f.admin.loginHistory(tech, {QStringLiteral("MARIE"), {}, {}, 100});
    REQUIRE(marie.ok());
    REQUIRE(marie->size() == 1);
    CHECK(marie->at(0).reason == QStringLiteral("ok"));
    auto recent = f.admin.loginHistory(tech, {QString(), f.t.clock().nowUtc().addSecs(-60), {}, 100});
    REQUIRE(recent.ok());
    CHECK(recent->size() == 1);
}
