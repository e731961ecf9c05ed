// comptoir-cli archive DB --user U --year Y OUT [--provisional]: the yearly ledger archive.
#include "Arguments.h"
#include "CliSession.h"
#include "Command.h"

#include "services/ArchiveService.h"

namespace comptoir::cli {
namespace {

int runArchive(const QStringList &argv, Io &io)
{
    Arguments args(argv, {QStringLiteral("user"), QStringLiteral("year")}, {QStringLiteral("provisional")});
    const qint64 year = args.integer(QStringLiteral("year"), 0);
    if (!args.ok() || args.positional().size() != 2 || !args.value(QStringLiteral("user")) || year <= 0) {
        io.err << "usage: comptoir-cli archive DB --user U --year YYYY OUT [--provisional]\n";
        return 2;
    }
    auto cli = CliSession::signedIn(QStringLiteral("archive"), args.positional().at(0),
                                    args.value(QStringLiteral("user"), QString()), io);
    if (!cli)
        return 1;
    auto summary = ArchiveService(cli->db(), cli->clock())
                       .write(cli->session(), int(year), args.positional().at(1), args.flag(QStringLiteral("provisional")));
    if (!summary)
        return cli->fail(io, summary.error());
    for (const ArchiveFileInfo &f : summary->manifest.files)
        io.out << f.name << ": " << f.rows << " rows, sha256 " << f.sha256 << '\n';
    io.out << "archive " << year << (summary->manifest.yearClosed ? " (closed year)" : " (PROVISIONAL: the year is not closed)")
           << " written to " << summary->folder << "; manifest sha256 " << summary->manifestSha256 << '\n';
    return 0;
}

const CommandRegistration archiveRegistration{{
    QStringLiteral("archive"),
    QStringLiteral("archive a closed year of the sales ledger"),
    QStringLiteral("Usage: comptoir-cli archive DB --user U --year YYYY OUT [--provisional]\n\n"
                   "Writes into the new folder OUT the year's sales, sale lines, payments, credit notes and their\n"
                   "lines, deposits and closures as CSV files (with their prev_hash/hash columns), manifest.json\n"
                   "(store, year, per file: rows, SHA-256, first/last hash of each chain and the hash before the\n"
                   "year's first record) and manifest.sha256. The ledger must verify. A year with no yearly\n"
                   "closure is refused unless --provisional (the manifest then says year_closed: false).\n"
                   "U needs ledger.archive (store manager). Check the result with `comptoir-cli verify-archive OUT`."),
    runArchive,
}};

} // namespace
} // namespace comptoir::cli
