#include "services/DemoPasswords.h"

#include "access/PasswordHasher.h"
#include "demo/DemoAccounts.h"
#include "storage/Transaction.h"
#include "storage/UserRepository.h"

namespace comptoir::demo {

Result<int> setDemoPasswords(Database &db, const PasswordHasher &hasher)
{
    Transaction tx(db);
    if (!tx.isActive())
        return tx.error();
    UserRepository users(db);
    int set = 0;
    for (const DemoAccount &account : demoAccounts()) {
        auto user = users.findByLogin(account.login);
        if (!user)
            return user.error();
        if (!user->has_value() || !(*user)->passwordHash.isEmpty())
            continue;
        auto hash = hasher.hash(demoPassword());
        if (!hash)
            return hash.error();
        if (Status s = users.setPasswordHash((*user)->id, *hash, QDateTime::currentDateTimeUtc()); !s)
            return s.error();
        ++set;
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    return set;
}

} // namespace comptoir::demo
