// comptoir-dev bench-import [--rows N] [--dir D]: the import/export benchmark of issue 7 for
// customers (validated e-mail and phone, duplicate look-up, FTS index rebuilt at the end);
// with --sales DEMO_DB, the historical sales one (CmdBenchImportSales.cpp).
#include "Arguments.h"
#include "BenchFigures.h"
#include "Command.h"

#include "services/ExportService.h"
#include "services/ImportService.h"
#include "storage/Database.h"
#include "storage/RoleRepository.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

namespace comptoir::cli {
namespace {

bool writeSource(const QString &path, qint64 rows)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    QByteArray buffer = "first_name,last_name,email,phone,postal_code,city,birth_date\n";
    for (qint64 i = 0; i < rows; ++i) {
        const QByteArray n = QByteArray::number(i);
        buffer += "Prenom" + n + ",Nom" + n + ",client" + n + "@example.fr,06" +
                  QByteArray::number(10000000 + i % 90000000) + ',' + QByteArray::number(75001 + i % 20) +
                  ",Paris," + QByteArray::number(1950 + i % 50) + "-0" + QByteArray::number(1 + i % 9) + "-1" +
                  QByteArray::number(i % 10) + '\n';
        if (buffer.size() > (1 << 20)) {
            f.write(buffer);
            buffer.clear();
        }
    }
    return f.write(buffer) == buffer.size() && f.flush();
}

int runBench(const QStringList &argv, Io &io)
{
    Arguments args(argv, {QStringLiteral("rows"), QStringLiteral("dir"), QStringLiteral("sales"), QStringLiteral("runs")}, {});
    const qint64 rows = args.integer(QStringLiteral("rows"), 1000000);
    const qint64 runs = args.integer(QStringLiteral("runs"), 3);
    if (!args.ok() || rows <= 0 || runs <= 0 || runs > 20) {
        io.err << "usage: comptoir-dev bench-import [--rows N] [--dir D] | --sales DEMO_DB [--runs N (1-20)] [--dir D]\n";
        return 2;
    }
    if (auto demo = args.value(QStringLiteral("sales")))
        return bench::runSalesBench(*demo, args.value(QStringLiteral("dir"), QDir::tempPath()), int(runs), io);
    QTemporaryDir temp(args.value(QStringLiteral("dir"), QDir::tempPath()) + QStringLiteral("/bench-import-XXXXXX"));
    const QString source = temp.filePath(QStringLiteral("customers.csv"));
    if (!writeSource(source, rows)) {
        io.err << "comptoir-dev bench-import: cannot write " << source << '\n';
        return 1;
    }
    io.out << "entity: customers, " << QFile(source).size() / (1 << 20) << " MiB CSV\n";

    auto db = Database::open(temp.filePath(QStringLiteral("store.db")));
    if (!db)
        return io.err << db.error().toString() << '\n', 1;
    Session session;
    session.login = QStringLiteral("bench");
    session.role = QStringLiteral("manager");
    session.permissions = RoleRepository(**db).permissionsOf(session.role).value();
    SystemClock clock;

    QFile in(source);
    in.open(QIODevice::ReadOnly);
    bench::resetPeak();
    QElapsedTimer timer;
    timer.start();
    ImportOptions options;
    options.batchSize = 10000;
    auto imported = ImportService(**db, clock).run(session, ImportEntity::Customers, &in, options);
    const qint64 importMs = timer.elapsed();
    if (!imported)
        return io.err << imported.error().toString() << '\n', 1;
    if (!imported->committed)
        return io.err << "import rejected " << imported->rejected << " rows\n", 1;
    bench::report(io, QStringLiteral("import"), imported->imported, importMs, bench::peakMiB());

    bench::resetPeak();
    timer.restart();
    ExportOptions exportOptions;
    exportOptions.separator = ',';
    auto exported = ExportService(**db, clock).exportEntity(session, ImportEntity::Customers,
                                                            temp.filePath(QStringLiteral("export.csv")), exportOptions);
    const qint64 exportMs = timer.elapsed();
    if (!exported)
        return io.err << exported.error().toString() << '\n', 1;
    bench::report(io, QStringLiteral("export"), *exported, exportMs, bench::peakMiB());

    const qint64 bareMs = bench::bareImport(io, temp.filePath(QStringLiteral("bare.db")), source, 7);
    if (bareMs < 0)
        return 1;
    bench::report(io, QStringLiteral("sqlite3 .import (bare table)"), rows, bareMs, -1);
    bench::ratio(io, QStringLiteral("import"), importMs, bareMs);
    return 0;
}

const CommandRegistration benchImportRegistration{{
    QStringLiteral("bench-import"),
    QStringLiteral("(benchmark) time a CSV import and export against sqlite3 .import"),
    QStringLiteral("Usage: comptoir-dev bench-import [--rows N] [--dir D]\n"
                   "       comptoir-dev bench-import --sales DEMO_DB [--runs N] [--dir D]\n\n"
                   "Generates N customers as CSV (default 1000000) in a temporary folder under D, imports them\n"
                   "into an empty store, exports them back, and times sqlite3's .import of the same file into a\n"
                   "bare table: time, rows/s and peak RSS for each, and the ratio.\n"
                   "With --sales: exports the suppliers, products, customers and sale lines of DEMO_DB (not\n"
                   "changed), imports them into an empty store with the same store and staff logins (each\n"
                   "timed), verifies the sales chain, and compares the sales import with sqlite3's .import.\n"
                   "Both are run N times (default 3): the ratio is given for the medians and the best runs."),
    runBench,
}};

} // namespace
} // namespace comptoir::cli
