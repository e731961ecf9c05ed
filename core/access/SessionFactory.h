#pragma once

#include "access/Session.h"
#include "domain/Result.h"
#include "domain/User.h"

namespace comptoir {

class Database;

/** Builds the Session of a signed-in user with the permissions its role has in the database. */
class SessionFactory final {
public:
    explicit SessionFactory(Database &db) : m_db(db) {}

    Result<Session> forUser(const User &user);

    /**
     * The session under which first-run setup writes (no signed-in user yet): user id 0,
     * login "setup", no permissions, so it can call no service.
     */
    static Session setup();

private:
    Database &m_db;
};

} // namespace comptoir
