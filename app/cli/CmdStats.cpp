// comptoir-cli stats DB --user U: headline figures of a store database (the manager's).
#include "Arguments.h"
#include "CliSession.h"
#include "Command.h"

#include "domain/Money.h"
#include "services/StatsService.h"

namespace comptoir::cli {
namespace {

int runStats(const QStringList &argv, Io &io)
{
    Arguments args(argv, {QStringLiteral("user")}, {});
    if (!args.ok() || args.positional().size() != 1) {
        if (!args.ok())
            io.err << "comptoir-cli stats: " << args.error() << '\n';
        io.err << "usage: comptoir-cli stats DB --user U\n";
        return 2;
    }
    auto cli = CliSession::signedIn(QStringLiteral("stats"), args.positional().first(),
                                    args.value(QStringLiteral("user"), QString()), io);
    if (!cli)
        return 1;
    auto stats = StatsService(cli->db()).read(cli->session());
    if (!stats)
        return cli->fail(io, stats.error());
    const DatabaseStats &s = *stats;
    auto line = [&io](const char *label, const QString &value) {
        io.out << QString::fromUtf8(label).leftJustified(16) << value << '\n';
    };
    auto number = [](qint64 n) { return QString::number(n); };
    line("store", s.storeName.isEmpty() ? QStringLiteral("(none)") : s.storeName + QStringLiteral(" (") + s.storeCode + QLatin1Char(')'));
    line("schema version", number(s.schemaVersion));
    line("users", number(s.users));
    line("customers", number(s.customers));
    line("products", number(s.products));
    line("sales", number(s.sales));
    line("sale lines", number(s.saleLines));
    line("payments", number(s.payments));
    line("appointments", number(s.appointments));
    line("complaints", number(s.complaints));
    line("stock moves", number(s.stockMoves));
    line("consents", number(s.consents));
    line("interactions", number(s.interactions));
    line("first sale", s.firstSaleDay.isValid() ? s.firstSaleDay.toString(Qt::ISODate) : QStringLiteral("-"));
    line("last sale", s.lastSaleDay.isValid() ? s.lastSaleDay.toString(Qt::ISODate) : QStringLiteral("-"));
    line("revenue", Money::fromCents(s.revenueCents).toString() + QStringLiteral(" (VAT incl.)"));
    line("file size", QString::number(double(s.fileBytes) / (1024.0 * 1024.0), 'f', 1) + QStringLiteral(" MiB"));
    return 0;
}

const CommandRegistration statsRegistration{{
    QStringLiteral("stats"),
    QStringLiteral("show the counts, sales period, revenue and size of a database"),
    QStringLiteral("Usage: comptoir-cli stats DB --user U\n\n"
                   "Prints the store name, schema version, counts of customers, products, sales, sale lines,\n"
                   "payments, appointments, complaints and stock moves, the first and last sale dates, the\n"
                   "revenue (VAT included) and the file size. U needs kpi.view (the store manager); the\n"
                   "password comes from COMPTOIR_PASSWORD or a prompt."),
    runStats,
}};

} // namespace
} // namespace comptoir::cli
