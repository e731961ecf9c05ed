// Shared by the dashboard and report GUI tests: a small generated demo store (the demo
// tests' generator, 500 customers, 2 000 sales up to 2026-11-24) and its manager's session.
#pragma once

#include "DemoTestSupport.h"

#include "common/AppContext.h"
#include "domain/Clock.h"
#include "services/AppServices.h"
#include "storage/RoleRepository.h"

#include <QSqlQuery>

namespace comptoir::test {

struct DashboardStore {
    std::unique_ptr<DemoStore> store = generateDemoStore(smallDemoOptions());
    FakeClock clock{QDateTime(demoEndDate(), QTime(10, 0), Qt::UTC)};
    AppServices appServices{*store->db, clock};

    /** The session of the demo account `login` ("directeur": the store manager). */
    Session session(const QString &login)
    {
        Session s;
        QSqlQuery q(store->db->connection());
        q.prepare(QStringLiteral("SELECT u.id, u.display_name, r.code FROM app_user u JOIN role r ON r.id = u.role_id "
                                 "WHERE u.login = ?"));
        q.addBindValue(login);
        if (!q.exec() || !q.next())
            return s;
        s.userId = q.value(0).toLongLong();
        s.login = login;
        s.displayName = q.value(1).toString();
        s.role = q.value(2).toString();
        s.permissions = RoleRepository(*store->db).permissionsOf(s.role).value();
        return s;
    }

    AppServices &services() { return appServices; }
    ui::AppContext context(const Session &session) { return ui::AppContext{&appServices, session}; }
    /** Today as the application sees it through the fake clock. */
    QDate today() const { return clock.nowUtc().toLocalTime().date(); }
};

} // namespace comptoir::test
