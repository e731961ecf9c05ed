#include "TestDatabase.h"

#include "services/StaffService.h"

#include <catch2/catch.hpp>

#include <QSqlQuery>

using namespace comptoir;

namespace {

QStringList names(const QList<StaffMember> &staff)
{
    QStringList out;
    for (const StaffMember &m : staff)
        out << m.displayName;
    return out;
}

} // namespace

TEST_CASE("The sales staff list holds active users of the sales roles only", "[staff]")
{
    test::TestDatabase t;
    const Session associate = t.associate();
    const Session intern = t.intern();
    const Session manager = t.manager();
    const Session technician = t.technician();
    const Session leaver = t.session(QStringLiteral("sales_associate"));
    // A second associate who left: disabled, so no longer offered.
    QSqlQuery q(t.db().connection());
    REQUIRE(q.exec(QStringLiteral("INSERT INTO app_user(login, display_name, role_id, active, created_at) "
                                  "VALUES ('gone', 'Zoé Partie', 1, 0, '2026-01-01T00:00:00Z')")));
    const qint64 goneId = q.lastInsertId().toLongLong();

    StaffService service(t.db());
    auto staff = service.activeSalesStaff(intern);
    REQUIRE(staff.ok());
    // The test users are named after their role; sorted by display name.
    CHECK(names(*staff) == QStringList{QStringLiteral("intern"), QStringLiteral("manager"),
                                        QStringLiteral("sales_associate")});
    for (const StaffMember &m : *staff) {
        CHECK(m.id != technician.userId);
        CHECK(m.id != goneId);
    }
    CHECK(leaver.userId == associate.userId);

    SECTION("display names cover inactive users too, and skip unknown ids")
    {
        auto found = service.displayNames(associate, {goneId, technician.userId, 987654});
        REQUIRE(found.ok());
        CHECK(found->size() == 2);
        CHECK(found->value(goneId) == QStringLiteral("Zoé Partie"));
        CHECK(found->value(technician.userId) == QStringLiteral("technician"));
        CHECK(!found->contains(987654));
    }
}

TEST_CASE("The staff list is refused without appointment or complaint reading rights", "[staff][access]")
{
    test::TestDatabase t;
    StaffService service(t.db());
    const Session technician = t.technician();
    auto staff = service.activeSalesStaff(technician);
    REQUIRE(!staff.ok());
    CHECK(staff.error().code == ErrorCode::PermissionDenied);
    auto named = service.displayNames(technician, {technician.userId});
    REQUIRE(!named.ok());
    CHECK(named.error().code == ErrorCode::PermissionDenied);

    Session stockOnly;
    stockOnly.userId = 1;
    stockOnly.permissions = {QStringLiteral("stock.read")};
    CHECK(!service.activeSalesStaff(stockOnly).ok());
    CHECK(service.displayNames(stockOnly, {}).ok());
}
