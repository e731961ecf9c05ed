// comptoir-cli import DB ENTITY FILE --user U [...]: imports a CSV file (issue 7).
#include "Arguments.h"
#include "CliSession.h"
#include "Command.h"

#include "services/ImportService.h"

#include <QFile>

namespace comptoir::cli {
namespace {

const char *const kImportUsage =
    "usage: comptoir-cli import DB ENTITY FILE --user U [--profile P] [--dry-run] [--skip-invalid] "
    "[--on-duplicate skip|update|create] [--rejects OUT]";

int runImport(const QStringList &argv, Io &io)
{
    Arguments args(argv,
                   {QStringLiteral("user"), QStringLiteral("profile"), QStringLiteral("on-duplicate"),
                    QStringLiteral("rejects")},
                   {QStringLiteral("dry-run"), QStringLiteral("skip-invalid")});
    const auto entity = args.positional().size() == 3 ? importEntityFromString(args.positional().at(1)) : std::nullopt;
    const auto policy = duplicatePolicyFromString(args.value(QStringLiteral("on-duplicate"), QStringLiteral("skip")));
    if (!args.ok() || !entity || !policy || !args.value(QStringLiteral("user"))) {
        io.err << kImportUsage << '\n'
               << "ENTITY: customers, products, suppliers, stock-moves, sales, appointments, complaints";
        if (!args.ok())
            io.err << " (" << args.error() << ')';
        io.err << '\n';
        return 2;
    }
    // A plain copy: GCC 12 at -O2 wrongly warns that *entity may be uninitialized below.
    const ImportEntity chosen = entity.value_or(ImportEntity{});
    QFile file(args.positional().at(2));
    if (!file.open(QIODevice::ReadOnly)) {
        io.err << "comptoir-cli import: cannot read " << file.fileName() << ": " << file.errorString() << '\n';
        return 1;
    }
    auto cli = CliSession::signedIn(QStringLiteral("import"), args.positional().first(),
                                    args.value(QStringLiteral("user"), QString()), io);
    if (!cli)
        return 1;
    ImportService service(cli->db(), cli->clock());
    ImportOptions options;
    options.dryRun = args.flag(QStringLiteral("dry-run"));
    options.skipInvalid = args.flag(QStringLiteral("skip-invalid"));
    options.onDuplicate = *policy;
    options.rejectsPath = args.value(QStringLiteral("rejects"), QString());
    if (auto name = args.value(QStringLiteral("profile"))) {
        auto mapping = service.profile(cli->session(), *name, chosen);
        if (!mapping)
            return cli->fail(io, mapping.error());
        options.mapping = *mapping;
    }
    auto report = service.run(cli->session(), chosen, &file, options);
    if (!report)
        return cli->fail(io, report.error());
    for (const ImportProblem &p : report->problems) {
        if (p.column.isEmpty())
            io.err << "line " << p.line << ": " << p.reason << '\n';
        else
            io.err << "line " << p.line << ", column " << p.column << ": " << p.reason << '\n';
    }
    io.out << "read " << report->read << ", imported " << report->imported << ", updated " << report->updated
           << ", skipped " << report->skipped << ", rejected " << report->rejected << '\n';
    if (chosen == ImportEntity::Sales)
        io.out << "sales: imported " << report->importedGroups << ", rejected " << report->rejectedGroups << '\n';
    if (options.dryRun)
        io.out << "dry run: nothing written\n";
    else if (!report->committed)
        io.out << "nothing written\n";
    if (!report->committed && !options.dryRun)
        return 1;
    return report->rejected > 0 && !options.skipInvalid ? 1 : 0;
}

const CommandRegistration importRegistration{{
    QStringLiteral("import"),
    QStringLiteral("import customers, products, suppliers, stock moves, historical sales, appointments or "
                   "complaints from a CSV file"),
    QStringLiteral(
        "Usage: comptoir-cli import DB ENTITY FILE --user U [--profile P] [--dry-run] [--skip-invalid]\n"
        "                          [--on-duplicate skip|update|create] [--rejects OUT]\n\n"
        "ENTITY: customers, products, suppliers, stock-moves, sales, appointments, complaints.\n"
        "sales: one row per sale line; consecutive rows with the same sale key form one sale, which is\n"
        "imported whole or rejected whole (imported = 1, next numbers of the sales chain, no stock move;\n"
        "dates must be past, after the last closed day and before the first sale rung up here).\n"
        "The separator (; , TAB) and the encoding\n"
        "(UTF-8, Windows-1252) are detected; columns are matched from French or English names, or\n"
        "by the saved profile P. Every rejected row is printed as \"line L, column C: reason\".\n"
        "By default one bad row writes nothing (exit 1); --skip-invalid writes the valid rows and,\n"
        "with --rejects, the others to OUT with a \"reason\" column. --dry-run writes nothing.\n"
        "--on-duplicate: a customer with the same e-mail, phone or card (a product with the same SKU)\n"
        "is skipped (default), updated with the non-empty cells, or created anyway.\n"
        "Needs the import.run permission. The password comes from $COMPTOIR_PASSWORD."),
    runImport,
}};

} // namespace
} // namespace comptoir::cli
