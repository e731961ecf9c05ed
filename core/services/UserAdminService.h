#pragma once

#include "access/Session.h"
#include "domain/Clock.h"
#include "domain/Result.h"
#include "domain/User.h"
#include "storage/LoginEventRepository.h" // LoginEventRepository::Filter (= LoginEventFilter), as ui/admin still names it

#include <QList>

namespace comptoir {

class Database;
class PasswordHasher;

/**
 * The technician's user administration (permission user.admin) and the sign-in log
 * (loginlog.view). Touches no customer data. Audit entries have scope "system" and never
 * hold a password or a hash.
 */
class UserAdminService final {
public:
    /** What loginHistory() selects (screens name it through the service). */
    using LoginFilter = LoginEventRepository::Filter;

    UserAdminService(Database &db, const Clock &clock, const PasswordHasher &hasher)
        : m_db(db), m_clock(clock), m_hasher(hasher)
    {
    }

    /** Creates an account (see UserAccounts::validate for the rules). */
    Result<qint64> createUser(const Session &session, const NewUser &input);

    /**
     * Disables or re-enables an account. Refuses to disable one's own account or the last
     * active technician (the store would lose its user administration).
     */
    Status setActive(const Session &session, qint64 userId, bool active);

    /** Sets a new password (PasswordPolicy) and lifts a lock-out. */
    Status resetPassword(const Session &session, qint64 userId, const QString &newPassword);

    /** Every account, by login (no hashes). */
    Result<QList<User>> users(const Session &session);
    Result<User> findByLogin(const Session &session, const QString &login);

    /** The sign-in log, newest first (loginlog.view). */
    Result<QList<LoginEvent>> loginHistory(const Session &session, const LoginEventFilter &filter);

private:
    Database &m_db;
    const Clock &m_clock;
    const PasswordHasher &m_hasher;
};

} // namespace comptoir
