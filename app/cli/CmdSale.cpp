// comptoir-cli sale DB --user U --line SKU:QTY [...] [--customer CARD|PHONE|EMAIL] --pay METHOD:AMOUNT [...]
#include "Arguments.h"
#include "CliSession.h"
#include "Command.h"

#include "domain/Money.h"
#include "services/SaleService.h"

namespace comptoir::cli {
namespace {

/** Takes every "--name VALUE" / "--name=VALUE" out of `args` (Arguments keeps one value per option). */
QStringList takeRepeated(QStringList &args, const QString &name)
{
    QStringList values;
    const QString flag = QStringLiteral("--") + name;
    for (int i = 0; i < args.size();) {
        if (args.at(i) == flag && i + 1 < args.size()) {
            values.append(args.at(i + 1));
            args.remove(i, 2);
        } else if (args.at(i).startsWith(flag + QLatin1Char('='))) {
            values.append(args.at(i).mid(flag.size() + 1));
            args.removeAt(i);
        } else {
            ++i;
        }
    }
    return values;
}

int runSale(const QStringList &argv, Io &io)
{
    QStringList rest = argv;
    const QStringList lines = takeRepeated(rest, QStringLiteral("line"));
    const QStringList pays = takeRepeated(rest, QStringLiteral("pay"));
    Arguments args(rest, {QStringLiteral("user"), QStringLiteral("customer")}, {});
    if (!args.ok() || args.positional().size() != 1 || lines.isEmpty() || !args.value(QStringLiteral("user"))) {
        io.err << "usage: comptoir-cli sale DB --user U --line SKU:QTY [...] [--customer KEY] --pay METHOD:AMOUNT [...]\n";
        return 2;
    }
    SaleRequest request;
    for (const QString &l : lines) {
        const qsizetype colon = l.lastIndexOf(QLatin1Char(':'));
        bool ok = false;
        SaleLineRequest line;
        line.code = l.left(colon);
        line.quantity = colon > 0 ? l.mid(colon + 1).toLongLong(&ok) : 0;
        if (!ok) {
            io.err << "comptoir-cli sale: --line " << l << ": expected SKU:QTY\n";
            return 2;
        }
        request.lines.append(line);
    }
    for (const QString &p : pays) {
        const qsizetype colon = p.indexOf(QLatin1Char(':'));
        const QStringList parts = p.mid(colon + 1).split(QLatin1Char(':'));
        const auto method = paymentMethodFromString(p.left(colon));
        const auto amount = Money::parse(parts.value(0));
        if (colon <= 0 || !method || !amount) {
            io.err << "comptoir-cli sale: --pay " << p << ": expected METHOD:AMOUNT[:ID] (cash, card, cheque, voucher, "
                                                          "store_credit:AMOUNT:NOTE_ID, deposit:AMOUNT:DEPOSIT_ID)\n";
            return 2;
        }
        PaymentRequest pay;
        pay.method = *method;
        pay.amountCents = amount->cents();
        if (*method == PaymentMethod::StoreCredit)
            pay.creditNoteId = parts.value(1).toLongLong();
        if (*method == PaymentMethod::Deposit)
            pay.depositId = parts.value(1).toLongLong();
        request.payments.append(pay);
    }
    request.customerKey = args.value(QStringLiteral("customer"), QString());
    auto cli = CliSession::signedIn(QStringLiteral("sale"), args.positional().first(),
                                    args.value(QStringLiteral("user"), QString()), io);
    if (!cli)
        return 1;
    auto sale = SaleService(cli->db(), cli->clock()).record(cli->session(), request);
    if (!sale)
        return cli->fail(io, sale.error());
    qint64 change = 0;
    for (const Payment &p : sale->payments)
        change += p.changeCents;
    io.out << "sale #" << sale->number << " total " << Money::fromCents(sale->totalCents).toPlainString() << " VAT "
           << Money::fromCents(sale->vatCents).toPlainString() << " change " << Money::fromCents(change).toPlainString()
           << " hash " << sale->hash << '\n';
    return 0;
}

const CommandRegistration saleRegistration{{
    QStringLiteral("sale"),
    QStringLiteral("record a sale"),
    QStringLiteral("Usage: comptoir-cli sale DB --user U --line SKU:QTY [--line ...] [--customer CARD|PHONE|EMAIL]\n"
                   "                          --pay METHOD:AMOUNT [--pay ...]\n\n"
                   "Records a sale at the catalogue prices. METHOD is cash, card, cheque, voucher,\n"
                   "store_credit:AMOUNT:CREDIT_NOTE_ID or deposit:AMOUNT:DEPOSIT_ID; cash may exceed what is due\n"
                   "(the change is printed). Prints \"sale #N total T VAT V change C hash H\". U needs sale.create."),
    runSale,
}};

} // namespace
} // namespace comptoir::cli
