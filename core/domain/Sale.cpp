#include "domain/Sale.h"

#include "domain/ChainHash.h"
#include "domain/Clock.h"
#include "domain/Money.h"
#include "domain/Sha256.h"


#include <algorithm>
#include <string>

namespace comptoir {

QString toString(PaymentMethod method)
{
    switch (method) {
    case PaymentMethod::Cash:
        return QStringLiteral("cash");
    case PaymentMethod::Card:
        return QStringLiteral("card");
    case PaymentMethod::Cheque:
        return QStringLiteral("cheque");
    case PaymentMethod::Voucher:
        return QStringLiteral("voucher");
    case PaymentMethod::StoreCredit:
        return QStringLiteral("store_credit");
    case PaymentMethod::Deposit:
        return QStringLiteral("deposit");
    }
    return QString();
}

std::optional<PaymentMethod> paymentMethodFromString(const QString &text)
{
    for (PaymentMethod m : {PaymentMethod::Cash, PaymentMethod::Card, PaymentMethod::Cheque, PaymentMethod::Voucher,
                            PaymentMethod::StoreCredit, PaymentMethod::Deposit}) {
        if (toString(m) == text)
            return m;
    }
    return std::nullopt;
}

qint64 lineTotalCents(const SaleLine &line)
{
    return line.quantity * line.unitPriceCents - line.discountCents;
}

SaleTotals computeSaleTotals(const QList<SaleLine> &lines)
{
    SaleTotals totals;
    for (const SaleLine &line : lines) {
        totals.itemCount += line.quantity;
        auto it = std::lower_bound(totals.byRate.begin(), totals.byRate.end(), line.vatRateBp,
                                   [](const VatBreakdown &b, int rate) { return b.rateBp < rate; });
        if (it == totals.byRate.end() || it->rateBp != line.vatRateBp)
            it = totals.byRate.insert(it, VatBreakdown{line.vatRateBp, 0, 0, 0});
        it->totalCents += line.totalCents;
    }
    for (VatBreakdown &b : totals.byRate) {
        b.vatCents = Money::fromCents(b.totalCents).vatPart(b.rateBp).cents();
        b.exclCents = b.totalCents - b.vatCents;
        totals.totalCents += b.totalCents;
        totals.vatCents += b.vatCents;
    }
    totals.totalExclCents = totals.totalCents - totals.vatCents;
    return totals;
}

void applySaleTotals(Sale &sale)
{
    const SaleTotals totals = computeSaleTotals(sale.lines);
    sale.totalCents = totals.totalCents;
    sale.totalExclCents = totals.totalExclCents;
    sale.vatCents = totals.vatCents;
    sale.itemCount = totals.itemCount;
}

namespace {

/** The sale's lines in the order the hash covers them: by line number. */
QList<const SaleLine *> hashedLineOrder(const Sale &sale)
{
    QList<const SaleLine *> lines;
    lines.reserve(sale.lines.size());
    for (const SaleLine &l : sale.lines)
        lines.append(&l);
    std::stable_sort(lines.begin(), lines.end(), [](const SaleLine *a, const SaleLine *b) { return a->lineNo < b->lineNo; });
    return lines;
}

} // namespace

QStringList saleHashedFields(const Sale &sale)
{
    QStringList f;
    f.reserve(11 + 7 * sale.lines.size() + 6 * sale.payments.size());
    f << QString::number(sale.storeId) << QString::number(sale.number) << QString::number(sale.customerId)
      << QString::number(sale.userId) << toIsoUtc(sale.at) << sale.businessDay.toString(Qt::ISODate)
      << QString::number(sale.totalCents) << QString::number(sale.totalExclCents) << QString::number(sale.vatCents)
      << QString::number(sale.itemCount) << QString::number(sale.imported ? 1 : 0);

    const QList<const SaleLine *> lines = hashedLineOrder(sale);
    for (const SaleLine *l : lines) {
        f << QString::number(l->lineNo) << QString::number(l->productId) << QString::number(l->quantity)
          << QString::number(l->unitPriceCents) << QString::number(l->discountCents) << QString::number(l->vatRateBp)
          << QString::number(l->totalCents);
    }
    for (const Payment &p : sale.payments) {
        f << toString(p.method) << QString::number(p.amountCents) << QString::number(p.tenderedCents)
          << QString::number(p.changeCents) << QString::number(p.creditNoteId) << QString::number(p.depositId);
    }
    return f;
}

namespace {

/** Appends the ASCII digits of `value` with `width` leading zeros. */
void appendPadded(std::string &out, int value, int width)
{
    char digits[8];
    for (int i = width - 1; i >= 0; --i) {
        digits[i] = char('0' + value % 10);
        value /= 10;
    }
    out.append(digits, size_t(width));
}

/** Appends `value` in decimal, as QString::number() writes it. */
void appendNumber(std::string &out, qint64 value)
{
    char digits[24];
    int i = 24;
    quint64 magnitude = value < 0 ? 0 - quint64(value) : quint64(value);
    do {
        digits[--i] = char('0' + magnitude % 10);
        magnitude /= 10;
    } while (magnitude != 0);
    if (value < 0)
        digits[--i] = '-';
    out.append(digits + i, size_t(24 - i));
}

bool appendDate(std::string &out, const QDate &date)
{
    int y = 0;
    int m = 0;
    int d = 0;
    date.getDate(&y, &m, &d);
    if (!date.isValid() || y < 1000 || y > 9999)
        return false;
    appendPadded(out, y, 4);
    out += '-';
    appendPadded(out, m, 2);
    out += '-';
    appendPadded(out, d, 2);
    return true;
}

} // namespace

QString saleHash(const Sale &sale, const QString &prevHash)
{
    // The same bytes as chainHash(prevHash, saleHashedFields(sale)) (tests compare the
    // two), written straight into one buffer: the demo store hashes 400 000 sales.
    // A std::string: QByteArray's appends of a few bytes cost more than SHA-256 itself here.
    std::string data;
    data.reserve(size_t(256 + 64 * sale.lines.size()));
    const auto text = [&data](const QString &value) {
        const QByteArray utf8 = value.toUtf8();
        data.append(utf8.constData(), size_t(utf8.size()));
    };
    text(prevHash);
    const auto number = [&data](qint64 value) {
        data += '\x1f';
        appendNumber(data, value);
    };
    number(sale.storeId);
    number(sale.number);
    number(sale.customerId);
    number(sale.userId);
    data += '\x1f';
    const QDateTime utc = sale.at.toUTC();
    const QTime time = utc.time();
    const size_t before = data.size();
    if (time.msec() == 0 && appendDate(data, utc.date())) {
        data += 'T';
        appendPadded(data, time.hour(), 2);
        data += ':';
        appendPadded(data, time.minute(), 2);
        data += ':';
        appendPadded(data, time.second(), 2);
        data += 'Z';
    } else {
        data.resize(before);
        text(toIsoUtc(sale.at));
    }
    data += '\x1f';
    if (!appendDate(data, sale.businessDay))
        text(sale.businessDay.toString(Qt::ISODate));
    number(sale.totalCents);
    number(sale.totalExclCents);
    number(sale.vatCents);
    number(sale.itemCount);
    number(sale.imported ? 1 : 0);

    const QList<const SaleLine *> lines = hashedLineOrder(sale);
    for (const SaleLine *l : lines) {
        number(l->lineNo);
        number(l->productId);
        number(l->quantity);
        number(l->unitPriceCents);
        number(l->discountCents);
        number(l->vatRateBp);
        number(l->totalCents);
    }
    for (const Payment &p : sale.payments) {
        data += '\x1f';
        text(toString(p.method));
        number(p.amountCents);
        number(p.tenderedCents);
        number(p.changeCents);
        number(p.creditNoteId);
        number(p.depositId);
    }
    return QString::fromLatin1(Sha256::hash(QByteArrayView(data.data(), qsizetype(data.size()))).toHex());
}

} // namespace comptoir
