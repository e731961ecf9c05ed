#include "demo/DemoText.h"

namespace comptoir::demo {

QString asciiFold(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_D);
    QString out;
    out.reserve(decomposed.size());
    for (QChar c : decomposed) {
        const ushort u = c.unicode();
        if (u == 0x0153 || u == 0x0152) {
            out += QLatin1String("oe");
        } else if (u == 0x00E6 || u == 0x00C6) {
            out += QLatin1String("ae");
        } else if ((u >= 'a' && u <= 'z') || (u >= '0' && u <= '9') || u == '-') {
            out += c;
        } else if (u >= 'A' && u <= 'Z') {
            out += QChar(u + ('a' - 'A'));
        }
        // Combining accents, spaces and apostrophes are dropped.
    }
    return out;
}

qint64 shopPrice(qint64 cents)
{
    if (cents < 100)
        return 90;
    if (cents < 1000) {
        const qint64 euros = cents / 100;
        return (cents % 100) < 50 ? euros * 100 + 50 : euros * 100 + 90;
    }
    if (cents < 10000)
        return (cents / 100) * 100 + 90;
    const qint64 tens = cents / 1000;
    return (cents % 1000) < 500 ? tens * 1000 + 500 : tens * 1000 + 900;
}

QString withLuhnDigit(const QString &digits)
{
    int sum = 0;
    bool doubled = true; // the check digit will be at the right, so the last digit here is doubled
    for (qsizetype i = digits.size() - 1; i >= 0; --i) {
        int d = digits.at(i).digitValue();
        if (doubled) {
            d *= 2;
            if (d > 9)
                d -= 9;
        }
        sum += d;
        doubled = !doubled;
    }
    return digits + QString::number((10 - sum % 10) % 10);
}

} // namespace comptoir::demo
