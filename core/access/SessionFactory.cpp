#include "access/SessionFactory.h"

#include "storage/RoleRepository.h"

namespace comptoir {

Result<Session> SessionFactory::forUser(const User &user)
{
    RoleRepository roles(m_db);
    BOOST_OUTCOME_TRY(permissions, roles.permissionsOf(user.role));
    Session s;
    s.userId = user.id;
    s.login = user.login;
    s.displayName = user.displayName;
    s.role = user.role;
    s.permissions = permissions;
    return s;
}

Session SessionFactory::setup()
{
    Session s;
    s.login = QStringLiteral("setup");
    s.displayName = QStringLiteral("setup");
    return s;
}

} // namespace comptoir
