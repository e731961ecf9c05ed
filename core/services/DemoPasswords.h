#pragma once

#include "domain/Result.h"

#include <QString>
#include <QStringList>

namespace comptoir {

class Database;
class PasswordHasher;

/**
 * Gives `password` to the accounts of `logins` that exist and have no password yet (the
 * demo store's accounts: the demo generator creates them without one). Only while no
 * account of the store has a password: nobody can sign in yet, as during first-run set-up,
 * so no signed-in user is needed and no account in use is touched. Once an account has a
 * password it is refused (Conflict): passwords are then changed or reset signed in.
 * Returns how many were set.
 */
Result<int> setDemoPasswords(Database &db, const PasswordHasher &hasher, const QStringList &logins,
                             const QString &password);

} // namespace comptoir
