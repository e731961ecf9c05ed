#include "domain/Money.h"

#include <QCoreApplication>

#include <cstdlib>
#include <limits>

namespace comptoir {

qint64 roundedDivide(qint64 a, qint64 b)
{
    const qint64 q = a / b;
    const qint64 r = a % b;
    if (2 * std::llabs(r) >= b)
        return a < 0 ? q - 1 : q + 1;
    return q;
}

Money Money::vatPart(int rateBasisPoints) const
{
    if (rateBasisPoints <= 0)
        return Money();
    return Money(roundedDivide(m_cents * rateBasisPoints, 10000 + rateBasisPoints));
}

Money Money::percent(int basisPoints) const
{
    return Money(roundedDivide(m_cents * basisPoints, 10000));
}

QString Money::toPlainString() const
{
    const qint64 absolute = std::llabs(m_cents);
    QString euros = QString::number(absolute / 100);
    for (int i = euros.size() - 3; i > 0; i -= 3)
        euros.insert(i, QChar(0x00A0));
    QString text = euros + QLatin1Char(',') + QStringLiteral("%1").arg(absolute % 100, 2, 10, QLatin1Char('0'));
    if (m_cents < 0)
        text.prepend(QLatin1Char('-'));
    return text;
}

QString Money::toString() const
{
    return toPlainString() + QChar(0x00A0) + QChar(0x20AC);
}

Result<Money> Money::parse(const QString &input)
{
    auto fail = [&input]() {
        return Error::validation(
            QStringLiteral("amount"),
            QCoreApplication::translate("comptoir::Money", "\"%1\" is not an amount (expected e.g. 12,50)")
                .arg(input));
    };
    QString text;
    text.reserve(input.size());
    for (QChar c : input) {
        if (c.isSpace() || c == QChar(0x00A0) || c == QChar(0x202F) || c == QChar(0x20AC))
            continue;
        text.append(c);
    }
    if (text.endsWith(QLatin1String("EUR"), Qt::CaseInsensitive))
        text.chop(3);
    if (text.isEmpty())
        return fail();

    bool negative = false;
    int pos = 0;
    if (text.at(0) == QLatin1Char('-') || text.at(0) == QLatin1Char('+')) {
        negative = text.at(0) == QLatin1Char('-');
        pos = 1;
    }
    qint64 euros = 0;
    qint64 cents = 0;
    int digits = 0;
    int decimals = -1; // -1: no separator seen yet
    for (; pos < text.size(); ++pos) {
        const QChar c = text.at(pos);
        if (c == QLatin1Char(',') || c == QLatin1Char('.')) {
            if (decimals >= 0 || digits == 0)
                return fail();
            decimals = 0;
            continue;
        }
        if (!c.isDigit() || c.unicode() > 127)
            return fail();
        const int d = c.unicode() - '0';
        if (decimals >= 0) {
            if (++decimals > 2)
                return fail();
            cents = cents * 10 + d;
        } else {
            if (euros > (std::numeric_limits<qint64>::max() / 100 - 9) / 10)
                return fail();
            euros = euros * 10 + d;
            ++digits;
        }
    }
    if (digits == 0 || decimals == 0)
        return fail();
    if (decimals == 1)
        cents *= 10;
    const qint64 total = euros * 100 + cents;
    return Money::fromCents(negative ? -total : total);
}

} // namespace comptoir
