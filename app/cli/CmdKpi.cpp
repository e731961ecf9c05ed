// comptoir-cli kpi: the KPIs of a period and their comparisons, as a French table or JSON.
#include "Arguments.h"
#include "CliSession.h"
#include "Command.h"
#include "KpiJson.h"
#include "KpiTiles.h"

#include "domain/Money.h"
#include "services/KpiService.h"
#include "settings/Language.h"

#include <QCoreApplication>
#include <QLocale>

namespace comptoir::cli {
namespace {

/** The translation context of this file's messages (lupdate reads it). */
struct CmdKpiText {
    Q_DECLARE_TR_FUNCTIONS(comptoir::cli::CmdKpi)
};

QString format(qint64 v, Unit unit)
{
    const QLocale fr(QLocale::French, QLocale::France);
    switch (unit) {
    case Unit::Money:
        return Money::fromCents(v).toString();
    case Unit::Count:
        return fr.toString(v);
    case Unit::Rate:
        return fr.toString(double(v) / 100.0, 'f', 1) + QStringLiteral("\u00a0%");
    case Unit::Milli:
        return fr.toString(double(v) / 1000.0, 'f', 2);
    case Unit::Minutes:
        return fr.toString(double(v) / 60.0, 'f', 1);
    }
    return {};
}

/** "+12,3 %" from `before` to `now`; a dash when `before` is 0. */
QString change(qint64 now, qint64 before)
{
    if (before == 0)
        return QStringLiteral("\u2014");
    const double pct = 100.0 * double(now - before) / double(before < 0 ? -before : before);
    const QLocale fr(QLocale::French, QLocale::France);
    return (pct >= 0 ? QStringLiteral("+") : QString()) + fr.toString(pct, 'f', 1) + QStringLiteral("\u00a0%");
}

QString day(const QDate &d)
{
    return d.toString(QStringLiteral("dd/MM/yyyy"));
}

void printRows(const QString &title, const QList<BreakdownRow> &rows, bool money, Io &io)
{
    if (rows.isEmpty())
        return;
    io.out << '\n' << title << '\n';
    for (const BreakdownRow &r : rows) {
        const QString name = r.label.isEmpty() ? (r.key.isEmpty() ? QStringLiteral("\u2014") : r.key) : r.label;
        io.out << QStringLiteral("  ") << name.left(34).leftJustified(36) << format(r.count, Unit::Count).rightJustified(10);
        if (money)
            io.out << Money::fromCents(r.amountCents).toString().rightJustified(18);
        io.out << '\n';
    }
}

void printTable(const KpiSnapshot &s, Io &io)
{
    io.out << CmdKpiText::tr("Period %1 – %2 (previous: %3 – %4; year before: %5 – %6)")
                  .arg(day(s.period.from), day(s.period.to), day(s.previousPeriod.from), day(s.previousPeriod.to),
                       day(s.yearBeforePeriod.from), day(s.yearBeforePeriod.to))
           << "\n\n";
    io.out << QString().leftJustified(30) << CmdKpiText::tr("Period").rightJustified(18) << CmdKpiText::tr("Previous").rightJustified(18)
           << CmdKpiText::tr("Change").rightJustified(10) << CmdKpiText::tr("Year before").rightJustified(18) << CmdKpiText::tr("Change").rightJustified(10) << '\n';
    for (const KpiTile &t : kpiTiles()) {
        const KpiValue &v = s.*(t.value);
        const bool now = t.value == &KpiSnapshot::productsUnderThreshold || t.value == &KpiSnapshot::stockValueCents;
        io.out << CmdKpiText::tr(t.label).leftJustified(30) << format(v.current, t.unit).rightJustified(18);
        if (!now)
            io.out << format(v.previous, t.unit).rightJustified(18) << change(v.current, v.previous).rightJustified(10)
                   << format(v.yearBefore, t.unit).rightJustified(18) << change(v.current, v.yearBefore).rightJustified(10);
        io.out << '\n';
    }
    printRows(CmdKpiText::tr("Top products (quantity, revenue)"), s.topProducts, true, io);
    printRows(CmdKpiText::tr("Revenue by category"), s.revenueByCategory, true, io);
    if (s.staffVisible)
        printRows(CmdKpiText::tr("Revenue by staff member (sales, revenue)"), s.revenueByStaff, true, io);
    printRows(CmdKpiText::tr("RFM segments (customers, spent over 24 months)"), s.rfmSegments, true, io);
    printRows(CmdKpiText::tr("Complaints by category"), s.complaintsByCategory, false, io);
    printRows(CmdKpiText::tr("Complaints by status"), s.complaintsByStatus, false, io);
}

int runKpi(const QStringList &argv, Io &io)
{
    Arguments args(argv, {QStringLiteral("user"), QStringLiteral("from"), QStringLiteral("to"), QStringLiteral("lang")},
                   {QStringLiteral("json")});
    const Period period{args.date(QStringLiteral("from")), args.date(QStringLiteral("to"))};
    if (!args.ok() || args.positional().size() != 1 || !args.value(QStringLiteral("user")) || !period.from.isValid()
        || !period.to.isValid()) {
        io.err << "usage: comptoir-cli kpi DB --user U --from DATE --to DATE [--json] [--lang fr|en]";
        if (!args.ok())
            io.err << " (" << args.error() << ')';
        io.err << '\n';
        return 2;
    }
    if (!period.isValid()) {
        io.err << "comptoir-cli kpi: --from must not be after --to\n";
        return 2;
    }
    QString languageProblem; // a broken install: the figures' labels would silently be in English
    if (!ui::Language::install(*QCoreApplication::instance(), args.value(QStringLiteral("lang"), ui::Language::defaultCode()),
                               &languageProblem)
        && !languageProblem.isEmpty()) {
        io.err << "comptoir-cli kpi: " << languageProblem << '\n';
        return 1;
    }
    auto cli = CliSession::signedIn(QStringLiteral("kpi"), args.positional().first(), args.value(QStringLiteral("user"), QString()),
                                    io);
    if (!cli)
        return 1;
    auto snap = KpiService(cli->db(), cli->clock()).snapshot(cli->session(), period);
    if (!snap)
        return cli->fail(io, snap.error());
    if (args.flag(QStringLiteral("json")))
        io.out << kpiJson(*snap);
    else
        printTable(*snap, io);
    return 0;
}

const CommandRegistration kpiRegistration{{
    QStringLiteral("kpi"),
    QStringLiteral("print the KPIs of a period with their comparisons"),
    QStringLiteral("Usage: comptoir-cli kpi DB --user U --from DATE --to DATE [--json] [--lang fr|en]\n\n"
                   "The dashboard's figures for DATE..DATE (both included; YYYY-MM-DD or DD/MM/YYYY), the\n"
                   "previous period of the same length and the same days a year before, then the top\n"
                   "products, categories, staff, RFM segments and complaints. Needs kpi.view. --json:\n"
                   "integers (cents, basis points, *Milli x1000, minutes).\n"
                   "The password comes from $COMPTOIR_PASSWORD, else from a prompt."),
    runKpi,
}};

} // namespace
} // namespace comptoir::cli
