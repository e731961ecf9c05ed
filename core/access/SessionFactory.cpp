#include "access/SessionFactory.h"

namespace comptoir {

Session SessionFactory::forUser(const User &user, QSet<QString> permissions)
{
    Session s;
    s.userId = user.id;
    s.login = user.login;
    s.displayName = user.displayName;
    s.role = user.role;
    s.permissions = std::move(permissions);
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
