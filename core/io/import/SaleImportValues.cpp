#include "io/import/SaleImportValues.h"

#include "domain/Clock.h"

#include <QDate>

namespace comptoir::saleimport {

namespace {

/** The `count` ASCII digits of `text` from `from` as a number; -1 if one is not a digit. */
int digits(QStringView text, int from, int count)
{
    int value = 0;
    for (int i = from; i < from + count; ++i) {
        const char16_t c = text[i].unicode();
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + int(c - u'0');
    }
    return value;
}

} // namespace

bool parseIsoUtcSeconds(QStringView text, qint64 &seconds)
{
    if (text.size() != 20 || text[4] != u'-' || text[7] != u'-' || text[10] != u'T' || text[13] != u':'
        || text[16] != u':' || text[19] != u'Z')
        return false;
    const int y = digits(text, 0, 4), mo = digits(text, 5, 2), d = digits(text, 8, 2);
    const int h = digits(text, 11, 2), mi = digits(text, 14, 2), s = digits(text, 17, 2);
    if (y < 0 || mo < 0 || d < 0 || h < 0 || h > 23 || mi < 0 || mi > 59 || s < 0 || s > 59)
        return false;
    const QDate date(y, mo, d);
    if (!date.isValid())
        return false;
    seconds = (date.toJulianDay() - kUnixEpochJulianDay) * 86400 + h * 3600 + mi * 60 + s;
    return true;
}

std::optional<qint64> plainCents(QStringView text)
{
    if (text.isEmpty() || text.size() > 15)
        return std::nullopt;
    qint64 units = 0;
    int decimals = -1;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u == u'.' || u == u',') {
            if (decimals >= 0)
                return std::nullopt;
            decimals = 0;
        } else if (u >= u'0' && u <= u'9') {
            if (decimals >= 2)
                return std::nullopt;
            units = units * 10 + (u - u'0');
            if (decimals >= 0)
                ++decimals;
        } else {
            return std::nullopt;
        }
    }
    if (decimals == 0)
        return std::nullopt; // "12." : let the full parser word the error
    for (int d = decimals < 0 ? 0 : decimals; d < 2; ++d)
        units *= 10;
    return units;
}

std::optional<qint64> plainInteger(QStringView text)
{
    if (text.isEmpty() || text.size() > 15)
        return std::nullopt;
    qint64 value = 0;
    for (const QChar c : text) {
        if (c.unicode() < u'0' || c.unicode() > u'9')
            return std::nullopt;
        value = value * 10 + (c.unicode() - u'0');
    }
    return value;
}

std::optional<PaymentMethod> historicalPaymentMethod(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t.isEmpty())
        return PaymentMethod::Card;
    if (auto m = paymentMethodFromString(t))
        return m;
    if (t == u"especes" || t == u"espèces" || t == u"espece" || t == u"espèce" || t == u"liquide")
        return PaymentMethod::Cash;
    if (t == u"cb" || t == u"carte" || t == u"carte bancaire" || t == u"carte bleue" || t == u"credit card")
        return PaymentMethod::Card;
    if (t == u"chèque" || t == u"check")
        return PaymentMethod::Cheque;
    if (t == u"bon" || t == u"bon d'achat" || t == u"bon cadeau" || t == u"gift voucher" || t == u"gift card")
        return PaymentMethod::Voucher;
    if (t == u"avoir" || t == u"store credit" || t == u"store-credit")
        return PaymentMethod::StoreCredit;
    if (t == u"acompte" || t == u"arrhes")
        return PaymentMethod::Deposit;
    return std::nullopt;
}

qint64 SeenSaleKeys::firstLineOrAdd(const QString &key, qint64 line)
{
    // A plain number: no sign, no leading zero ("007" is not "7"), short enough for 64 bits.
    const bool number = !key.isEmpty() && key.size() <= 18 && (key.size() == 1 || key.front() != u'0');
    if (auto value = number ? plainInteger(key) : std::nullopt) {
        auto [it, added] = m_numbers.try_emplace(*value, line);
        return added ? 0 : it->second;
    }
    if (const qint64 earlier = m_texts.value(key))
        return earlier;
    m_texts.insert(key, line);
    return 0;
}

} // namespace comptoir::saleimport
