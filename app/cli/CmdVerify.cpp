// comptoir-cli verify DB --user U: checks the database and its hash chains now.
#include "Arguments.h"
#include "CliSession.h"
#include "Command.h"

#include "services/AuditService.h"
#include "services/LedgerVerifier.h"
#include "storage/BackupStore.h"

#include <functional>

namespace comptoir::cli {
namespace {

/** One line of the verify report; `ok` false makes the command exit 1. */
struct CheckOutcome {
    bool ok = true;
    QString line;
};

/**
 * The checks `verify` runs, in order. Each is independent and reports one line; add a
 * checker here for each further chain (sales, credit notes, closures).
 */
struct Checker {
    QString name;
    std::function<CheckOutcome(CliSession &)> run;
};

CheckOutcome checkDatabase(CliSession &cli)
{
    if (Status s = BackupStore::checkIntegrity(cli.db(), false); !s)
        return {false, QStringLiteral("database: %1").arg(s.error().message)};
    return {true, QStringLiteral("database: integrity ok, no broken reference")};
}

CheckOutcome checkAuditTrail(CliSession &cli)
{
    AuditService audit(cli.db());
    auto check = audit.verifyChain(cli.session());
    if (!check)
        return {false, QStringLiteral("audit trail: %1").arg(check.error().message)};
    if (check->firstBadId)
        return {false, QStringLiteral("audit trail: BROKEN at entry #%1: %2 (%3 entries read)")
                           .arg(*check->firstBadId)
                           .arg(check->problem)
                           .arg(check->checked)};
    return {true, QStringLiteral("audit trail: %1 entries, chain intact").arg(check->checked)};
}

/** The sales, credit-note and closure chains, one outcome (the first broken chain wins). */
CheckOutcome checkLedger(CliSession &cli)
{
    auto report = LedgerVerifier(cli.db()).verify(cli.session());
    if (!report)
        return {false, QStringLiteral("ledger: %1").arg(report.error().message)};
    for (const LedgerChainCheck *c : {&report->sales, &report->creditNotes, &report->closures}) {
        if (!c->ok())
            return {false, QStringLiteral("ledger: BROKEN: %1").arg(c->problem)};
    }
    return {true, QStringLiteral("ledger: %1 sales, %2 credit notes, %3 closures, chains and closures intact")
                      .arg(report->sales.checked)
                      .arg(report->creditNotes.checked)
                      .arg(report->closures.checked)};
}

QList<Checker> checkers()
{
    return {
        {QStringLiteral("database"), checkDatabase},
        {QStringLiteral("audit trail"), checkAuditTrail},
        {QStringLiteral("ledger"), checkLedger},
    };
}

int runVerify(const QStringList &argv, Io &io)
{
    Arguments args(argv, {QStringLiteral("user")}, {});
    if (!args.ok() || args.positional().size() != 1 || !args.value(QStringLiteral("user"))) {
        io.err << "usage: comptoir-cli verify DB --user U\n";
        return 2;
    }
    auto cli = CliSession::signedIn(QStringLiteral("verify"), args.positional().first(),
                                    args.value(QStringLiteral("user"), QString()), io);
    if (!cli)
        return 1;
    bool allOk = true;
    for (const Checker &checker : checkers()) {
        const CheckOutcome outcome = checker.run(*cli);
        (outcome.ok ? io.out : io.err) << outcome.line << '\n';
        allOk = allOk && outcome.ok;
    }
    return allOk ? 0 : 1;
}

const CommandRegistration verifyRegistration{{
    QStringLiteral("verify"),
    QStringLiteral("check the database and the audit trail's hash chain"),
    QStringLiteral("Usage: comptoir-cli verify DB --user U\n\n"
                   "Runs PRAGMA integrity_check and foreign_key_check, then recomputes the audit trail's\n"
                   "hash chain and names the first entry that was altered or removed. Prints one line per\n"
                   "check (\"audit trail: N entries, chain intact\"); exits 1 if any check fails.\n"
                   "U needs audit.view (manager) or audit.view.system (technician). The password comes\n"
                   "from $COMPTOIR_PASSWORD, else it is asked on the terminal."),
    runVerify,
}};

} // namespace
} // namespace comptoir::cli
