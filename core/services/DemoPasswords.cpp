#include "services/DemoPasswords.h"

#include "access/PasswordHasher.h"
#include "storage/Transaction.h"
#include "storage/UserRepository.h"

#include <QCoreApplication>

namespace comptoir {

namespace {

/** The translation context of this file's messages (lupdate reads it). */
struct DemoPasswordsText {
    Q_DECLARE_TR_FUNCTIONS(comptoir::DemoPasswords)
};

} // namespace

Result<int> setDemoPasswords(Database &db, const PasswordHasher &hasher, const QStringList &logins,
                             const QString &password)
{
    Transaction tx(db);
    BOOST_OUTCOME_TRYV(tx.begun());
    UserRepository users(db);
    BOOST_OUTCOME_TRY(withPassword, users.countWithPassword());
    if (withPassword > 0)
        return Error::conflict(QStringLiteral("password"),
                               DemoPasswordsText::tr("%n account(s) of this store already have a password: the demo "
                                                     "passwords are only given to a new demo store",
                                                     nullptr, int(withPassword)));
    int set = 0;
    for (const QString &login : logins) {
        BOOST_OUTCOME_TRY(user, users.findByLogin(login));
        if (!user.has_value() || !user->passwordHash.isEmpty())
            continue;
        BOOST_OUTCOME_TRY(hash, hasher.hash(password));
        BOOST_OUTCOME_TRYV(users.setPasswordHash(user->id, hash, QDateTime::currentDateTimeUtc()));
        ++set;
    }
    BOOST_OUTCOME_TRYV(tx.commit());
    return set;
}

} // namespace comptoir
