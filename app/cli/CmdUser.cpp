// comptoir-cli user add|list|disable|enable|reset-password|log DB ...: the technician's user
// administration, and the first-run accounts of a new store.
#include "Arguments.h"
#include "CliSession.h"
#include "Command.h"
#include "DayRange.h"

#include "services/AuthService.h"
#include "services/UserAdminService.h"

namespace comptoir::cli {
namespace {

const QString kName = QStringLiteral("user");

int usage(Io &io)
{
    io.err << "usage: comptoir-cli user add|list|disable|enable|reset-password|log DB [options] (see --help)\n";
    return 2;
}

QString describe(const User &u)
{
    QString state = u.active ? QStringLiteral("active") : QStringLiteral("disabled");
    if (u.lockedUntil.isValid() && u.lockedUntil > QDateTime::currentDateTimeUtc())
        state += QStringLiteral(", locked until ") + toIsoUtc(u.lockedUntil);
    return QStringLiteral("%1\t%2\t%3\t%4").arg(u.login, u.role, u.displayName, state);
}

int add(const QString &db, const Arguments &args, Io &io)
{
    const auto login = args.value(QStringLiteral("login"));
    const auto name = args.value(QStringLiteral("name"));
    const auto role = args.value(QStringLiteral("role"));
    if (!login || !name || !role) {
        io.err << "comptoir-cli user add: --login, --name and --role are required\n";
        return 2;
    }
    const auto actor = args.value(QStringLiteral("user"));
    auto cli = actor ? CliSession::signedIn(kName, db, *actor, io) : CliSession::open(kName, db, io);
    if (!cli)
        return 1;
    AuthService auth(cli->db(), cli->clock(), cli->hasher());
    if (!actor) {
        auto roles = auth.firstRunRoles();
        if (!roles)
            return cli->fail(io, roles.error());
        if (roles->isEmpty())
            return cli->fail(io, QStringLiteral("this store is set up: sign in as a technician with --user"));
        if (!roles->contains(*role))
            return cli->fail(io, QStringLiteral("without --user only these accounts can be created now: %1")
                                     .arg(roles->join(QStringLiteral(", "))));
    }
    auto password = CliSession::readNewPassword(*login, io);
    if (!password)
        return cli->fail(io, QStringLiteral("no password: set COMPTOIR_NEW_PASSWORD or run in a terminal"));
    const NewUser input{*login, *name, *role, *password};
    Result<qint64> id = actor ? UserAdminService(cli->db(), cli->clock(), cli->hasher()).createUser(cli->session(), input)
                              : auth.createInitialAccount(input);
    if (!id)
        return cli->fail(io, id.error());
    io.out << "created user " << login->trimmed() << " (#" << *id << ", " << *role << ")\n";
    return 0;
}

int setActive(const QString &db, const Arguments &args, bool active, Io &io)
{
    const auto login = args.value(QStringLiteral("login"));
    if (!login) {
        io.err << "comptoir-cli user: --login is required\n";
        return 2;
    }
    auto cli = CliSession::signedIn(kName, db, args.value(QStringLiteral("user"), QString()), io);
    if (!cli)
        return 1;
    UserAdminService admin(cli->db(), cli->clock(), cli->hasher());
    auto user = admin.findByLogin(cli->session(), *login);
    if (!user)
        return cli->fail(io, user.error());
    if (Status s = admin.setActive(cli->session(), user->id, active); !s)
        return cli->fail(io, s.error());
    io.out << (active ? "enabled " : "disabled ") << user->login << '\n';
    return 0;
}

int resetPassword(const QString &db, const Arguments &args, Io &io)
{
    const auto login = args.value(QStringLiteral("login"));
    if (!login) {
        io.err << "comptoir-cli user reset-password: --login is required\n";
        return 2;
    }
    auto cli = CliSession::signedIn(kName, db, args.value(QStringLiteral("user"), QString()), io);
    if (!cli)
        return 1;
    UserAdminService admin(cli->db(), cli->clock(), cli->hasher());
    auto user = admin.findByLogin(cli->session(), *login);
    if (!user)
        return cli->fail(io, user.error());
    auto password = CliSession::readNewPassword(user->login, io);
    if (!password)
        return cli->fail(io, QStringLiteral("no password: set COMPTOIR_NEW_PASSWORD or run in a terminal"));
    if (Status s = admin.resetPassword(cli->session(), user->id, *password); !s)
        return cli->fail(io, s.error());
    io.out << "password of " << user->login << " reset\n";
    return 0;
}

int list(const QString &db, const Arguments &args, Io &io)
{
    auto cli = CliSession::signedIn(kName, db, args.value(QStringLiteral("user"), QString()), io);
    if (!cli)
        return 1;
    auto users = UserAdminService(cli->db(), cli->clock(), cli->hasher()).users(cli->session());
    if (!users)
        return cli->fail(io, users.error());
    for (const User &u : *users)
        io.out << describe(u) << '\n';
    return 0;
}

int log(const QString &db, Arguments &args, Io &io)
{
    LoginEventFilter filter;
    filter.login = args.value(QStringLiteral("login"), QString());
    filter.limit = static_cast<int>(args.integer(QStringLiteral("limit"), 100));
    QString error;
    const auto range = DayRange::fromArguments(args, error);
    if (!range) {
        io.err << "comptoir-cli user log: " << error << '\n';
        return 2;
    }
    filter.from = range->from;
    filter.to = range->to;
    if (!args.ok()) {
        io.err << "comptoir-cli user log: " << args.error() << '\n';
        return 2;
    }
    auto cli = CliSession::signedIn(kName, db, args.value(QStringLiteral("user"), QString()), io);
    if (!cli)
        return 1;
    auto events = UserAdminService(cli->db(), cli->clock(), cli->hasher()).loginHistory(cli->session(), filter);
    if (!events)
        return cli->fail(io, events.error());
    for (const LoginEvent &e : *events)
        io.out << toIsoUtc(e.at) << '\t' << e.login << '\t' << (e.success ? "ok" : "FAILED") << '\t' << e.reason
               << '\n';
    return 0;
}

int runUser(const QStringList &argv, Io &io)
{
    Arguments args(argv, {QStringLiteral("user"), QStringLiteral("login"), QStringLiteral("name"),
                          QStringLiteral("role"), QStringLiteral("from"), QStringLiteral("to"), QStringLiteral("limit")},
                   {});
    if (!args.ok()) {
        io.err << "comptoir-cli user: " << args.error() << '\n';
        return 2;
    }
    if (args.positional().size() != 2)
        return usage(io);
    const QString action = args.positional().at(0);
    const QString db = args.positional().at(1);
    if (action != QLatin1String("add") && !args.value(QStringLiteral("user"))) {
        io.err << "comptoir-cli user " << action << ": --user LOGIN is required\n";
        return 2;
    }
    if (action == QLatin1String("add"))
        return add(db, args, io);
    if (action == QLatin1String("list"))
        return list(db, args, io);
    if (action == QLatin1String("disable") || action == QLatin1String("enable"))
        return setActive(db, args, action == QLatin1String("enable"), io);
    if (action == QLatin1String("reset-password"))
        return resetPassword(db, args, io);
    if (action == QLatin1String("log"))
        return log(db, args, io);
    return usage(io);
}

const CommandRegistration userRegistration{{
    kName,
    QStringLiteral("manage user accounts (technician) and the sign-in log"),
    QStringLiteral(
        "Usage:\n"
        "  comptoir-cli user add DB --login L --name \"Full Name\" --role ROLE [--user TECHNICIAN]\n"
        "  comptoir-cli user list DB --user TECHNICIAN\n"
        "  comptoir-cli user disable|enable DB --login L --user TECHNICIAN\n"
        "  comptoir-cli user reset-password DB --login L --user TECHNICIAN\n"
        "  comptoir-cli user log DB --user U [--login L] [--from DATE] [--to DATE] [--limit N]\n\n"
        "ROLE is sales_associate, intern, technician or manager. A new store has no account:\n"
        "until a technician exists, `user add` without --user creates the first manager and\n"
        "technician accounts; after that the technician (--user) creates every account.\n"
        "`user log` needs loginlog.view (technician, manager); DATEs are local days (--to included).\n\n"
        "Passwords: the signing-in user's from $COMPTOIR_PASSWORD, else asked on the terminal;\n"
        "a new password from $COMPTOIR_NEW_PASSWORD, else asked twice. At least 12 characters."),
    runUser,
}};

} // namespace
} // namespace comptoir::cli
