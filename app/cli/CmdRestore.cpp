// comptoir-cli restore BACKUP DB --user U: replaces DB by a checked backup (technician).
#include "Arguments.h"
#include "CliSession.h"
#include "Command.h"

#include "services/BackupService.h"
#include "storage/DatabaseLock.h"
#include "storage/ScratchDatabaseFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace comptoir::cli {
namespace {

int runRestore(const QStringList &argv, Io &io)
{
    Arguments args(argv, {QStringLiteral("user")}, {});
    if (!args.ok() || args.positional().size() != 2) {
        io.err << "usage: comptoir-cli restore BACKUP DB --user U\n";
        return 2;
    }
    const QString backup = args.positional().at(0);
    const QString dbPath = args.positional().at(1);
    const QString login = args.value(QStringLiteral("user"), QString());
    const QString command = QStringLiteral("restore");
    if (login.isEmpty()) {
        io.err << "comptoir-cli restore: --user LOGIN is required (see comptoir-cli restore --help)\n";
        return 2;
    }

    // Refuse at once if the database is open elsewhere (restore checks again, under the lock).
    if (auto probe = DatabaseLock::exclusive(dbPath); !probe) {
        io.err << "comptoir-cli restore: " << probe.error().message << '\n';
        return 1;
    }

    // Sign in on the database being replaced; if it is missing or cannot be opened, on a
    // scratch copy of the backup (the accounts are the same), so the backup stays untouched.
    std::unique_ptr<CliSession> cli;
    std::optional<ScratchDatabaseFile> scratch;
    if (QFileInfo(dbPath).isFile())
        cli = CliSession::open(command, dbPath, io);
    if (cli) {
        // A refused sign-in on the database never falls back to the backup's accounts.
        if (!cli->signIn(login, io))
            return 1;
    } else {
        io.err << "comptoir-cli restore: signing in on the backup instead\n";
        auto copy = ScratchDatabaseFile::create(QDir::tempPath(), QStringLiteral("comptoir-signin"));
        if (!copy) {
            io.err << "comptoir-cli restore: " << copy.error().message << '\n';
            return 1;
        }
        scratch.emplace(std::move(copy.value()));
        QFile::remove(scratch->path());
        if (!QFile::copy(backup, scratch->path())) {
            io.err << "comptoir-cli restore: cannot read the backup " << backup << '\n';
            return 1;
        }
        cli = CliSession::signedIn(command, scratch->path(), login, io);
        if (!cli)
            return 1;
    }
    const Session session = cli->session();
    cli->close(); // restore needs the database closed and unlocked

    SystemClock clock;
    auto report = BackupService::restore(session, backup, dbPath, clock);
    if (!report) {
        const Error &e = report.error();
        io.err << "comptoir-cli restore: " << (e.code == ErrorCode::PermissionDenied ? e.message : e.toString()) << '\n';
        return 1;
    }
    io.out << "restored " << QFileInfo(dbPath).absoluteFilePath() << " from " << report->restoredFrom << " (schema "
           << report->schemaVersion << ")\n";
    if (!report->replacedPath.isEmpty())
        io.out << "the previous database was kept as " << report->replacedPath << '\n';
    return 0;
}

const CommandRegistration restoreRegistration{{
    QStringLiteral("restore"),
    QStringLiteral("replace the database by a checked backup (technician)"),
    QStringLiteral("Usage: comptoir-cli restore BACKUP DB --user U\n\n"
                   "Checks BACKUP (a Comptoir database not newer than this program, integrity_check,\n"
                   "foreign_key_check), moves the current DB aside as DB.replaced-YYYYMMDD-HHMMSSZ and puts\n"
                   "the checked copy in its place. Refused, with DB untouched, if the backup is bad or if DB\n"
                   "is open in the app or another comptoir-cli (its DB.lock is held).\n"
                   "U needs backup.restore (technician); U signs in on DB, or on the backup if DB is missing\n"
                   "or damaged. The password comes from $COMPTOIR_PASSWORD, else it is asked on the terminal."),
    runRestore,
}};

} // namespace
} // namespace comptoir::cli
