// The issue 7 benchmark of the historical sales import, as a HIDDEN test (never run by
// ctest, no timing assertion): it needs only the core library, so a RelWithDebInfo
// test_import gives the figures without building the GUI. `comptoir-cli bench-import
// --sales DEMO_DB` runs the same steps.
//
//   COMPTOIR_BENCH_DEMO=/path/copy-of-demo.db test_import "[.bench]"
//
// Exports suppliers, products, customers and sale lines from the demo store (a COPY: each
// export is audited), imports them into an empty store with the same identity and staff,
// verifies the sales chain, and times sqlite3's bare .import of the same sales file.
#include "ImportTestSupport.h"

#include "access/PasswordHasher.h"
#include "demo/DemoAccounts.h"
#include "services/ExportService.h"
#include "services/LedgerVerifier.h"
#include "services/StoreService.h"
#include "services/UserAccounts.h"
#include "storage/RoleRepository.h"

#include <catch2/catch.hpp>

#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>

#include <cstdio>

using namespace comptoir;

namespace {

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

void resetPeak()
{
    QFile f(QStringLiteral("/proc/self/clear_refs"));
    if (f.open(QIODevice::WriteOnly))
        f.write("5");
}

void print(const QString &what, qint64 rows, qint64 ms, double mib)
{
    std::printf("%-28s %9lld rows %8.2f s %10.0f rows/s  peak %5.0f MiB\n", what.toUtf8().constData(),
                static_cast<long long>(rows), double(ms) / 1000.0, ms ? double(rows) * 1000.0 / double(ms) : 0.0, mib);
    std::fflush(stdout);
}

Session managerOf(Database &db)
{
    Session session;
    session.login = QStringLiteral("bench");
    session.role = QStringLiteral("manager");
    session.permissions = RoleRepository(db).permissionsOf(session.role).value();
    return session;
}

} // namespace

TEST_CASE("Benchmark: 1M historical sale lines against sqlite3 .import", "[.bench]")
{
    const QString demoPath = qEnvironmentVariable("COMPTOIR_BENCH_DEMO");
    if (demoPath.isEmpty() || !QFileInfo::exists(demoPath)) {
        WARN("set COMPTOIR_BENCH_DEMO to a copy of the demo store");
        return;
    }
    auto demo = Database::open(demoPath, Database::Mode::OpenExisting);
    REQUIRE(demo.ok());
    QTemporaryDir temp(QFileInfo(demoPath).absolutePath() + QStringLiteral("/bench-XXXXXX"));
    SystemClock clock;
    const Session demoSession = managerOf(**demo);
    const ImportEntity entities[] = {ImportEntity::Suppliers, ImportEntity::Products, ImportEntity::Customers,
                                     ImportEntity::Sales};
    ExportOptions exportOptions;
    exportOptions.separator = ',';
    QElapsedTimer timer;
    for (ImportEntity entity : entities) {
        resetPeak();
        timer.restart();
        auto rows = ExportService(**demo, clock).exportEntity(
            demoSession, entity, temp.filePath(toString(entity) + QStringLiteral(".csv")), exportOptions);
        REQUIRE(rows.ok());
        print(QStringLiteral("export ") + toString(entity), *rows, timer.elapsed(), peakMiB());
    }
    const QString salesCsv = temp.filePath(QStringLiteral("sales.csv"));
    std::printf("sale lines CSV: %.1f MiB\n", double(QFileInfo(salesCsv).size()) / (1 << 20));

    auto store = Database::open(temp.filePath(QStringLiteral("store.db")));
    REQUIRE(store.ok());
    const Session session = managerOf(**store);
    auto info = StoreService(**demo).info();
    REQUIRE(info.ok());
    REQUIRE(StoreService(**store).createFirstStore(*info, toIsoUtc(clock.nowUtc())).ok());
    const PasswordHasher hasher(PasswordCost::testMinimum());
    for (const demo::DemoAccount &a : demo::demoAccounts())
        REQUIRE(UserAccounts(**store, clock, hasher)
                    .create(session, NewUser{a.login, a.displayName, a.roleCode, QStringLiteral("Bench-import-2026!")})
                    .ok());

    qint64 salesMs = 0;
    qint64 salesRows = 0;
    for (ImportEntity entity : entities) {
        QFile in(temp.filePath(toString(entity) + QStringLiteral(".csv")));
        REQUIRE(in.open(QIODevice::ReadOnly));
        ImportOptions options;
        options.batchSize = 10000;
        resetPeak();
        timer.restart();
        auto report = ImportService(**store, clock).run(session, entity, &in, options);
        const qint64 ms = timer.elapsed();
        REQUIRE(report.ok());
        INFO((report->problems.isEmpty() ? QString()
                                         : QStringLiteral("line %1 %2: %3")
                                               .arg(report->problems.first().line)
                                               .arg(report->problems.first().column, report->problems.first().reason))
                 .toStdString());
        REQUIRE(report->committed);
        print(QStringLiteral("import ") + toString(entity), report->imported, ms, peakMiB());
        if (entity == ImportEntity::Sales) {
            salesMs = ms;
            salesRows = report->imported;
            std::printf("  %lld sales\n", static_cast<long long>(report->importedGroups));
        }
    }
    timer.restart();
    const LedgerChainCheck chain = LedgerVerifier(**store).checkSales();
    std::printf("verify sales chain: %lld sales, %s (%lld ms)\n", static_cast<long long>(chain.checked),
                chain.ok() ? "intact" : qPrintable(chain.problem), static_cast<long long>(timer.elapsed()));
    CHECK(chain.ok());

    QProcess sqlite;
    timer.restart();
    sqlite.start(QStringLiteral("sqlite3"),
                 {temp.filePath(QStringLiteral("bare.db")),
                  QStringLiteral("CREATE TABLE bare(c0, c1, c2, c3, c4, c5, c6, c7, c8, c9, c10, c11);"),
                  QStringLiteral(".import --csv --skip 1 ") + salesCsv + QStringLiteral(" bare")});
    REQUIRE(sqlite.waitForFinished(-1));
    REQUIRE(sqlite.exitCode() == 0);
    const qint64 bareMs = timer.elapsed();
    print(QStringLiteral("sqlite3 .import (bare)"), salesRows, bareMs, -1);
    std::printf("ratio sales import / bare .import: %.2f (target <= 3)\n", double(salesMs) / double(qMax<qint64>(bareMs, 1)));
}
