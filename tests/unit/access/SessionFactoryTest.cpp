#include "access/SessionFactory.h"

#include <catch2/catch.hpp>

using namespace comptoir;

TEST_CASE("A user's session carries the permissions handed in for its role", "[access][session]")
{
    User user;
    user.id = 7;
    user.login = QStringLiteral("claire");
    user.displayName = QStringLiteral("Claire Martin");
    user.role = QStringLiteral("manager");
    const Session s = SessionFactory::forUser(user, {QStringLiteral("kpi.view"), QStringLiteral("sale.create")});
    CHECK(s.userId == 7);
    CHECK(s.login == QStringLiteral("claire"));
    CHECK(s.displayName == QStringLiteral("Claire Martin"));
    CHECK(s.role == QStringLiteral("manager"));
    CHECK(s.can(QStringLiteral("kpi.view")));
    CHECK_FALSE(s.can(QStringLiteral("user.admin")));
    CHECK(require(s, QStringLiteral("sale.create")).ok());
    CHECK(require(s, QStringLiteral("user.admin")).error().code == ErrorCode::PermissionDenied);
}

TEST_CASE("The first-run setup session can call no service", "[access][session]")
{
    const Session s = SessionFactory::setup();
    CHECK(s.userId == 0);
    CHECK(s.login == QStringLiteral("setup"));
    CHECK(s.permissions.isEmpty());
    CHECK(require(s, QStringLiteral("customer.read")).error().code == ErrorCode::PermissionDenied);
}
