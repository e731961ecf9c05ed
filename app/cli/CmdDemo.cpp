// comptoir-cli demo DB: fills an empty store database with the deterministic demo store.
#include "Arguments.h"
#include "Command.h"

#include "demo/DemoGenerator.h"
#include "demo/DemoStoreWriter.h"
#include "storage/ComplaintRepository.h"
#include "storage/Database.h"

#include <QElapsedTimer>
#include <QJsonObject>

namespace comptoir::cli {
namespace {

using demo::DemoCounts;
using demo::DemoPhase;

QString seconds(const QElapsedTimer &timer)
{
    return QString::number(double(timer.nsecsElapsed()) / 1e9, 'f', 1) + QStringLiteral(" s");
}

void printPhase(QTextStream &out, DemoPhase phase, const DemoCounts &c, QElapsedTimer &step)
{
    switch (phase) {
    case DemoPhase::Catalogue:
        out << "demo: store, " << c.users << " users, " << c.categories << " categories, " << c.suppliers
            << " suppliers, " << c.products << " products";
        break;
    case DemoPhase::Customers:
        out << "demo: " << c.customers << " customers";
        break;
    case DemoPhase::Sales:
        out << "demo: " << c.sales << " sales, " << c.saleLines << " lines, " << c.payments << " payments, "
            << c.stockMoves << " stock moves";
        break;
    case DemoPhase::Activities:
        out << "demo: " << c.appointments << " appointments, " << c.complaints << " complaints ("
            << c.complaintEvents << " events), " << c.consents << " consents, " << c.interactions << " interactions";
        break;
    }
    out << " (" << seconds(step) << ")\n";
    out.flush();
    step.restart();
}

int runDemo(const QStringList &argv, Io &io)
{
    QElapsedTimer total;
    total.start();
    Arguments args(argv,
                   {QStringLiteral("customers"), QStringLiteral("products"), QStringLiteral("sales"), QStringLiteral("seed"),
                    QStringLiteral("end-date"), QStringLiteral("store-name")},
                   {});
    demo::DemoOptions options;
    options.customers = int(args.integer(QStringLiteral("customers"), options.customers));
    options.products = int(args.integer(QStringLiteral("products"), options.products));
    options.sales = int(args.integer(QStringLiteral("sales"), options.sales));
    const qint64 seed = args.integer(QStringLiteral("seed"), qint64(options.seed));
    options.seed = quint64(seed);
    if (!args.ok() || args.positional().size() != 1) {
        if (!args.ok())
            io.err << "comptoir-cli demo: " << args.error() << '\n';
        io.err << "usage: comptoir-cli demo DB [--customers N] [--products N] [--sales N] [--seed S] "
                  "[--end-date YYYY-MM-DD] [--store-name NAME]\n";
        return 2;
    }
    if (seed < 0) {
        io.err << "comptoir-cli demo: --seed must be zero or more (got " << seed << ")\n";
        return 2;
    }
    const QString endText = args.value(QStringLiteral("end-date"), QDate::currentDate().toString(Qt::ISODate));
    options.endDate = QDate::fromString(endText, QStringLiteral("yyyy-MM-dd"));
    if (!options.endDate.isValid()) {
        io.err << "comptoir-cli demo: --end-date expects a date written YYYY-MM-DD, got \"" << endText << "\"\n";
        return 2;
    }
    options.storeName = args.value(QStringLiteral("store-name"), options.storeName);
    if (Status s = demo::DemoGenerator::validate(options); !s) {
        io.err << "comptoir-cli demo: --" << QString(s.error().field).replace(QLatin1Char('_'), QLatin1Char('-')) << ' '
               << s.error().message << '\n';
        return 2;
    }

    const QString path = args.positional().first();
    auto db = Database::open(path, Database::Mode::OpenOrCreate);
    if (!db) {
        io.err << "comptoir-cli demo: " << db.error().toString() << '\n';
        return 1;
    }
    auto categories = ComplaintRepository(**db).categories();
    if (!categories) {
        io.err << "comptoir-cli demo: " << categories.error().toString() << '\n';
        return 1;
    }
    options.complaintCategories = *categories;
    if (Status s = demo::DemoGenerator::validateCategories(options); !s) {
        io.err << "comptoir-cli demo: " << path << ": " << s.error().message << '\n';
        return 1;
    }

    demo::DemoStoreWriter writer(**db);
    if (Status s = writer.checkEmpty(); !s) {
        io.err << "comptoir-cli demo: " << path << ": " << s.error().message << '\n';
        return 1;
    }
    if (Status s = writer.begin(); !s) {
        io.err << "comptoir-cli demo: " << s.error().toString() << '\n';
        return 1;
    }
    io.out << "demo: generating into " << path << " (seed " << options.seed << ", three years up to "
           << options.endDate.toString(Qt::ISODate) << ")\n";
    QElapsedTimer step;
    step.start();
    demo::DemoGenerator generator(options, writer);
    const Status generated = generator.run([&](DemoPhase phase, const DemoCounts &c) { printPhase(io.out, phase, c, step); });
    if (!generated) {
        writer.rollback();
        io.err << "comptoir-cli demo: " << generated.error().toString() << " (nothing was written)\n";
        return 1;
    }
    const DemoCounts &c = generator.counts();
    const QJsonObject details{
        {QStringLiteral("seed"), QString::number(options.seed)},
        {QStringLiteral("end_date"), options.endDate.toString(Qt::ISODate)},
        {QStringLiteral("customers"), c.customers},
        {QStringLiteral("products"), c.products},
        {QStringLiteral("sales"), c.sales},
        {QStringLiteral("sale_lines"), c.saleLines},
    };
    if (Status s = writer.commit(QDateTime::currentDateTimeUtc(), details); !s) {
        writer.rollback();
        io.err << "comptoir-cli demo: " << s.error().toString() << " (nothing was written)\n";
        return 1;
    }
    io.out << "demo: indexes rebuilt and committed (" << seconds(step) << ")\n";
    io.out << "demo: " << c.customers << " customers, " << c.products << " products, " << c.sales << " sales ("
           << c.saleLines << " lines) in " << seconds(total) << '\n';
    return 0;
}

const CommandRegistration demoRegistration{{
    QStringLiteral("demo"),
    QStringLiteral("fill a database with the deterministic demo store"),
    QStringLiteral(
        "Usage: comptoir-cli demo DB [--customers N] [--products N] [--sales N] [--seed S]\n"
        "                            [--end-date YYYY-MM-DD] [--store-name NAME]\n\n"
        "Generates \"Comptoir de Lyon\", a French home, decoration and gift shop, into DB (created if\n"
        "missing; refused if it already has customers, products or sales): staff accounts, catalogue,\n"
        "customers, three years of sales ending the day before --end-date, payments, stock moves,\n"
        "appointments (including today's), complaints, consents and interactions. The same options\n"
        "always give the same data.\n\n"
        "  --customers N     customers and prospects (default 2000)\n"
        "  --products N      products (default 300)\n"
        "  --sales N         sales tickets, each of 1 to 8 lines, about 2.5 on average (default 20000)\n"
        "  --seed S          random seed (default 42)\n"
        "  --end-date DATE   the demo's today (default: today)\n"
        "  --store-name NAME (default \"Comptoir de Lyon\")\n\n"
        "Staff logins: directeur, vendeur, vendeuse2, vendeur3, vendeuse4, stagiaire, technicien."),
    runDemo,
}};

} // namespace
} // namespace comptoir::cli
