// comptoir-cli close-day DB --user U [--date YYYY-MM-DD]: the daily Z closure.
#include "Arguments.h"
#include "CliSession.h"
#include "Command.h"

#include "domain/Money.h"
#include "services/ClosureService.h"

namespace comptoir::cli {
namespace {

int runCloseDay(const QStringList &argv, Io &io)
{
    Arguments args(argv, {QStringLiteral("user"), QStringLiteral("date")}, {});
    if (!args.ok() || args.positional().size() != 1 || !args.value(QStringLiteral("user"))) {
        io.err << "usage: comptoir-cli close-day DB --user U [--date YYYY-MM-DD]\n";
        return 2;
    }
    QDate day = QDate::currentDate();
    if (auto text = args.value(QStringLiteral("date"))) {
        day = QDate::fromString(*text, Qt::ISODate);
        if (!day.isValid()) {
            io.err << "comptoir-cli close-day: --date " << *text << ": expected YYYY-MM-DD\n";
            return 2;
        }
    }
    auto cli = CliSession::signedIn(QStringLiteral("close-day"), args.positional().first(),
                                    args.value(QStringLiteral("user"), QString()), io);
    if (!cli)
        return 1;
    auto closure = ClosureService(cli->db(), cli->clock()).closeDay(cli->session(), day);
    if (!closure)
        return cli->fail(io, closure.error());
    io.out << "closure " << closure->period << ": " << closure->salesCount << " sales "
           << Money::fromCents(closure->totalCents).toPlainString() << ", " << closure->returnsCount << " returns "
           << Money::fromCents(closure->returnsCents).toPlainString() << ", grand total "
           << Money::fromCents(closure->grandTotalCents).toPlainString() << '\n'
           << closure->details << '\n';
    return 0;
}

const CommandRegistration closeDayRegistration{{
    QStringLiteral("close-day"),
    QStringLiteral("run the daily (Z) closure"),
    QStringLiteral("Usage: comptoir-cli close-day DB --user U [--date YYYY-MM-DD]\n\n"
                   "Closes a business day (today by default): totals by payment method and VAT rate, counts of\n"
                   "sales and returns, perpetual grand total, chained to the previous closure. A day is closed\n"
                   "once; a future day is refused. U needs closure.run."),
    runCloseDay,
}};

} // namespace
} // namespace comptoir::cli
