// comptoir-cli bench-import --sales DEMO_DB: the historical sales benchmark of issue 7.
// Exports the demo store's catalogue, customers and sale lines, imports them into an empty
// store (same store identity and staff logins), and compares the sales import with
// sqlite3's bare .import of the same file.
#include "BenchFigures.h"

#include "access/PasswordHasher.h"
#include "demo/DemoAccounts.h"
#include "io/export/SaleLineRows.h"
#include "services/ExportService.h"
#include "services/ImportService.h"
#include "services/LedgerVerifier.h"
#include "services/StoreService.h"
#include "services/UserAccounts.h"
#include "storage/Database.h"
#include "storage/RoleRepository.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

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
Status setUpStore(Database &demo, Database &store, const Clock &clock, const Session &session)
{
    auto info = StoreService(demo).info();
    if (!info)
        return info.error();
    if (Status s = StoreService(store).createFirstStore(*info, toIsoUtc(clock.nowUtc())); !s)
        return s;
    const PasswordHasher hasher(PasswordCost::testMinimum());
    for (const demo::DemoAccount &a : demo::demoAccounts()) {
        NewUser user{a.login, a.displayName, a.roleCode, QStringLiteral("Bench-import-2026!")};
        if (auto id = UserAccounts(store, clock, hasher).create(session, user); !id)
            return id.error();
    }
    return {};
}

} // namespace

int runSalesBench(const QString &demoPath, const QString &dir, Io &io)
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
    const ImportEntity entities[] = {ImportEntity::Suppliers, ImportEntity::Products, ImportEntity::Customers,
                                     ImportEntity::Sales};
    for (ImportEntity entity : entities) {
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

    auto store = Database::open(temp.filePath(QStringLiteral("store.db")));
    if (!store)
        return io.err << store.error().toString() << '\n', 1;
    Session session = managerOf(**store);
    if (Status s = setUpStore(**demo, **store, clock, session); !s)
        return io.err << s.error().toString() << '\n', 1;
    // The demo store is no longer read: its page cache would count in the imports' peak.
    demo->reset();
#if defined(__GLIBC__)
    malloc_trim(0);
#endif
    qint64 salesMs = 0;
    qint64 salesRows = 0;
    for (ImportEntity entity : entities) {
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
        report(io, QStringLiteral("import ") + toString(entity), imported->imported, ms, peakMiB());
        if (entity == ImportEntity::Sales) {
            salesMs = ms;
            salesRows = imported->imported;
            io.out << "  " << imported->importedGroups << " sales\n";
        }
    }
    timer.restart();
    const LedgerChainCheck chain = LedgerVerifier(**store).checkSales();
    io.out << "verify sales chain: " << chain.checked << " sales, " << (chain.ok() ? QStringLiteral("intact") : chain.problem)
           << " (" << timer.elapsed() << " ms)\n";

    const qint64 bareMs = bareImport(io, temp.filePath(QStringLiteral("bare.db")), salesCsv,
                                     int(SaleLineRows::columns().size()));
    if (bareMs < 0)
        return 1;
    report(io, QStringLiteral("sqlite3 .import (bare table)"), salesRows, bareMs, -1);
    ratio(io, QStringLiteral("sales import"), salesMs, bareMs);
    return chain.ok() ? 0 : 1;
}

} // namespace comptoir::cli::bench
