// comptoir-dev bench-import --sales DEMO_DB [--runs N]: the historical sales benchmark of issue 7.
// Exports the demo store's catalogue, customers and sale lines, imports them into an empty
// store (same store identity and staff logins), and compares the sales import with
// sqlite3's bare .import of the same file. Both are run N times (a new empty store, a new
// bare database each time), on a machine whose figures vary by half from one run to the
// next: the ratio is given for the medians and for the best runs.
#include "BenchFigures.h"

#include "access/PasswordHasher.h"
#include "demo/DemoAccounts.h"
#include "services/ExportService.h"
#include "services/ImportService.h"
#include "services/LedgerVerifier.h"
#include "services/StoreService.h"
#include "services/UserAccounts.h"
#include "services/export/SaleLineRows.h"
#include "storage/Database.h"
#include "storage/RoleRepository.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <algorithm>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace comptoir::cli::bench {

namespace {

Session managerOf(Database &db)
{
    Session session;
    session.login = QStringLiteral("bench");
    session.role = QStringLiteral("manager");
    session.permissions = RoleRepository(db).permissionsOf(session.role).value();
    return session;
}

/** The empty store: the demo's identity and staff logins (cheap password hashes: a scratch database). */
Status setUpStore(const StoreInfo &info, Database &store, const Clock &clock, const Session &session)
{
    BOOST_OUTCOME_TRYV(StoreService(store).createFirstStore(info, toIsoUtc(clock.nowUtc())));
    const PasswordHasher hasher(PasswordCost::testMinimum());
    for (const demo::DemoAccount &a : demo::demoAccounts()) {
        NewUser user{a.login, a.displayName, a.roleCode, QStringLiteral("Bench-import-2026!")};
        BOOST_OUTCOME_TRYV(UserAccounts(store, clock, hasher).create(session, user));
    }
    return {};
}

const ImportEntity kEntities[] = {ImportEntity::Suppliers, ImportEntity::Products, ImportEntity::Customers,
                                  ImportEntity::Sales};

/** The middle value (the lower of the two middle ones for an even count). */
qint64 median(QList<qint64> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at((values.size() - 1) / 2);
}

QString secondsOf(qint64 ms)
{
    return QString::number(double(ms) / 1000.0, 'f', 2) + QStringLiteral(" s");
}

/** Imports the exported files into a new empty store at `path`; the sales import's time in `salesMs`. */
int importRun(const QString &path, const QTemporaryDir &temp, const StoreInfo &info, int run, qint64 &salesMs,
              qint64 &salesRows, Io &io)
{
    SystemClock clock;
    auto store = Database::open(path);
    if (!store)
        return io.err << store.error().toString() << '\n', 1;
    Session session = managerOf(**store);
    if (Status s = setUpStore(info, **store, clock, session); !s)
        return io.err << s.error().toString() << '\n', 1;
    QElapsedTimer timer;
    for (ImportEntity entity : kEntities) {
        QFile in(temp.filePath(toString(entity) + QStringLiteral(".csv")));
        if (!in.open(QIODevice::ReadOnly))
            return io.err << "cannot read " << in.fileName() << '\n', 1;
        ImportOptions options;
        options.batchSize = 10000;
        resetPeak();
        timer.restart();
        auto imported = ImportService(**store, clock).run(session, entity, &in, options);
        const qint64 ms = timer.elapsed();
        if (!imported)
            return io.err << "import " << toString(entity) << ": " << imported.error().toString() << '\n', 1;
        if (!imported->committed) {
            io.err << "import " << toString(entity) << " rejected " << imported->rejected << " rows";
            if (!imported->problems.isEmpty())
                io.err << ", first: line " << imported->problems.first().line << ' ' << imported->problems.first().column
                       << ": " << imported->problems.first().reason;
            io.err << '\n';
            return 1;
        }
        report(io, QStringLiteral("run %1: import ").arg(run) + toString(entity), imported->imported, ms, peakMiB());
        if (entity == ImportEntity::Sales) {
            salesMs = ms;
            salesRows = imported->imported;
        }
    }
    return 0;
}

} // namespace

int runSalesBench(const QString &demoPath, const QString &dir, int runs, Io &io)
{
    auto demo = Database::open(demoPath, Database::Mode::OpenExisting);
    if (!demo)
        return io.err << demo.error().toString() << '\n', 1;
    QTemporaryDir temp(dir + QStringLiteral("/bench-import-sales-XXXXXX"));
    SystemClock clock;
    const Session demoSession = managerOf(**demo);
    ExportOptions exportOptions;
    exportOptions.separator = ',';
    QElapsedTimer timer;
    for (ImportEntity entity : kEntities) {
        resetPeak();
        timer.restart();
        auto rows = ExportService(**demo, clock).exportEntity(demoSession, entity,
                                                              temp.filePath(toString(entity) + QStringLiteral(".csv")),
                                                              exportOptions);
        if (!rows)
            return io.err << "export " << toString(entity) << ": " << rows.error().toString() << '\n', 1;
        report(io, QStringLiteral("export ") + toString(entity), *rows, timer.elapsed(), peakMiB());
    }
    const QString salesCsv = temp.filePath(QStringLiteral("sales.csv"));
    io.out << "sale lines CSV: " << QString::number(double(QFile(salesCsv).size()) / (1 << 20), 'f', 1) << " MiB\n";
    auto info = StoreService(**demo).info();
    if (!info)
        return io.err << info.error().toString() << '\n', 1;
    // The demo store is no longer read: its page cache would count in the imports' peak.
    demo->reset();
#if defined(__GLIBC__)
    malloc_trim(0);
#endif

    QList<qint64> salesMs, bareMs;
    qint64 salesRows = 0;
    QString lastStore;
    for (int run = 1; run <= runs; ++run) {
        if (!lastStore.isEmpty()) // one store at a time on the disk
            (void)QFile::remove(lastStore);
        lastStore = temp.filePath(QStringLiteral("store-%1.db").arg(run));
        qint64 ms = 0;
        if (int code = importRun(lastStore, temp, *info, run, ms, salesRows, io); code != 0)
            return code;
        salesMs.append(ms);
    }
    auto store = Database::open(lastStore, Database::Mode::OpenExisting);
    if (!store)
        return io.err << store.error().toString() << '\n', 1;
    timer.restart();
    const LedgerChainCheck chain = LedgerVerifier(**store).checkSales();
    io.out << "verify sales chain: " << chain.checked << " sales, " << (chain.ok() ? QStringLiteral("intact") : chain.problem)
           << " (" << timer.elapsed() << " ms)\n";
    store->reset();

    for (int run = 1; run <= runs; ++run) {
        const QString bare = temp.filePath(QStringLiteral("bare-%1.db").arg(run));
        const qint64 ms = bareImport(io, bare, salesCsv, int(SaleLineRows::columns().size()));
        if (ms < 0)
            return 1;
        (void)QFile::remove(bare);
        report(io, QStringLiteral("run %1: sqlite3 .import (bare table)").arg(run), salesRows, ms, -1);
        bareMs.append(ms);
    }
    io.out << "sales import, " << runs << " runs: median " << secondsOf(median(salesMs)) << ", best "
           << secondsOf(*std::min_element(salesMs.begin(), salesMs.end())) << '\n';
    io.out << "bare .import, " << runs << " runs: median " << secondsOf(median(bareMs)) << ", best "
           << secondsOf(*std::min_element(bareMs.begin(), bareMs.end())) << '\n';
    ratio(io, QStringLiteral("sales import (medians)"), median(salesMs), median(bareMs));
    ratio(io, QStringLiteral("sales import (best runs)"), *std::min_element(salesMs.begin(), salesMs.end()),
          *std::min_element(bareMs.begin(), bareMs.end()));
    return chain.ok() ? 0 : 1;
}

} // namespace comptoir::cli::bench
