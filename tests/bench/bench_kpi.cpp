// Times a full dashboard refresh (KpiService::snapshot: every tile and chart series with
// both comparisons) on the demo store, for one month and one year, from the summary tables
// of migration 013 and, in the same run, from the raw ledger tables (no summary tables).
//
//   bench_kpi [DB] [RUNS]
// DB: a COPY of the demo store (e.g. of demo/demo-store.db); opening it applies the
// pending migrations (the backfill of the summary tables), timed. RUNS: timed runs per
// case (default 20), after 2 warm-up runs. The periods end on the last day with a sale.
#include "domain/Rfm.h"
#include "services/KpiService.h"
#include "storage/Database.h"
#include "storage/KpiRepository.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTextStream>
#include <QVariant>

#include <algorithm>
#include <functional>

using namespace comptoir;

namespace {

struct Stats {
    QList<double> ms;
    double at(double q) const { return ms.at(qMin(ms.size() - 1, qsizetype(q * double(ms.size())))); }
    double median() const { return at(0.5); }
    double p95() const { return at(0.95); }
};

Stats time(KpiService &kpi, const Session &session, const Period &period, int runs)
{
    Stats s;
    for (int i = 0; i < 2; ++i)
        (void)kpi.snapshot(session, period);
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        auto snap = kpi.snapshot(session, period);
        s.ms.append(double(t.nsecsElapsed()) / 1e6);
        if (!snap)
            qFatal("snapshot failed: %s", qPrintable(snap.error().toString()));
    }
    std::sort(s.ms.begin(), s.ms.end());
    return s;
}

/** Median ms of `f` over 7 runs. */
template<typename F>
double medianMs(F f)
{
    QList<double> ms;
    for (int i = 0; i < 7; ++i) {
        QElapsedTimer t;
        t.start();
        f();
        ms.append(double(t.nsecsElapsed()) / 1e6);
    }
    std::sort(ms.begin(), ms.end());
    return ms.at(3);
}

/** Where one period's refresh spends its time: each summary-table query, median of 7. */
void breakdown(Database &db, const Period &p, QTextStream &out)
{
    KpiRepository repo(db);
    const QString from = toIsoUtc(QDateTime(p.from, QTime(0, 0), Qt::LocalTime));
    const QString to = toIsoUtc(QDateTime(p.to.addDays(1), QTime(0, 0), Qt::LocalTime));
    const Period previous = p.previous();
    const Period yearBefore = p.yearBefore();
    const QList<std::pair<QDate, QDate>> spans = {{p.from, p.to}, {previous.from, previous.to}, {yearBefore.from, yearBefore.to}};
    const QList<RfmInput> inputs = repo.rfmInputs(p.to.addMonths(-24), p.to).value();
    const std::pair<const char *, std::function<void()>> parts[] = {
        {"sales totals", [&] { (void)repo.salesTotals(p.from, p.to, false); }},
        {"daily revenue", [&] { (void)repo.dailyRevenue(p.from, p.to, false); }},
        {"product totals", [&] { (void)repo.productTotals(p.from, p.to, false); }},
        {"revenue by staff", [&] { (void)repo.revenueByStaff(p.from, p.to, false); }},
        {"new customers", [&] { (void)repo.newCustomerCount(p.from, p.to, false); }},
        {"buyers (alone)", [&] { (void)repo.buyerCount(p.from, p.to); }},
        {"lapses", [&] { (void)repo.lapseCount(p.from.addYears(-1), p.to.addYears(-1), false); }},
        {"prospects", [&] { (void)repo.prospectCount(from, to, p.to, false); }},
        {"RFM inputs (alone)", [&] { (void)repo.rfmInputs(p.to.addMonths(-24), p.to); }},
        {"RFM inputs + 3 buyers", [&] { (void)repo.customerActivity(p.to.addMonths(-24), p.to, spans); }},
        {"RFM scores", [&] { (void)rfmScores(inputs, p.to); }},
        {"appointments", [&] { (void)repo.appointmentTotals(from, to); }},
        {"complaints", [&] { (void)repo.complaintTotals(from, to, to); }},
        {"complaint breakdowns", [&] { (void)repo.complaintsByCategory(from, to); (void)repo.complaintsByStatus(from, to); }},
        {"stock", [&] { (void)repo.productsUnderThreshold(); (void)repo.stockValueCents(); }},
    };
    for (const auto &[name, f] : parts)
        out << QStringLiteral("    %1 %2 ms\n").arg(QLatin1String(name), -22).arg(medianMs(f), 7, 'f', 2);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        out << "usage: bench_kpi DB [RUNS]   (DB: a copy of the demo store, e.g. of demo/demo-store.db)\n";
        return 2;
    }
    const QString path = args[1];
    const int runs = args.size() > 2 ? args[2].toInt() : 20;

    QElapsedTimer openTimer;
    openTimer.start();
    auto db = Database::open(path, Database::Mode::OpenExisting);
    if (!db) {
        out << "cannot open " << path << ": " << db.error().toString() << '\n';
        return 1;
    }
    out << "open + migrations (backfill if the store predates 013): " << openTimer.elapsed() << " ms, schema "
        << (*db)->schemaVersion() << '\n';

    Session manager;
    manager.userId = 1;
    manager.role = QStringLiteral("manager");
    manager.permissions = {QStringLiteral("kpi.view"), QStringLiteral("staff.performance.view")};
    QSqlQuery q((*db)->connection());
    if (!q.exec(QStringLiteral("SELECT max(business_day), count(*) FROM sale")) || !q.next()) {
        out << "no sales\n";
        return 1;
    }
    const QDate last = QDate::fromString(q.value(0).toString(), Qt::ISODate);
    out << q.value(1).toLongLong() << " sales, last business day " << last.toString(Qt::ISODate) << '\n';
    q.finish();
    FakeClock clock(QDateTime(last.addDays(1), QTime(10, 0), Qt::UTC));
    KpiService kpi(**db, clock);

    const Period month{last.addDays(-29), last};
    const Period year{last.addDays(-364), last};
    for (const auto &[name, period] : {std::pair{"month (30 days)", month}, std::pair{"year (365 days)", year}}) {
        kpi.setUseSummaries(true);
        const Stats fast = time(kpi, manager, period, runs);
        kpi.setUseSummaries(false);
        const Stats raw = time(kpi, manager, period, std::max(3, runs / 4));
        out << name << " " << period.from.toString(Qt::ISODate) << ".." << period.to.toString(Qt::ISODate) << '\n'
            << QStringLiteral("  summary tables: median %1 ms, p95 %2 ms (n=%3)\n")
                   .arg(fast.median(), 0, 'f', 2).arg(fast.p95(), 0, 'f', 2).arg(fast.ms.size())
            << QStringLiteral("  raw tables:     median %1 ms, p95 %2 ms (n=%3)\n")
                   .arg(raw.median(), 0, 'f', 2).arg(raw.p95(), 0, 'f', 2).arg(raw.ms.size())
            << QStringLiteral("  ratio raw / summary (median): %1x\n").arg(raw.median() / fast.median(), 0, 'f', 1)
            << "  per query (summary tables, this period only):\n";
        breakdown(**db, period, out);
        out.flush();
    }
    return 0;
}
