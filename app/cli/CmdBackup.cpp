// comptoir-cli backup DB OUT --user U: an online, checked backup of the store database.
#include "Arguments.h"
#include "CliSession.h"
#include "Command.h"

#include "services/BackupService.h"

#include <QFileInfo>

namespace comptoir::cli {
namespace {

int runBackup(const QStringList &argv, Io &io)
{
    Arguments args(argv, {QStringLiteral("user")}, {});
    if (!args.ok() || args.positional().size() != 2 || !args.value(QStringLiteral("user"))) {
        io.err << "usage: comptoir-cli backup DB OUT --user U\n";
        return 2;
    }
    const QString out = args.positional().at(1);
    auto cli = CliSession::signedIn(QStringLiteral("backup"), args.positional().at(0),
                                    args.value(QStringLiteral("user"), QString()), io);
    if (!cli)
        return 1;
    BackupService backups(cli->db(), cli->clock());
    const bool folder = QFileInfo(out).isDir();
    auto made = folder ? backups.autoBackup(cli->session(), out) : backups.backup(cli->session(), out);
    if (!made)
        return cli->fail(io, made.error());
    io.out << "backup written and checked: " << made->path << " (" << made->bytes << " bytes)\n";
    for (const QString &old : made->removed)
        io.out << "removed old backup " << old << '\n';
    return 0;
}

const CommandRegistration backupRegistration{{
    QStringLiteral("backup"),
    QStringLiteral("back the database up to a checked file"),
    QStringLiteral("Usage: comptoir-cli backup DB OUT --user U\n\n"
                   "Copies DB with SQLite's online backup (other programs may keep working), reopens the\n"
                   "copy and checks it (integrity_check, foreign_key_check), then moves it to OUT. OUT must\n"
                   "not exist; nothing is left at OUT if anything fails. If OUT is a folder, the backup is\n"
                   "named comptoir-YYYYMMDD-HHMMSSZ.db (UTC) there and only the newest `backup.keep`\n"
                   "(setting, default 10) such backups are kept.\n"
                   "U needs backup.run (technician, manager). The password comes from $COMPTOIR_PASSWORD,\n"
                   "else it is asked on the terminal."),
    runBackup,
}};

} // namespace
} // namespace comptoir::cli
