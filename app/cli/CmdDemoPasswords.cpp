// comptoir-cli demo-passwords DB: gives the demo store's accounts their documented password.
// No sign-in: it acts only on a store where no account has a password yet (a new demo
// store, where nobody can sign in), as `user add` during first-run set-up.
#include "Arguments.h"
#include "Command.h"

#include "access/PasswordHasher.h"
#include "demo/DemoAccounts.h"
#include "services/DemoPasswords.h"
#include "storage/Database.h"

namespace comptoir::cli {
namespace {

int runDemoPasswords(const QStringList &argv, Io &io)
{
    Arguments args(argv, {}, {});
    if (!args.ok() || args.positional().size() != 1) {
        io.err << "usage: comptoir-cli demo-passwords DB\n";
        return 2;
    }
    auto db = Database::open(args.positional().first(), Database::Mode::OpenExisting);
    if (!db) {
        io.err << "comptoir-cli demo-passwords: " << db.error().toString() << '\n';
        return 1;
    }
    PasswordHasher hasher;
    QStringList logins;
    for (const demo::DemoAccount &account : demo::demoAccounts())
        logins.append(account.login);
    auto set = setDemoPasswords(**db, hasher, logins, demo::demoPassword());
    if (!set) {
        io.err << "comptoir-cli demo-passwords: " << set.error().toString() << '\n';
        return 1;
    }
    io.out << "demo-passwords: " << *set << " demo account(s) given the password \"" << demo::demoPassword()
           << "\"\n";
    return 0;
}

const CommandRegistration demoPasswordsRegistration{{
    QStringLiteral("demo-passwords"),
    QStringLiteral("give the demo accounts their documented password"),
    QStringLiteral("Usage: comptoir-cli demo-passwords DB\n\n"
                   "Sets the password \"comptoir-demo\" on the demo store's accounts (directeur, vendeur,\n"
                   "stagiaire, technicien...) that have none yet, only while no account of the store has a\n"
                   "password (a new demo store: nobody can sign in yet). Refused afterwards: passwords are then\n"
                   "changed or reset signed in (comptoir-cli user reset-password)."),
    runDemoPasswords,
}};

} // namespace
} // namespace comptoir::cli
