#pragma once

#include <QDate>
#include <QLocale>
#include <QString>

namespace comptoir::ui {

/** Which way a figure moved against its comparison, and whether that is good news. */
enum class Trend { Up, Down, Flat, NoComparison };

/**
 * How the dashboard and the head-office report write figures, in the UI language's
 * QLocale (French by default): "1 234,50 €", "12,3 %", "24/11". Money stays integer
 * cents until it becomes text.
 */
class KpiFormat final {
public:
    explicit KpiFormat(QLocale locale = QLocale()) : m_locale(std::move(locale)) {}

    const QLocale &locale() const { return m_locale; }

    /** "1 234,50 €" (fr) or "€1,234.50" (en). */
    QString money(qint64 cents) const;
    /** Whole euros, for axes and dense tables: "1 235 €". */
    QString wholeEuros(qint64 cents) const;
    /** A count with group separators: "12 345". */
    QString count(qint64 n) const;
    /** A rate given in basis points (1/100 of a percent): 1234 → "12,3 %". */
    QString percentFromBasisPoints(qint64 basisPoints) const;
    /** A ratio given in thousandths: 2345 → "2,35". */
    QString thousandths(qint64 value) const;
    /** A day on an axis: "24/11" (fr), "24/11" (en, day first as well). */
    QString dayLabel(const QDate &day) const;
    /** A month on an axis: "nov. 2026". */
    QString monthLabel(const QDate &day) const;
    /** A full date: "24/11/2026". */
    QString date(const QDate &day) const;

    /** The change from `previous` to `current` as text, "▲ 12,3 %", "▼ 4,0 %", "= 0 %" or "—". */
    QString change(qint64 current, qint64 previous) const;
    /** The direction of that change (NoComparison when previous is 0 and current is not). */
    static Trend trend(qint64 current, qint64 previous);

private:
    QString percentText(double percent, int decimals) const;

    QLocale m_locale;
};

} // namespace comptoir::ui
