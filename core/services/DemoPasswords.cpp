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
    if (!tx.isActive())
        return tx.error();
    UserRepository users(db);
    auto withPassword = users.countWithPassword();
    if (!withPassword)
        return withPassword.error();
    if (*withPassword > 0)
        return Error::conflict(QStringLiteral("password"),
                               DemoPasswordsText::tr("%n account(s) of this store already have a password: the demo "
                                                     "passwords are only given to a new demo store",
                                                     nullptr, int(*withPassword)));
    int set = 0;
    for (const QString &login : logins) {
        auto user = users.findByLogin(login);
        if (!user)
            return user.error();
        if (!user->has_value() || !(*user)->passwordHash.isEmpty())
            continue;
        auto hash = hasher.hash(password);
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

} // namespace comptoir
