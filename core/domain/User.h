#pragma once

#include <QDateTime>
#include <QString>

namespace comptoir {

/** A user account as the user administration shows it (never the password hash). */
struct User {
    qint64 id = 0;
    QString login;
    QString displayName;
    QString role; ///< role code: sales_associate, intern, technician, manager
    bool active = true;
    int failedAttempts = 0;
    QDateTime lockedUntil; ///< invalid: not locked
    QDateTime passwordChangedAt;
    QDateTime createdAt;
};

/** What the technician (or the first-run setup) types to create an account. */
struct NewUser {
    QString login;
    QString displayName;
    QString role;
    QString password;
};

/** One line of the sign-in log. */
struct LoginEvent {
    qint64 id = 0;
    QDateTime at;
    QString login; ///< as typed
    qint64 userId = 0; ///< 0: no such account
    bool success = false;
    QString reason; ///< "ok", "wrong password", "unknown login", "locked", "disabled", "unlock"...
};

/** Which lines of the sign-in log a listing returns. */
struct LoginEventFilter {
    QString login; ///< empty: all
    QDateTime from;
    QDateTime to; ///< exclusive
    int limit = 1000;
};

} // namespace comptoir
