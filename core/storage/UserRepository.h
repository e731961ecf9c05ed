#pragma once

#include "domain/Result.h"
#include "domain/User.h"

#include <QList>
#include <optional>

namespace comptoir {

class Database;

/** A user account with its password hash: only the sign-in and the user admin see this. */
struct StoredUser : User {
    QString passwordHash;
};

/** All SQL about app_user. */
class UserRepository final {
public:
    explicit UserRepository(Database &db) : m_db(db) {}

    /** Logins compare case-insensitively ("Marie" and "marie" are one account). */
    Result<std::optional<StoredUser>> findByLogin(const QString &login);
    Result<std::optional<StoredUser>> findById(qint64 id);
    /** Every account, by login, without hashes. */
    Result<QList<User>> list();

    Result<qint64> insert(const NewUser &user, qint64 roleId, const QString &passwordHash, const QDateTime &now);
    /** A new hash; `changedAt` invalid keeps password_changed_at (a re-hash is no change). */
    Status setPasswordHash(qint64 id, const QString &hash, const QDateTime &changedAt);
    Status setActive(qint64 id, bool active);
    /** The failure counter and the lock (invalid `lockedUntil`: not locked). */
    Status setFailures(qint64 id, int failedAttempts, const QDateTime &lockedUntil);

    /** Active accounts with `roleCode`. */
    Result<qint64> countActive(const QString &roleCode);
    /** Accounts (active or not) that have a password: 0 while nobody can sign in. */
    Result<qint64> countWithPassword();

private:
    Result<std::optional<StoredUser>> findOne(const QString &where, const QVariant &value);
    Database &m_db;
};

} // namespace comptoir
