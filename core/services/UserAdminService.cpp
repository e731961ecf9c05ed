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
    if (Status s = require(session, kAdmin); !s)
        return s.error();
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    UserAccounts accounts(m_db, m_clock, m_hasher);
    auto id = accounts.create(session, input);
    if (!id)
        return id.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return *id;
}

Status UserAdminService::setActive(const Session &session, qint64 userId, bool active)
{
    if (Status s = require(session, kAdmin); !s)
        return s;
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    UserRepository users(m_db);
    auto found = users.findById(userId);
    if (!found)
        return found.error();
    if (!found->has_value())
        return Error::notFound(QStringLiteral("user"), UserAdminServiceText::tr("no user #%1").arg(userId));
    const StoredUser user = **found;
    if (user.active == active)
        return tx.commit(); // nothing to change, nothing to audit
    if (!active) {
        if (user.id == session.userId)
            return Error::validation(QStringLiteral("user"), UserAdminServiceText::tr("you cannot disable your own account"));
        if (user.role == QLatin1String("technician")) {
            auto technicians = users.countActive(user.role);
            if (!technicians)
                return technicians.error();
            if (*technicians <= 1)
                return Error::conflict(QStringLiteral("user"),
                                       UserAdminServiceText::tr("\"%1\" is the last active technician; create another one first").arg(user.login));
        }
    }
    if (Status s = users.setActive(userId, active); !s)
        return s;
    ChangeSet changes;
    changes.add(QStringLiteral("active"), user.active, active);
    AuditTrail audit(m_db, m_clock);
    if (Status s = audit.record(session, active ? QStringLiteral("enable") : QStringLiteral("disable"),
                                QStringLiteral("user"), userId, scope::system(), changes.toJson());
        !s)
        return s;
    return tx.commit();
}

Status UserAdminService::resetPassword(const Session &session, qint64 userId, const QString &newPassword)
{
    if (Status s = require(session, kAdmin); !s)
        return s;
    if (Status s = PasswordPolicy::check(newPassword); !s)
        return s;
    UserRepository users(m_db);
    auto found = users.findById(userId);
    if (!found)
        return found.error();
    if (!found->has_value())
        return Error::notFound(QStringLiteral("user"), UserAdminServiceText::tr("no user #%1").arg(userId));
    auto hash = m_hasher.hash(newPassword);
    if (!hash)
        return hash.error();

    const QDateTime now = m_clock.nowUtc();
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    if (Status s = users.setPasswordHash(userId, *hash, now); !s)
        return s;
    if (Status s = users.setFailures(userId, 0, QDateTime()); !s)
        return s;
    AuditTrail audit(m_db, m_clock);
    const QJsonObject details{{QStringLiteral("password_changed_at"), toIsoUtc(now)},
                              {QStringLiteral("was_locked"), (*found)->lockedUntil.isValid() && now < (*found)->lockedUntil}};
    if (Status s = audit.record(session, QStringLiteral("reset_password"), QStringLiteral("user"), userId,
                                scope::system(), details);
        !s)
        return s;
    return tx.commit();
}

Result<QList<User>> UserAdminService::users(const Session &session)
{
    if (Status s = require(session, kAdmin); !s)
        return s.error();
    UserRepository users(m_db);
    return users.list();
}

Result<User> UserAdminService::findByLogin(const Session &session, const QString &login)
{
    if (Status s = require(session, kAdmin); !s)
        return s.error();
    UserRepository users(m_db);
    auto found = users.findByLogin(login.trimmed());
    if (!found)
        return found.error();
    if (!found->has_value())
        return Error::notFound(QStringLiteral("login"), UserAdminServiceText::tr("no user with login \"%1\"").arg(login));
    return static_cast<User>(**found);
}

Result<QList<LoginEvent>> UserAdminService::loginHistory(const Session &session,
                                                         const LoginEventFilter &filter)
{
    if (Status s = require(session, QStringLiteral("loginlog.view")); !s)
        return s.error();
    LoginEventRepository log(m_db);
    return log.list(filter);
}

} // namespace comptoir
