#include "AccessFixture.h"

using namespace comptoir;
using comptoir::test::AccessFixture;

namespace {
NewUser account(const QString &login, const QString &role)
{
    return {login, login + QStringLiteral(" Name"), role, QStringLiteral("phrase de passe de ") + login};
}
} // namespace

TEST_CASE("A new store needs its manager and technician accounts", "[access][firstrun]")
{
    AccessFixture f; // no user yet: TestDatabase creates users only when a session is asked for
    REQUIRE(f.t.count(QStringLiteral("app_user")) == 0);
    CHECK(f.auth.needsFirstRunSetup().value());
    CHECK(f.auth.firstRunRoles().value() == QStringList{QStringLiteral("manager"), QStringLiteral("technician")});

    SECTION("the first-run dialog creates both at once; then setup is over")
    {
        REQUIRE(f.auth.createInitialAccounts(account(QStringLiteral("directrice"), QString()),
                                             account(QStringLiteral("tech"), QString()))
                    .ok());
        CHECK_FALSE(f.auth.needsFirstRunSetup().value());
        CHECK(f.auth.firstRunRoles().value().isEmpty());
        auto manager = f.auth.signIn(QStringLiteral("directrice"), QStringLiteral("phrase de passe de directrice"));
        REQUIRE(manager.ok());
        CHECK(manager->role == QStringLiteral("manager"));
        CHECK(f.auth.signIn(QStringLiteral("tech"), QStringLiteral("phrase de passe de tech"))->role
              == QStringLiteral("technician"));
        CHECK(f.t.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'user' AND action = 'create' "
                                        "AND login = 'setup' AND scope = 'system'"))
                  .toInt()
              == 2);

        const qint64 users = f.t.count(QStringLiteral("app_user"));
        const Status again = f.auth.createInitialAccounts(account(QStringLiteral("intrus"), QString()),
                                                          account(QStringLiteral("intrus2"), QString()));
        REQUIRE_FALSE(again.ok());
        CHECK(again.error().code == ErrorCode::Conflict);
        CHECK(f.t.count(QStringLiteral("app_user")) == users);
        CHECK(f.auth.createInitialAccount(account(QStringLiteral("intrus"), QStringLiteral("technician"))).error().code
              == ErrorCode::PermissionDenied);
        CHECK(f.t.count(QStringLiteral("app_user")) == users);
    }
    SECTION("a bad second account writes neither")
    {
        NewUser tech = account(QStringLiteral("tech"), QString());
        tech.password = QStringLiteral("trop court");
        const Status s = f.auth.createInitialAccounts(account(QStringLiteral("directrice"), QString()), tech);
        REQUIRE_FALSE(s.ok());
        CHECK(s.error().field == QStringLiteral("password"));
        CHECK(f.t.count(QStringLiteral("app_user")) == 0);
        CHECK(f.t.count(QStringLiteral("audit_log")) == 0);
    }
    SECTION("one at a time (the CLI): manager, then technician, then nothing more")
    {
        REQUIRE(f.auth.createInitialAccount(account(QStringLiteral("directrice"), QStringLiteral("manager"))).ok());
        CHECK_FALSE(f.auth.needsFirstRunSetup().value());
        CHECK(f.auth.firstRunRoles().value() == QStringList{QStringLiteral("technician")});
        const auto secondManager = f.auth.createInitialAccount(account(QStringLiteral("autre"), QStringLiteral("manager")));
        REQUIRE_FALSE(secondManager.ok());
        CHECK(secondManager.error().field == QStringLiteral("role"));
        REQUIRE(f.auth.createInitialAccount(account(QStringLiteral("tech"), QStringLiteral("technician"))).ok());
        CHECK(f.auth.createInitialAccount(account(QStringLiteral("vendeur"), QStringLiteral("sales_associate"))).error().code
              == ErrorCode::PermissionDenied);
        CHECK(f.t.count(QStringLiteral("app_user")) == 2);
    }
    SECTION("only a manager or a technician can be created without signing in")
    {
        const auto r = f.auth.createInitialAccount(account(QStringLiteral("vendeur"), QStringLiteral("sales_associate")));
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().field == QStringLiteral("role"));
        CHECK(f.t.count(QStringLiteral("app_user")) == 0);
    }
}

TEST_CASE("A store with a technician is past setup", "[access][firstrun]")
{
    AccessFixture f;
    f.t.technician();
    CHECK_FALSE(f.auth.needsFirstRunSetup().value());
    CHECK(f.auth.firstRunRoles().value().isEmpty());
}
