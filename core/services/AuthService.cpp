#include "services/AuthService.h"

#include "access/PasswordHasher.h"
#include "access/PasswordPolicy.h"
#include "access/SessionFactory.h"
#include "services/AuditTrail.h"
#include "services/UserAccounts.h"
#include "storage/Database.h"
#include "storage/LoginEventRepository.h"
#include "storage/RoleRepository.h"
#include "storage/SettingsRepository.h"
#include "storage/Transaction.h"
#include "storage/UserRepository.h"

#include <QCoreApplication>

#include <algorithm>

namespace comptoir {

namespace {

/** The translation context of this file's messages (lupdate reads it). */
struct AuthServiceText {
    Q_DECLARE_TR_FUNCTIONS(comptoir::AuthService)
};

const QString kManager = QStringLiteral("manager");
const QString kTechnician = QStringLiteral("technician");

/** The account as the actor of its own sign-in entries. */
Session actorOf(const User &user)
{
    Session s;
    s.userId = user.id;
    s.login = user.login;
    s.displayName = user.displayName;
    s.role = user.role;
    return s;
}

bool isLocked(const User &user, const QDateTime &now)
{
    return user.lockedUntil.isValid() && now < user.lockedUntil;
}


} // namespace

Error AuthService::wrongCredentials()
{
    return {ErrorCode::Authentication, QString(),
            QCoreApplication::translate("comptoir::AuthService", "wrong login or password")};
}

Error AuthService::lockedError(const QDateTime &until) const
{
    return {ErrorCode::Authentication, QString(),
            AuthServiceText::tr("account locked after too many failed attempts; try again after %1")
                .arg(until.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")))};
}

Status AuthService::logOnly(const LoginEvent &event)
{
    Transaction tx(m_db);
    BOOST_OUTCOME_TRYV(tx.begun());
    LoginEventRepository log(m_db);
    BOOST_OUTCOME_TRYV(log.append(event));
    return tx.commit();
}

Error AuthService::recordFailure(const StoredUser &attempted, const QString &reason, const Error &refusal)
{
    const QDateTime now = m_clock.nowUtc();
    auto maxSetting = SettingsRepository(m_db).integer(QStringLiteral("auth.max_failed_attempts"), 5);
    if (!maxSetting)
        return maxSetting.error();
    auto minutesSetting = SettingsRepository(m_db).integer(QStringLiteral("auth.lockout_minutes"), 15);
    if (!minutesSetting)
        return minutesSetting.error();
    const qint64 maxAttempts = std::max<qint64>(1, *maxSetting);
    const qint64 lockMinutes = std::max<qint64>(1, *minutesSetting);

    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    UserRepository users(m_db);
    // Re-read inside the transaction: another workstation may have failed meanwhile.
    auto fresh = users.findById(attempted.id);
    if (!fresh)
        return fresh.error();
    const StoredUser user = fresh->value_or(attempted);
    // An expired lock starts a new series of attempts.
    const bool lockExpired = user.lockedUntil.isValid() && now >= user.lockedUntil;
    const int failures = (lockExpired ? 0 : user.failedAttempts) + 1;
    const bool lockNow = failures >= maxAttempts;
    const QDateTime until = lockNow ? now.addSecs(lockMinutes * 60) : QDateTime();
    if (Status s = users.setFailures(user.id, lockNow ? 0 : failures, until); !s)
        return s.error();

    LoginEventRepository log(m_db);
    if (Status s = log.append({0, now, user.login, user.id, false, reason}); !s)
        return s.error();
    AuditTrail audit(m_db, m_clock);
    const Session actor = actorOf(user);
    if (Status s = audit.record(actor, QStringLiteral("sign_in_failed"), QStringLiteral("user"), user.id,
                                scope::system(), {{QStringLiteral("reason"), reason}});
        !s)
        return s.error();
    if (lockNow) {
        if (Status s = audit.record(actor, QStringLiteral("lock"), QStringLiteral("user"), user.id, scope::system(),
                                    {{QStringLiteral("failed_attempts"), failures},
                                     {QStringLiteral("locked_until"), toIsoUtc(until)}});
            !s)
            return s.error();
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    return lockNow ? lockedError(until) : refusal;
}

Result<Session> AuthService::signIn(const QString &login, const QString &password)
{
    const QDateTime now = m_clock.nowUtc();
    UserRepository users(m_db);
    BOOST_OUTCOME_TRY(found, users.findByLogin(login.trimmed()));

    if (!found.has_value()) {
        m_hasher.verifyDummy(password); // same cost as a real check
        // Truncated: whatever was typed (sometimes a password by mistake) stays short in the log.
        BOOST_OUTCOME_TRYV(logOnly({0, now, login.trimmed().left(64), 0, false, QStringLiteral("unknown login")}));
        return wrongCredentials();
    }
    const StoredUser user = *found;

    if (isLocked(user, now)) {
        BOOST_OUTCOME_TRYV(logOnly({0, now, user.login, user.id, false, QStringLiteral("locked")}));
        return lockedError(user.lockedUntil);
    }
    if (!m_hasher.verify(user.passwordHash, password))
        return recordFailure(user, QStringLiteral("wrong password"), wrongCredentials());
    // Only someone who knows the password learns that the account is disabled.
    if (!user.active) {
        BOOST_OUTCOME_TRYV(logOnly({0, now, user.login, user.id, false, QStringLiteral("disabled")}));
        return Error{ErrorCode::Authentication, QStringLiteral("login"),
                     AuthServiceText::tr("the account \"%1\" is disabled; ask the technician").arg(user.login)};
    }

    const bool rehash = m_hasher.needsRehash(user.passwordHash);
    QString newHash;
    if (rehash) {
        BOOST_OUTCOME_TRY(h, m_hasher.hash(password));
        newHash = h;
    }

    BOOST_OUTCOME_TRY(permissions, RoleRepository(m_db).permissionsOf(user.role));
    const Session session = SessionFactory::forUser(user, permissions);

    Transaction tx(m_db);
    BOOST_OUTCOME_TRYV(tx.begun());
    BOOST_OUTCOME_TRYV(users.setFailures(user.id, 0, QDateTime()));
    if (rehash) {
        BOOST_OUTCOME_TRYV(users.setPasswordHash(user.id, newHash, QDateTime()));
    }
    LoginEventRepository log(m_db);
    BOOST_OUTCOME_TRYV(log.append({0, now, user.login, user.id, true, QStringLiteral("ok")}));
    AuditTrail audit(m_db, m_clock);
    QJsonObject details{{QStringLiteral("role"), user.role}};
    if (rehash)
        details.insert(QStringLiteral("rehashed"), true);
    BOOST_OUTCOME_TRYV(audit.record(session, QStringLiteral("sign_in"), QStringLiteral("user"), user.id, scope::system(),
                                    details));
    BOOST_OUTCOME_TRYV(tx.commit());
    return session;
}

Status AuthService::unlock(const Session &session, const QString &password)
{
    if (session.userId == 0)
        return Error::permissionDenied(QStringLiteral("sign-in"));
    const QDateTime now = m_clock.nowUtc();
    UserRepository users(m_db);
    BOOST_OUTCOME_TRY(found, users.findById(session.userId));
    if (!found.has_value())
        return Error::notFound(QStringLiteral("user"), AuthServiceText::tr("no user #%1").arg(session.userId));
    const StoredUser user = *found;
    if (!user.active)
        return Error{ErrorCode::Authentication, QStringLiteral("login"),
                     AuthServiceText::tr("the account \"%1\" is disabled; ask the technician").arg(user.login)};
    if (isLocked(user, now))
        return lockedError(user.lockedUntil);
    if (!m_hasher.verify(user.passwordHash, password))
        return recordFailure(user, QStringLiteral("unlock: wrong password"),
                             Error{ErrorCode::Authentication, QStringLiteral("password"), AuthServiceText::tr("wrong password")});

    Transaction tx(m_db);
    BOOST_OUTCOME_TRYV(tx.begun());
    if (user.failedAttempts != 0) {
        BOOST_OUTCOME_TRYV(users.setFailures(user.id, 0, QDateTime()));
    }
    LoginEventRepository log(m_db);
    BOOST_OUTCOME_TRYV(log.append({0, now, user.login, user.id, true, QStringLiteral("unlock")}));
    return tx.commit();
}

Status AuthService::changePassword(const Session &session, const QString &oldPassword, const QString &newPassword)
{
    if (session.userId == 0)
        return Error::permissionDenied(QStringLiteral("sign-in"));
    BOOST_OUTCOME_TRYV(PasswordPolicy::check(newPassword, QStringLiteral("new_password")));
    if (oldPassword == newPassword)
        return Error::validation(QStringLiteral("new_password"), AuthServiceText::tr("must differ from the current password"));
    UserRepository users(m_db);
    BOOST_OUTCOME_TRY(found, users.findById(session.userId));
    if (!found.has_value())
        return Error::notFound(QStringLiteral("user"), AuthServiceText::tr("no user #%1").arg(session.userId));
    const StoredUser user = *found;
    if (isLocked(user, m_clock.nowUtc()))
        return lockedError(user.lockedUntil);
    if (!m_hasher.verify(user.passwordHash, oldPassword))
        return recordFailure(user, QStringLiteral("change password: wrong password"),
                             Error{ErrorCode::Authentication, QStringLiteral("old_password"), AuthServiceText::tr("wrong password")});
    BOOST_OUTCOME_TRY(hash, m_hasher.hash(newPassword));

    const QDateTime now = m_clock.nowUtc();
    Transaction tx(m_db);
    BOOST_OUTCOME_TRYV(tx.begun());
    BOOST_OUTCOME_TRYV(users.setPasswordHash(user.id, hash, now));
    AuditTrail audit(m_db, m_clock);
    BOOST_OUTCOME_TRYV(audit.record(session, QStringLiteral("change_password"), QStringLiteral("user"), user.id,
                                    scope::system(), {{QStringLiteral("password_changed_at"), toIsoUtc(now)}}));
    return tx.commit();
}

Result<int> AuthService::idleLockMinutes()
{
    BOOST_OUTCOME_TRY(minutes, SettingsRepository(m_db).integer(QStringLiteral("auth.idle_lock_minutes"), 10));
    return static_cast<int>(std::clamp<qint64>(minutes, 1, 24 * 60));
}

Result<QStringList> AuthService::firstRunRoles()
{
    UserRepository users(m_db);
    BOOST_OUTCOME_TRY(technicians, users.countActive(kTechnician));
    if (technicians > 0)
        return QStringList();
    BOOST_OUTCOME_TRY(managers, users.countActive(kManager));
    return managers > 0 ? QStringList{kTechnician} : QStringList{kManager, kTechnician};
}

Result<bool> AuthService::needsFirstRunSetup()
{
    BOOST_OUTCOME_TRY(roles, firstRunRoles());
    return roles.size() == 2;
}

Status AuthService::createInitialAccounts(const NewUser &manager, const NewUser &technician)
{
    NewUser first = manager;
    first.role = kManager;
    NewUser second = technician;
    second.role = kTechnician;
    Transaction tx(m_db);
    BOOST_OUTCOME_TRYV(tx.begun());
    BOOST_OUTCOME_TRY(needed, needsFirstRunSetup());
    if (!needed)
        return Error{ErrorCode::Conflict, QString(), AuthServiceText::tr("this store already has its manager and technician accounts")};
    UserAccounts accounts(m_db, m_clock, m_hasher);
    const Session setup = SessionFactory::setup();
    BOOST_OUTCOME_TRYV(accounts.create(setup, first));
    BOOST_OUTCOME_TRYV(accounts.create(setup, second));
    return tx.commit();
}

Result<qint64> AuthService::createInitialAccount(const NewUser &user)
{
    Transaction tx(m_db);
    BOOST_OUTCOME_TRYV(tx.begun());
    BOOST_OUTCOME_TRY(roles, firstRunRoles());
    if (!roles.contains(user.role)) {
        if (roles.isEmpty())
            return Error::permissionDenied(QStringLiteral("user.admin"));
        return Error::validation(QStringLiteral("role"), AuthServiceText::tr("during setup only these roles can be created: %1 (got \"%2\")")
                                                             .arg(roles.join(QStringLiteral(", ")), user.role));
    }
    UserAccounts accounts(m_db, m_clock, m_hasher);
    BOOST_OUTCOME_TRY(id, accounts.create(SessionFactory::setup(), user));
    BOOST_OUTCOME_TRYV(tx.commit());
    return id;
}

} // namespace comptoir
