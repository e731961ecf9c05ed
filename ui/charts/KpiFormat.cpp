#include "charts/KpiFormat.h"


#include <cstdlib>

namespace comptoir::ui {

namespace {

constexpr QChar kNoBreakSpace(0x00A0);

bool isFrench(const QLocale &locale)
{
    return locale.language() == QLocale::French;
}

} // namespace

QString KpiFormat::money(qint64 cents) const
{
    const qint64 magnitude = cents < 0 ? -cents : cents;
    QString number = m_locale.toString(magnitude / 100) + m_locale.decimalPoint()
                     + QStringLiteral("%1").arg(magnitude % 100, 2, 10, QLatin1Char('0'));
    if (cents < 0)
        number.prepend(m_locale.negativeSign());
    return isFrench(m_locale) ? number + kNoBreakSpace + QStringLiteral("€") : QStringLiteral("€") + number;
}

QString KpiFormat::wholeEuros(qint64 cents) const
{
    // Rounded half away from zero, like Money.
    const qint64 euros = cents >= 0 ? (cents + 50) / 100 : -((-cents + 50) / 100);
    const QString number = m_locale.toString(euros);
    return isFrench(m_locale) ? number + kNoBreakSpace + QStringLiteral("€") : QStringLiteral("€") + number;
}

QString KpiFormat::count(qint64 n) const
{
    return m_locale.toString(n);
}

QString KpiFormat::percentText(double percent, int decimals) const
{
    const QString number = m_locale.toString(percent, 'f', decimals);
    return isFrench(m_locale) ? number + kNoBreakSpace + QStringLiteral("%") : number + QStringLiteral("%");
}

QString KpiFormat::percentFromBasisPoints(qint64 basisPoints) const
{
    return percentText(double(basisPoints) / 100.0, 1);
}

QString KpiFormat::thousandths(qint64 value) const
{
    return m_locale.toString(double(value) / 1000.0, 'f', 2);
}

QString KpiFormat::dayLabel(const QDate &day) const
{
    return m_locale.toString(day, isFrench(m_locale) ? QStringLiteral("dd/MM") : QStringLiteral("d MMM"));
}

QString KpiFormat::monthLabel(const QDate &day) const
{
    return m_locale.toString(day, QStringLiteral("MMM yyyy"));
}

QString KpiFormat::date(const QDate &day) const
{
    return m_locale.toString(day, isFrench(m_locale) ? QStringLiteral("dd/MM/yyyy") : QStringLiteral("d MMM yyyy"));
}

Trend KpiFormat::trend(qint64 current, qint64 previous)
{
    if (previous == 0)
        return current == 0 ? Trend::Flat : Trend::NoComparison;
    if (current == previous)
        return Trend::Flat;
    return current > previous ? Trend::Up : Trend::Down;
}

QString KpiFormat::change(qint64 current, qint64 previous) const
{
    switch (trend(current, previous)) {
    case Trend::NoComparison:
        return QStringLiteral("—");
    case Trend::Flat:
        return QStringLiteral("= ") + percentText(0.0, 0);
    case Trend::Up:
    case Trend::Down:
        break;
    }
    const double percent = 100.0 * double(current - previous) / double(std::llabs(previous));
    const QString arrow = current > previous ? QStringLiteral("▲ ") : QStringLiteral("▼ ");
    return arrow + percentText(std::abs(percent), std::abs(percent) < 100.0 ? 1 : 0);
}

} // namespace comptoir::ui
