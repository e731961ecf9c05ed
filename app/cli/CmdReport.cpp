// comptoir-cli report DB --from D --to D --pdf OUT: the head-office PDF report of a period,
// rendered headless (offscreen QApplication, see main.cpp) by the UI's DashboardReport.
#include "Arguments.h"
#include "CliSession.h"
#include "Command.h"

#include "common/AppContext.h"
#include "report/DashboardReport.h"
#include "settings/Language.h"

#include <QCoreApplication>
#include <QElapsedTimer>

namespace comptoir::cli {
namespace {

int runReport(const QStringList &argv, Io &io)
{
    Arguments args(argv,
                   {QStringLiteral("user"), QStringLiteral("from"), QStringLiteral("to"), QStringLiteral("pdf"),
                    QStringLiteral("lang")},
                   {});
    const Period period{args.date(QStringLiteral("from")), args.date(QStringLiteral("to"))};
    const auto pdf = args.value(QStringLiteral("pdf"));
    if (!args.ok() || args.positional().size() != 1 || !args.value(QStringLiteral("user")) || !period.from.isValid()
        || !period.to.isValid() || !pdf) {
        io.err << "usage: comptoir-cli report DB --user U --from DATE --to DATE --pdf OUT [--lang fr|en]";
        if (!args.ok())
            io.err << " (" << args.error() << ')';
        io.err << '\n';
        return 2;
    }
    if (!period.isValid()) {
        io.err << "comptoir-cli report: --from must not be after --to\n";
        return 2;
    }
    QString languageProblem; // a broken install: the figures' labels would silently be in English
    if (!ui::Language::install(*QCoreApplication::instance(), args.value(QStringLiteral("lang"), ui::Language::defaultCode()),
                               &languageProblem)
        && !languageProblem.isEmpty()) {
        io.err << "comptoir-cli report: " << languageProblem << '\n';
        return 1;
    }

    auto cli = CliSession::signedIn(QStringLiteral("report"), args.positional().first(),
                                    args.value(QStringLiteral("user"), QString()), io);
    if (!cli)
        return 1;
    QElapsedTimer timer;
    timer.start();
    AppServices services(cli->db(), cli->clock());
    const ui::AppContext context{&services, cli->session()};
    auto pages = ui::DashboardReport(context).write(period, *pdf);
    if (!pages)
        return cli->fail(io, pages.error());
    io.out << *pdf << ": " << *pages << " page(s), " << timer.elapsed() << " ms\n";
    return 0;
}

const CommandRegistration reportRegistration{{
    QStringLiteral("report"),
    QStringLiteral("write the head-office PDF report of a period (KPIs, charts, top tables)"),
    QStringLiteral("Usage: comptoir-cli report DB --user U --from DATE --to DATE --pdf OUT [--lang fr|en]\n\n"
                   "Writes the store's activity report for the days DATE..DATE (both included;\n"
                   "YYYY-MM-DD or DD/MM/YYYY) as a PDF: the store, the period and its comparisons\n"
                   "(previous period, same period a year before), every KPI with its change, the\n"
                   "dashboard's charts and the top tables. Needs kpi.view (the store manager); the\n"
                   "staff table needs staff.performance.view. The file is replaced atomically.\n"
                   "Works with no display (renders offscreen). French by default (--lang en for English).\n"
                   "The password comes from $COMPTOIR_PASSWORD, else from a prompt."),
    runReport,
    true,
}};

} // namespace
} // namespace comptoir::cli
