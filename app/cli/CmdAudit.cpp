// comptoir-cli audit DB --user U [filters]: lists audit entries, as far as U may read them.
#include "Arguments.h"
#include "CliSession.h"
#include "Command.h"
#include "DayRange.h"

#include "services/AuditService.h"

#include <QJsonDocument>

namespace comptoir::cli {
namespace {

int runAudit(const QStringList &argv, Io &io)
{
    Arguments args(argv, {QStringLiteral("user"), QStringLiteral("login"), QStringLiteral("entity"),
                          QStringLiteral("from"), QStringLiteral("to"), QStringLiteral("limit")},
                   {});
    AuditFilter filter;
    filter.limit = static_cast<int>(args.integer(QStringLiteral("limit"), 1000));
    if (!args.ok() || args.positional().size() != 1 || !args.value(QStringLiteral("user"))) {
        io.err << "usage: comptoir-cli audit DB --user U [--login L] [--entity E] [--from DATE] [--to DATE] [--limit N]";
        if (!args.ok())
            io.err << " (" << args.error() << ')';
        io.err << '\n';
        return 2;
    }
    QString error;
    const auto range = DayRange::fromArguments(args, error);
    if (!range) {
        io.err << "comptoir-cli audit: " << error << '\n';
        return 2;
    }
    filter.login = args.value(QStringLiteral("login"), QString());
    filter.entity = args.value(QStringLiteral("entity"), QString());
    filter.from = range->from;
    filter.to = range->to;

    auto cli = CliSession::signedIn(QStringLiteral("audit"), args.positional().first(),
                                    args.value(QStringLiteral("user"), QString()), io);
    if (!cli)
        return 1;
    AuditService audit(cli->db());
    auto entries = audit.list(cli->session(), filter);
    if (!entries)
        return cli->fail(io, entries.error());
    for (const AuditEntry &e : *entries) {
        io.out << '#' << e.id << '\t' << toIsoUtc(e.at) << '\t' << (e.login.isEmpty() ? QStringLiteral("-") : e.login)
               << '\t' << e.action << '\t' << e.entity;
        if (e.entityId)
            io.out << '#' << e.entityId;
        io.out << '\t' << e.scope << '\t' << QString::fromUtf8(QJsonDocument(e.changes).toJson(QJsonDocument::Compact))
               << '\n';
    }
    return 0;
}

const CommandRegistration auditRegistration{{
    QStringLiteral("audit"),
    QStringLiteral("list audit trail entries (manager: all; technician: system entries)"),
    QStringLiteral(
        "Usage: comptoir-cli audit DB --user U [--login L] [--entity E] [--from DATE] [--to DATE] [--limit N]\n\n"
        "Lists audit entries, newest first: id, UTC time, login, action, entity#id, scope, changes.\n"
        "The manager (audit.view) sees every entry; the technician (audit.view.system) only the\n"
        "system ones (sign-ins, users, backups), never an entry about customers or the business.\n"
        "--login: entries by that user; --entity: customer, user, database...; DATEs are local days\n"
        "(2026-11-24 or 24/11/2026), --to included; --limit defaults to 1000.\n"
        "The password comes from $COMPTOIR_PASSWORD, else it is asked on the terminal."),
    runAudit,
}};

} // namespace
} // namespace comptoir::cli
