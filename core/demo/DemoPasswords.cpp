#include "demo/DemoPasswords.h"

#include "access/PasswordHasher.h"
#include "demo/DemoAccounts.h"
#include "storage/Transaction.h"
#include "storage/UserRepository.h"

namespace comptoir::demo {

Result<int> setDemoPasswords(Database &db, const PasswordHasher &hasher)
{
    Transaction tx(db);
    BOOST_OUTCOME_TRYV(tx.begun());
    UserRepository users(db);
    int set = 0;
    for (const DemoAccount &account : demoAccounts()) {
        BOOST_OUTCOME_TRY(user, users.findByLogin(account.login));
        if (!user.has_value() || !user->passwordHash.isEmpty())
            continue;
        BOOST_OUTCOME_TRY(hash, hasher.hash(demoPassword()));
        BOOST_OUTCOME_TRYV(users.setPasswordHash(user->id, hash, QDateTime::currentDateTimeUtc()));
        ++set;
    }
    BOOST_OUTCOME_TRYV(tx.commit());
    return set;
}

} // namespace comptoir::demo
