// comptoir-dev crash-writer DB --user U: a test helper for tests/crash/run-crash-test.sh.
// Creates customers one transaction at a time and prints each id once its commit
// returned, so a SIGKILL at any point can be checked against what was confirmed.
#include "Arguments.h"
#include "CliSession.h"
#include "Command.h"

#include "services/CustomerService.h"

namespace comptoir::cli {
namespace {

int runCrashWriter(const QStringList &argv, Io &io)
{
    Arguments args(argv, {QStringLiteral("user"), QStringLiteral("count")}, {});
    const qint64 count = args.integer(QStringLiteral("count"), 0);
    if (!args.ok() || args.positional().size() != 1 || !args.value(QStringLiteral("user"))) {
        io.err << "usage: comptoir-dev crash-writer DB --user U [--count N]\n";
        return 2;
    }
    auto cli = CliSession::signedIn(QStringLiteral("crash-writer"), args.positional().first(),
                                    args.value(QStringLiteral("user"), QString()), io);
    if (!cli)
        return 1;
    CustomerService customers(cli->db(), cli->clock());
    const qint64 pid = QCoreApplication::applicationPid();
    for (qint64 i = 0; count == 0 || i < count; ++i) {
        CustomerInput c;
        c.firstName = QStringLiteral("Crash");
        c.lastName = QStringLiteral("Test %1-%2").arg(pid).arg(i);
        c.email = QStringLiteral("crash.%1.%2@example.org").arg(pid).arg(i);
        c.notes = QString(200, QLatin1Char('n')); // some volume per transaction
        auto id = customers.create(cli->session(), c);
        if (!id)
            return cli->fail(io, id.error());
        io.out << *id << '\n';
        io.out.flush();
    }
    return 0;
}

const CommandRegistration crashWriterRegistration{{
    QStringLiteral("crash-writer"),
    QStringLiteral("(test helper) write customers until killed; see tests/crash"),
    QStringLiteral("Usage: comptoir-dev crash-writer DB --user U [--count N]\n\n"
                   "Test helper for tests/crash/run-crash-test.sh: creates customers, one transaction each,\n"
                   "and prints each id on stdout once committed (flushed), forever or N times. U needs\n"
                   "customer.write. Only for throw-away test databases."),
    runCrashWriter,
}};

} // namespace
} // namespace comptoir::cli
