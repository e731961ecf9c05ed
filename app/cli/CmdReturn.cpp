// comptoir-cli return DB --user U --sale N --line LINE_NO:QTY [...] [--damaged] [--refund original|store_credit]
#include "Arguments.h"
#include "CliSession.h"
#include "Command.h"

#include "domain/Money.h"
#include "services/ReturnService.h"

namespace comptoir::cli {
namespace {

int runReturn(const QStringList &argv, Io &io)
{
    QStringList rest = argv;
    QStringList lines;
    for (int i = 0; i < rest.size();) {
        if (rest.at(i) == QLatin1String("--line") && i + 1 < rest.size()) {
            lines.append(rest.at(i + 1));
            rest.remove(i, 2);
        } else {
            ++i;
        }
    }
    Arguments args(rest, {QStringLiteral("user"), QStringLiteral("sale"), QStringLiteral("refund"), QStringLiteral("reason")},
                   {QStringLiteral("damaged")});
    const qint64 saleNumber = args.integer(QStringLiteral("sale"), 0);
    const QString refund = args.value(QStringLiteral("refund"), QStringLiteral("original"));
    if (!args.ok() || args.positional().size() != 1 || lines.isEmpty() || saleNumber <= 0
        || !args.value(QStringLiteral("user")) || (refund != QLatin1String("original") && refund != QLatin1String("store_credit"))) {
        io.err << "usage: comptoir-cli return DB --user U --sale N --line LINE_NO:QTY [...] [--damaged] "
                  "[--refund original|store_credit] [--reason TEXT]\n";
        return 2;
    }
    ReturnRequest request;
    request.saleNumber = saleNumber;
    request.damaged = args.flag(QStringLiteral("damaged"));
    request.refund = refund == QLatin1String("store_credit") ? RefundChoice::StoreCredit : RefundChoice::Original;
    request.reason = args.value(QStringLiteral("reason"), QString());
    for (const QString &l : lines) {
        const QStringList parts = l.split(QLatin1Char(':'));
        bool okNo = false;
        bool okQty = false;
        ReturnLineRequest line{parts.value(0).toInt(&okNo), parts.value(1).toLongLong(&okQty)};
        if (parts.size() != 2 || !okNo || !okQty) {
            io.err << "comptoir-cli return: --line " << l << ": expected LINE_NO:QTY\n";
            return 2;
        }
        request.lines.append(line);
    }
    auto cli = CliSession::signedIn(QStringLiteral("return"), args.positional().first(),
                                    args.value(QStringLiteral("user"), QString()), io);
    if (!cli)
        return 1;
    auto note = ReturnService(cli->db(), cli->clock()).returnLines(cli->session(), request);
    if (!note)
        return cli->fail(io, note.error());
    io.out << "credit note #" << note->number << " (id " << note->id << ") total "
           << Money::fromCents(note->totalCents).toPlainString() << " refund " << note->refundMethod << '\n';
    return 0;
}

const CommandRegistration returnRegistration{{
    QStringLiteral("return"),
    QStringLiteral("return lines of a sale as a credit note"),
    QStringLiteral("Usage: comptoir-cli return DB --user U --sale N --line LINE_NO:QTY [--line ...] [--damaged]\n"
                   "                            [--refund original|store_credit] [--reason TEXT]\n\n"
                   "Records a credit note for the given lines of sale #N (never more than sold minus already\n"
                   "returned). --damaged writes the goods off instead of restocking them. Refunds above the\n"
                   "refund.approval_threshold setting need a user with refund.approve. U needs sale.refund."),
    runReturn,
}};

} // namespace
} // namespace comptoir::cli
