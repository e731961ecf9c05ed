// Times the exports on a big store: the customers (100k in the demo store) the former way
// (OFFSET paging, 5000 a page) and the streaming way, then the 1M sale lines; prints
// time, rows/s and peak memory (VmHWM).
//
//   bench_export DB [OUT_DIR] [--skip-paged]
// DB: a COPY of the demo store (cp demo/demo-store.db /work/tmp/wizard/demo.db): each
// export writes an audit entry. OUT_DIR defaults to the folder of DB.
#include "io/export/ExportFile.h"
#include "services/ExportService.h"
#include "services/export/EntityRows.h"
#include "storage/CustomerRepository.h"
#include "storage/Database.h"
#include "storage/RoleRepository.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>

#include <cstdio>

using namespace comptoir;

namespace {

/** Peak resident memory of this process, in MB (VmHWM). */
double peakMb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return 0;
}

void report(const char *what, qint64 rows, qint64 ns, const QString &path)
{
    const double s = double(ns) / 1e9;
    std::printf("%-34s %9lld rows  %8.2f s  %10.0f rows/s  %7.1f MB file  peak %6.1f MB\n", what,
                static_cast<long long>(rows), s, s > 0 ? double(rows) / s : 0.0,
                double(QFileInfo(path).size()) / 1e6, peakMb());
    std::fflush(stdout);
}

/** The former customers export: CustomerRepository::list with OFFSET, 5000 rows a page. */
qint64 pagedCustomers(Database &db, const QString &path)
{
    ExportFile file(path, ExportFile::Format::Csv, ';', TextEncoding::Utf8);
    if (!file.open(EntityRows::columns(QStringLiteral("customers"))))
        return -1;
    CustomerRepository repo(db);
    for (int offset = 0;; offset += 5000) {
        auto page = repo.list(offset, 5000);
        if (!page)
            return -1;
        for (const Customer &c : *page) {
            if (!file.write(EntityRows::customerCells(c)))
                return -1;
        }
        if (page->size() < 5000)
            break;
    }
    return file.commit() ? file.rows() : -1;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    const bool skipPaged = args.removeAll(QStringLiteral("--skip-paged")) > 0;
    if (args.isEmpty()) {
        std::fprintf(stderr, "usage: bench_export DB [OUT_DIR] [--skip-paged]\n");
        return 2;
    }
    auto db = Database::open(args.at(0), Database::Mode::OpenExisting);
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.error().message));
        return 1;
    }
    const QString out = args.size() > 1 ? args.at(1) : QFileInfo(args.at(0)).absolutePath();
    Session session;
    session.role = QStringLiteral("manager");
    session.login = QStringLiteral("bench");
    session.permissions = RoleRepository(**db).permissionsOf(session.role).value();
    QSqlQuery q((*db)->connection());
    if (q.exec(QStringLiteral("SELECT id, login FROM app_user WHERE role_id = 4 ORDER BY id LIMIT 1")) && q.next()) {
        session.userId = q.value(0).toLongLong();
        session.login = q.value(1).toString();
    }
    q.finish();
    SystemClock clock;
    ExportService service(**db, clock);
    QElapsedTimer timer;

    if (!skipPaged) {
        const QString path = out + QStringLiteral("/customers-paged.csv");
        timer.start();
        const qint64 rows = pagedCustomers(**db, path);
        report("customers, OFFSET paging (before)", rows, timer.nsecsElapsed(), path);
    }
    for (const char *entity : {"customers", "sales"}) {
        const QString name = QLatin1String(entity);
        const QString path = out + QStringLiteral("/") + name + QStringLiteral(".csv");
        timer.start();
        auto rows = service.exportEntity(session, name, path);
        if (!rows) {
            std::fprintf(stderr, "%s: %s\n", entity, qPrintable(rows.error().message));
            return 1;
        }
        report(qPrintable(name + QStringLiteral(", streamed (after)")), *rows, timer.nsecsElapsed(), path);
    }
    {
        const QString path = out + QStringLiteral("/customers.xlsx");
        ExportOptions xlsx;
        xlsx.format = ExportOptions::Format::Xlsx;
        timer.start();
        auto rows = service.exportEntity(session, QStringLiteral("customers"), path, xlsx);
        if (rows)
            report("customers as XLSX, streamed", *rows, timer.nsecsElapsed(), path);
    }
    return 0;
}
