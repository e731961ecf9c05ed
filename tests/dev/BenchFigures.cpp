#include "BenchFigures.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>

namespace comptoir::cli::bench {

bool resetPeak()
{
    QFile f(QStringLiteral("/proc/self/clear_refs"));
    if (!f.open(QIODevice::WriteOnly))
        return false;
    return f.write("5") == 1;
}

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

void report(Io &io, const QString &what, qint64 rows, qint64 ms, double mib)
{
    io.out << what << ": " << rows << " rows in " << QString::number(double(ms) / 1000.0, 'f', 2) << " s, "
           << QString::number(ms ? double(rows) * 1000.0 / double(ms) : 0.0, 'f', 0) << " rows/s";
    if (mib >= 0)
        io.out << ", peak RSS " << QString::number(mib, 'f', 0) << " MiB";
    io.out << '\n';
    io.out.flush();
}

qint64 bareImport(Io &io, const QString &dbPath, const QString &csvPath, int columns)
{
    QStringList names;
    for (int i = 0; i < columns; ++i)
        names.append(QStringLiteral("c%1").arg(i));
    QProcess sqlite;
    QElapsedTimer timer;
    timer.start();
    sqlite.start(QStringLiteral("sqlite3"),
                 {dbPath, QStringLiteral("CREATE TABLE bare(%1);").arg(names.join(QStringLiteral(", "))),
                  QStringLiteral(".import --csv --skip 1 ") + csvPath + QStringLiteral(" bare")});
    if (!sqlite.waitForFinished(-1) || sqlite.exitCode() != 0) {
        io.err << "sqlite3 .import failed: " << QString::fromLocal8Bit(sqlite.readAllStandardError()) << '\n';
        return -1;
    }
    return timer.elapsed();
}

void ratio(Io &io, const QString &what, qint64 ms, qint64 bareMs)
{
    io.out << "ratio " << what << " / bare .import: "
           << QString::number(double(ms) / double(qMax<qint64>(bareMs, 1)), 'f', 2) << " (target <= 3)\n";
    io.out.flush();
}

} // namespace comptoir::cli::bench
