#pragma once

#include "access/Session.h"
#include "domain/Clock.h"
#include "domain/Result.h"
#include "domain/User.h"

namespace comptoir {

class Database;
class PasswordHasher;

/**
 * What creating an account means, shared by the first-run setup (AuthService) and the
 * technician's user admin (UserAdminService): validate, hash, insert, audit. Works inside
 * the caller's transaction; checks no permission (its callers do).
 */
class UserAccounts final {
public:
    UserAccounts(Database &db, const Clock &clock, const PasswordHasher &hasher)
        : m_db(db), m_clock(clock), m_hasher(hasher)
    {
    }

    /**
     * Login: 2 to 64 letters, digits or . _ - @ (no spaces); display name: required, at
     * most 100 characters; role: an existing role code; password: PasswordPolicy.
     * Returns the input trimmed.
     */
    static Result<NewUser> validate(const NewUser &input);

    /** Validates, refuses a login already taken (case-insensitive) and creates the account. */
    Result<qint64> create(const Session &actor, const NewUser &input);

private:
    Database &m_db;
    const Clock &m_clock;
    const PasswordHasher &m_hasher;
};

} // namespace comptoir
