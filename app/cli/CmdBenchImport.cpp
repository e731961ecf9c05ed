// comptoir-cli bench-import [--rows N] [--dir D]: the import/export benchmark of issue 7.
// Historical sales import is not written yet, so this measures the biggest entity that is:
// customers (validated e-mail and phone, duplicate look-up, FTS index rebuilt at the end).
#include "Arguments.h"
#include "Command.h"

#include "services/ExportService.h"
#include "services/ImportService.h"
#include "storage/Database.h"
#include "storage/RoleRepository.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

namespace comptoir::cli {
namespace {

/** Resets the peak RSS (Linux: /proc/self/clear_refs "5"); false when not possible. */
bool resetPeak()
{
    QFile f(QStringLiteral("/proc/self/clear_refs"));
    if (!f.open(QIODevice::WriteOnly))
        return false;
    return f.write("5") == 1;
}

/** VmHWM in MiB (peak RSS since the last reset), -1 if unknown. */
double peakMiB()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return -1;
}

void report(Io &io, const char *what, qint64 rows, qint64 ms, double mib)
{
    io.out << what << ": " << rows << " rows in " << QString::number(double(ms) / 1000.0, 'f', 2) << " s, "
           << QString::number(ms ? double(rows) * 1000.0 / double(ms) : 0.0, 'f', 0) << " rows/s, peak RSS "
           << QString::number(mib, 'f', 0) << " MiB\n";
    io.out.flush();
}

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
    Arguments args(argv, {QStringLiteral("rows"), QStringLiteral("dir")}, {});
    const qint64 rows = args.integer(QStringLiteral("rows"), 1000000);
    if (!args.ok() || rows <= 0) {
        io.err << "usage: comptoir-cli bench-import [--rows N] [--dir D]\n";
        return 2;
    }
    QTemporaryDir temp(args.value(QStringLiteral("dir"), QDir::tempPath()) + QStringLiteral("/bench-import-XXXXXX"));
    const QString source = temp.filePath(QStringLiteral("customers.csv"));
    if (!writeSource(source, rows)) {
        io.err << "comptoir-cli bench-import: cannot write " << source << '\n';
        return 1;
    }
    io.out << "entity: customers (historical sales import not available yet), " << QFile(source).size() / (1 << 20)
           << " MiB CSV\n";

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
    resetPeak();
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
    report(io, "import", imported->imported, importMs, peakMiB());

    resetPeak();
    timer.restart();
    ExportOptions exportOptions;
    exportOptions.separator = ',';
    auto exported = ExportService(**db, clock).exportEntity(session, ImportEntity::Customers,
                                                            temp.filePath(QStringLiteral("export.csv")), exportOptions);
    const qint64 exportMs = timer.elapsed();
    if (!exported)
        return io.err << exported.error().toString() << '\n', 1;
    report(io, "export", *exported, exportMs, peakMiB());

    QProcess sqlite;
    timer.restart();
    sqlite.start(QStringLiteral("sqlite3"),
                 {temp.filePath(QStringLiteral("bare.db")),
                  QStringLiteral("CREATE TABLE t(a, b, c, d, e, f, g);"),
                  QStringLiteral(".import --csv --skip 1 ") + source + QStringLiteral(" t")});
    if (!sqlite.waitForFinished(-1) || sqlite.exitCode() != 0) {
        io.err << "sqlite3 .import failed: " << QString::fromLocal8Bit(sqlite.readAllStandardError()) << '\n';
        return 1;
    }
    const qint64 bareMs = timer.elapsed();
    report(io, "sqlite3 .import (bare table)", rows, bareMs, -1);
    io.out << "ratio import / bare .import: " << QString::number(double(importMs) / double(qMax<qint64>(bareMs, 1)), 'f', 2)
           << " (target <= 3)\n";
    return 0;
}

const CommandRegistration registration{{
    QStringLiteral("bench-import"),
    QStringLiteral("(benchmark) time a CSV import and export against sqlite3 .import"),
    QStringLiteral("Usage: comptoir-cli bench-import [--rows N] [--dir D]\n\n"
                   "Generates N customers as CSV (default 1000000) in a temporary folder under D, imports them\n"
                   "into an empty store, exports them back, and times sqlite3's .import of the same file into a\n"
                   "bare table: time, rows/s and peak RSS for each, and the ratio."),
    runBench,
    true,
}};

} // namespace
} // namespace comptoir::cli
