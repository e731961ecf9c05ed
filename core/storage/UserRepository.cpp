#include "storage/UserRepository.h"

#include "domain/Clock.h"
#include "storage/Database.h"
#include "storage/SqlValues.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace comptoir {

namespace {

/** The translation context of this file's messages (lupdate reads it). */
struct UserRepositoryText {
    Q_DECLARE_TR_FUNCTIONS(comptoir::UserRepository)
};

const QString kUserColumns = QStringLiteral(
    "u.id, u.login, u.display_name, r.code, u.active, u.failed_attempts, u.locked_until, "
    "u.password_changed_at, u.created_at, u.password_hash FROM app_user u JOIN role r ON r.id = u.role_id");

StoredUser readUser(const QSqlQuery &q)
{
    StoredUser u;
    u.id = q.value(0).toLongLong();
    u.login = q.value(1).toString();
    u.displayName = q.value(2).toString();
    u.role = q.value(3).toString();
    u.active = q.value(4).toInt() != 0;
    u.failedAttempts = q.value(5).toInt();
    u.lockedUntil = fromIsoUtc(q.value(6).toString());
    u.passwordChangedAt = fromIsoUtc(q.value(7).toString());
    u.createdAt = fromIsoUtc(q.value(8).toString());
    u.passwordHash = q.value(9).toString();
    return u;
}

} // namespace

Result<std::optional<StoredUser>> UserRepository::findOne(const QString &where, const QVariant &value)
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT ") + kUserColumns + QStringLiteral(" WHERE ") + where);
    q.addBindValue(value);
    if (!q.exec())
        return databaseError(UserRepositoryText::tr("reading the user"), q.lastError().text());
    if (!q.next())
        return std::optional<StoredUser>();
    return std::optional<StoredUser>(readUser(q));
}

Result<std::optional<StoredUser>> UserRepository::findByLogin(const QString &login)
{
    return findOne(QStringLiteral("u.login = ?"), login);
}

Result<std::optional<StoredUser>> UserRepository::findById(qint64 id)
{
    return findOne(QStringLiteral("u.id = ?"), id);
}

Result<QList<User>> UserRepository::list()
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT ") + kUserColumns + QStringLiteral(" ORDER BY u.login")))
        return databaseError(UserRepositoryText::tr("reading the users"), q.lastError().text());
    QList<User> users;
    while (q.next())
        users.append(static_cast<User>(readUser(q)));
    return users;
}

Result<qint64> UserRepository::insert(const NewUser &user, qint64 roleId, const QString &passwordHash,
                                      const QDateTime &now)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO app_user(login, display_name, role_id, password_hash, active, "
                             "password_changed_at, created_at) VALUES (?, ?, ?, ?, 1, ?, ?)"));
    q.addBindValue(user.login);
    q.addBindValue(user.displayName);
    q.addBindValue(roleId);
    q.addBindValue(passwordHash);
    q.addBindValue(toIsoUtc(now));
    q.addBindValue(toIsoUtc(now));
    if (!q.exec())
        return databaseError(UserRepositoryText::tr("saving the user"), q.lastError().text());
    return q.lastInsertId().toLongLong();
}

Status UserRepository::setPasswordHash(qint64 id, const QString &hash, const QDateTime &changedAt)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE app_user SET password_hash = ?, "
                             "password_changed_at = coalesce(?, password_changed_at) WHERE id = ?"));
    q.addBindValue(hash);
    q.addBindValue(timeOrNull(changedAt));
    q.addBindValue(id);
    if (!q.exec())
        return databaseError(UserRepositoryText::tr("saving the password"), q.lastError().text());
    return {};
}

Status UserRepository::setActive(qint64 id, bool active)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE app_user SET active = ? WHERE id = ?"));
    q.addBindValue(active ? 1 : 0);
    q.addBindValue(id);
    if (!q.exec())
        return databaseError(UserRepositoryText::tr("saving the user"), q.lastError().text());
    return {};
}

Status UserRepository::setFailures(qint64 id, int failedAttempts, const QDateTime &lockedUntil)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE app_user SET failed_attempts = ?, locked_until = ? WHERE id = ?"));
    q.addBindValue(failedAttempts);
    q.addBindValue(timeOrNull(lockedUntil));
    q.addBindValue(id);
    if (!q.exec())
        return databaseError(UserRepositoryText::tr("saving the sign-in attempts"), q.lastError().text());
    return {};
}

Result<qint64> UserRepository::countActive(const QString &roleCode)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT count(*) FROM app_user u JOIN role r ON r.id = u.role_id "
                             "WHERE u.active = 1 AND r.code = ?"));
    q.addBindValue(roleCode);
    if (!q.exec() || !q.next())
        return databaseError(UserRepositoryText::tr("counting the users"), q.lastError().text());
    return q.value(0).toLongLong();
}

Result<qint64> UserRepository::countWithPassword()
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM app_user WHERE password_hash <> ''")) || !q.next())
        return databaseError(UserRepositoryText::tr("counting the users"), q.lastError().text());
    return q.value(0).toLongLong();
}

} // namespace comptoir
