#pragma once

#include "access/Session.h"
#include "domain/Clock.h"
#include "domain/Result.h"
#include "domain/User.h"

#include <QStringList>

namespace comptoir {

class Database;
class PasswordHasher;
struct StoredUser;

/**
 * Signing in, the idle lock, changing one's password and the first-run accounts.
 *
 * Every attempt goes to the sign-in log (login_event) with its reason. The audit trail
 * (scope "system", entity "user") gets the events about an existing account: sign_in,
 * sign_in_failed, lock, change_password; attempts on an unknown login are only in
 * login_event, so what someone typed as a login (sometimes a password) stays out of the
 * chained, long-lived audit trail. No entry ever holds a password or a hash.
 */
class AuthService final {
public:
    AuthService(Database &db, const Clock &clock, const PasswordHasher &hasher)
        : m_db(db), m_clock(clock), m_hasher(hasher)
    {
    }

    /**
     * Checks the credentials and returns the session of the user with its role's
     * permissions. An unknown login and a wrong password give the same message and
     * cost one Argon2id verification each. After auth.max_failed_attempts failures in a
     * row the account is locked for auth.lockout_minutes. A success resets the counter
     * and re-hashes the password if the hasher's cost changed.
     */
    Result<Session> signIn(const QString &login, const QString &password);

    /** Unlocks an idle-locked session with its user's password (failures count as for signIn). */
    Status unlock(const Session &session, const QString &password);

    /** The signed-in user changes their own password (the old one is checked). */
    Status changePassword(const Session &session, const QString &oldPassword, const QString &newPassword);

    /** Minutes without input before a workstation locks (setting auth.idle_lock_minutes). */
    Result<int> idleLockMinutes();

    /** True for a new store: no active manager and no active technician. */
    Result<bool> needsFirstRunSetup();

    /**
     * The roles whose first account may still be created without signing in. Setup is
     * over once an active technician exists (from then on the technician creates users);
     * until then a missing manager or technician may be created. Empty afterwards.
     */
    Result<QStringList> firstRunRoles();

    /**
     * The first-run dialog: the manager and technician accounts (their `role` is set
     * here), in one transaction; only while needsFirstRunSetup().
     */
    Status createInitialAccounts(const NewUser &manager, const NewUser &technician);

    /** One first-run account (comptoir-cli user add without --user); see firstRunRoles(). */
    Result<qint64> createInitialAccount(const NewUser &user);

    /** The generic refusal, identical for an unknown login and a wrong password. */
    static Error wrongCredentials();

private:
    Error recordFailure(const StoredUser &user, const QString &reason, const Error &refusal);
    Error lockedError(const QDateTime &until) const;
    Status logOnly(const LoginEvent &event);

    Database &m_db;
    const Clock &m_clock;
    const PasswordHasher &m_hasher;
};

} // namespace comptoir
