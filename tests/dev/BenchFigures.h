#pragma once
// Measuring helpers of the benchmark commands of comptoir-dev (bench-import).
#include "Command.h"

#include <QString>
#include <QStringList>

namespace comptoir::cli::bench {

/** Resets the peak RSS (Linux: /proc/self/clear_refs "5"); false when not possible. */
bool resetPeak();
/** VmHWM in MiB (peak RSS since the last reset), -1 if unknown. */
double peakMiB();
/** "what: N rows in T s, R rows/s, peak RSS M MiB" (no peak when `mib` < 0). */
void report(Io &io, const QString &what, qint64 rows, qint64 ms, double mib);
/**
 * Times `sqlite3 DB ".import --csv --skip 1 FILE bare"` into a new table of `columns`
 * untyped columns without constraints: the bare load the import is compared with.
 * Returns the milliseconds, -1 on failure (the reason on io.err).
 */
qint64 bareImport(Io &io, const QString &dbPath, const QString &csvPath, int columns);
/** Prints "ratio ...: X (target <= 3)". */
void ratio(Io &io, const QString &what, qint64 ms, qint64 bareMs);

/** bench-import --sales: the historical sales benchmark, `runs` times (CmdBenchImportSales.cpp). */
int runSalesBench(const QString &demoPath, const QString &dir, int runs, Io &io);

} // namespace comptoir::cli::bench
