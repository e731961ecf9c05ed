// comptoir-cli export DB ENTITY FILE --user U [...]: exports an entity as CSV or XLSX (issue 7).
#include "Arguments.h"
#include "CliSession.h"
#include "Command.h"

#include "services/ExportService.h"
#include "services/export/EntityRows.h"

namespace comptoir::cli {
namespace {

const char *const kExportUsage = "usage: comptoir-cli export DB ENTITY FILE --user U [--format csv|xlsx] [--sep ';'] "
                           "[--encoding utf-8|windows-1252]";

std::optional<char> separatorOf(const QString &text)
{
    if (text == u"\\t" || text == u"tab" || text == u"\t")
        return '\t';
    if (text == u";" || text == u"," || text == u"|")
        return text.at(0).toLatin1();
    return std::nullopt;
}

int runExport(const QStringList &argv, Io &io)
{
    Arguments args(argv,
                   {QStringLiteral("user"), QStringLiteral("format"), QStringLiteral("sep"),
                    QStringLiteral("encoding")},
                   {});
    const QString entity = args.positional().size() == 3 ? args.positional().at(1) : QString();
    const QString format = args.value(QStringLiteral("format"), QStringLiteral("csv")).toLower();
    const auto separator = separatorOf(args.value(QStringLiteral("sep"), QStringLiteral(";")));
    const auto encoding = TextCodec::fromName(args.value(QStringLiteral("encoding"), QStringLiteral("utf-8")));
    const bool known = ExportService::entities().contains(EntityRows::canonicalName(entity));
    if (!args.ok() || !known || !separator || !encoding || (format != u"csv" && format != u"xlsx") ||
        !args.value(QStringLiteral("user"))) {
        io.err << kExportUsage << '\n' << "ENTITY: " << ExportService::entities().join(QStringLiteral(", "))
               << " (sales: one row per sale line)";
        if (!args.ok())
            io.err << " (" << args.error() << ')';
        io.err << '\n';
        return 2;
    }
    auto cli = CliSession::signedIn(QStringLiteral("export"), args.positional().first(),
                                    args.value(QStringLiteral("user"), QString()), io);
    if (!cli)
        return 1;
    ExportOptions options;
    options.format = format == u"xlsx" ? ExportOptions::Format::Xlsx : ExportOptions::Format::Csv;
    options.separator = *separator;
    options.encoding = *encoding;
    ExportService service(cli->db(), cli->clock());
    auto rows = service.exportEntity(cli->session(), entity, args.positional().at(2), options);
    if (!rows)
        return cli->fail(io, rows.error());
    io.out << "exported " << *rows << " rows to " << args.positional().at(2) << '\n';
    return 0;
}

const CommandRegistration exportRegistration{{
    QStringLiteral("export"),
    QStringLiteral("export customers, products, suppliers, stock moves or sale lines as CSV or XLSX"),
    QStringLiteral(
        "Usage: comptoir-cli export DB ENTITY FILE --user U [--format csv|xlsx] [--sep ';'|','|tab]\n"
        "                          [--encoding utf-8|windows-1252]\n\n"
        "ENTITY: customers, products, suppliers, stock-moves, sales (one row per sale line; also\n"
        "\"sale-lines\"). Writes FILE atomically (a failed export leaves no partial file), with the\n"
        "columns the import reads back. Text cells are protected against formula injection. Customers need the\n"
        "customer.export permission, the rest export.run. The password comes from $COMPTOIR_PASSWORD."),
    runExport,
}};

} // namespace
} // namespace comptoir::cli
