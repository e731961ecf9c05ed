// comptoir-cli stats DB: headline figures of a store database.
#include "Arguments.h"
#include "Command.h"

#include "domain/Money.h"
#include "storage/Database.h"
#include "storage/StatsRepository.h"

namespace comptoir::cli {
namespace {

int runStats(const QStringList &argv, Io &io)
{
    Arguments args(argv, {}, {});
    if (!args.ok() || args.positional().size() != 1) {
        if (!args.ok())
            io.err << "comptoir-cli stats: " << args.error() << '\n';
        io.err << "usage: comptoir-cli stats DB\n";
        return 2;
    }
    const QString path = args.positional().first();
    auto db = Database::open(path, Database::Mode::OpenExisting);
    if (!db) {
        io.err << "comptoir-cli stats: " << db.error().toString() << '\n';
        return 1;
    }
    auto stats = StatsRepository(**db).read();
    if (!stats) {
        io.err << "comptoir-cli stats: " << stats.error().toString() << '\n';
        return 1;
    }
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
    QStringLiteral("Usage: comptoir-cli stats DB\n\n"
                   "Prints the store name, schema version, counts of customers, products, sales, sale lines,\n"
                   "payments, appointments, complaints and stock moves, the first and last sale dates, the\n"
                   "revenue (VAT included) and the file size."),
    runStats,
}};

} // namespace
} // namespace comptoir::cli
