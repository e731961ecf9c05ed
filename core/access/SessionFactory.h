#pragma once

#include "access/Session.h"
#include "domain/User.h"

#include <QSet>
#include <QString>

namespace comptoir {

/**
 * Builds the Session of a signed-in user. The permissions of the user's role are read by
 * the caller (AuthService, from RoleRepository): access/ holds who is acting and what a
 * session may do, and reads no database.
 */
class SessionFactory final {
public:
    /** The session of `user`, whose role grants `permissions`. */
    static Session forUser(const User &user, QSet<QString> permissions);

    /**
     * The session under which first-run setup writes (no signed-in user yet): user id 0,
     * login "setup", no permissions, so it can call no service.
     */
    static Session setup();
};

} // namespace comptoir
