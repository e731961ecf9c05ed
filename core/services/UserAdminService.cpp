#include "services/UserAdminService.h"

#include "access/PasswordHasher.h"
#include "access/PasswordPolicy.h"
#include "services/AuditTrail.h"
#include "services/UserAccounts.h"
#include "storage/Database.h"
#include "storage/Transaction.h"
#include "storage/UserRepository.h"

#include <QCoreApplication>

namespace comptoir {

namespace {

/** The translation context of this file's messages (lupdate reads it). */
struct UserAdminServiceText {
    Q_DECLARE_TR_FUNCTIONS(comptoir::UserAdminService)
};

const QString kAdmin = QStringLiteral("user.admin");

} // namespace

Result<qint64> UserAdminService::createUser(const Session &session, const NewUser &input)
{
    BOOST_OUTCOME_TRYV(require(session, kAdmin));
    Transaction tx(m_db);
    BOOST_OUTCOME_TRYV(tx.begun());
    UserAccounts accounts(m_db, m_clock, m_hasher);
    BOOST_OUTCOME_TRY(id, accounts.create(session, input));
    BOOST_OUTCOME_TRYV(tx.commit());
    return id;
}

Status UserAdminService::setActive(const Session &session, qint64 userId, bool active)
{
    BOOST_OUTCOME_TRYV(require(session, kAdmin));
    Transaction tx(m_db);
    BOOST_OUTCOME_TRYV(tx.begun());
    UserRepository users(m_db);
    BOOST_OUTCOME_TRY(found, users.findById(userId));
    if (!found.has_value())
        return Error::notFound(QStringLiteral("user"), UserAdminServiceText::tr("no user #%1").arg(userId));
    const StoredUser user = *found;
    if (user.active == active)
        return tx.commit(); // nothing to change, nothing to audit
    if (!active) {
        if (user.id == session.userId)
            return Error::validation(QStringLiteral("user"), UserAdminServiceText::tr("you cannot disable your own account"));
        if (user.role == QLatin1String("technician")) {
            BOOST_OUTCOME_TRY(technicians, users.countActive(user.role));
            if (technicians <= 1)
                return Error::conflict(QStringLiteral("user"),
                                       UserAdminServiceText::tr("\"%1\" is the last active technician; create another one first").arg(user.login));
        }
    }
    BOOST_OUTCOME_TRYV(users.setActive(userId, active));
    ChangeSet changes;
    changes.add(QStringLiteral("active"), user.active, active);
    AuditTrail audit(m_db, m_clock);
    BOOST_OUTCOME_TRYV(audit.record(session, active ? QStringLiteral("enable") : QStringLiteral("disable"),
                                    QStringLiteral("user"), userId, scope::system(), changes.toJson()));
    return tx.commit();
}

Status UserAdminService::resetPassword(const Session &session, qint64 userId, const QString &newPassword)
{
    BOOST_OUTCOME_TRYV(require(session, kAdmin));
    BOOST_OUTCOME_TRYV(PasswordPolicy::check(newPassword));
    UserRepository users(m_db);
    BOOST_OUTCOME_TRY(found, users.findById(userId));
    if (!found.has_value())
        return Error::notFound(QStringLiteral("user"), UserAdminServiceText::tr("no user #%1").arg(userId));
    BOOST_OUTCOME_TRY(hash, m_hasher.hash(newPassword));

    const QDateTime now = m_clock.nowUtc();
    Transaction tx(m_db);
    BOOST_OUTCOME_TRYV(tx.begun());
    BOOST_OUTCOME_TRYV(users.setPasswordHash(userId, hash, now));
    BOOST_OUTCOME_TRYV(users.setFailures(userId, 0, QDateTime()));
    AuditTrail audit(m_db, m_clock);
    const QJsonObject details{{QStringLiteral("password_changed_at"), toIsoUtc(now)},
                              {QStringLiteral("was_locked"), found->lockedUntil.isValid() && now < found->lockedUntil}};
    BOOST_OUTCOME_TRYV(audit.record(session, QStringLiteral("reset_password"), QStringLiteral("user"), userId,
                                    scope::system(), details));
    return tx.commit();
}

Result<QList<User>> UserAdminService::users(const Session &session)
{
    BOOST_OUTCOME_TRYV(require(session, kAdmin));
    UserRepository users(m_db);
    return users.list();
}

Result<User> UserAdminService::findByLogin(const Session &session, const QString &login)
{
    BOOST_OUTCOME_TRYV(require(session, kAdmin));
    UserRepository users(m_db);
    BOOST_OUTCOME_TRY(found, users.findByLogin(login.trimmed()));
    if (!found.has_value())
        return Error::notFound(QStringLiteral("login"), UserAdminServiceText::tr("no user with login \"%1\"").arg(login));
    return static_cast<User>(*found);
}

Result<QList<LoginEvent>> UserAdminService::loginHistory(const Session &session,
                                                         const LoginEventFilter &filter)
{
    BOOST_OUTCOME_TRYV(require(session, QStringLiteral("loginlog.view")));
    LoginEventRepository log(m_db);
    return log.list(filter);
}

} // namespace comptoir
