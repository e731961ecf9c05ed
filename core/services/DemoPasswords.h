#pragma once

#include "domain/Result.h"

#include <QString>

namespace comptoir {
class Database;
class PasswordHasher;
}

namespace comptoir::demo {

/** The documented password of every demo account (README: "Demo accounts"). */
inline QString demoPassword()
{
    return QStringLiteral("comptoir-demo");
}

/**
 * Gives the demo accounts (demoAccounts()) the demo password, only those that exist and
 * have no password yet: a real password is never overwritten. Returns how many were set.
 */
Result<int> setDemoPasswords(Database &db, const PasswordHasher &hasher);

} // namespace comptoir::demo
