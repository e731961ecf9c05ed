#pragma once

#include "domain/Result.h"

#include <QString>
#include <QtGlobal>

#include <compare>

namespace comptoir {

/**
 * An amount of euros held as integer cents. Never a floating point value.
 *
 * VAT rounding rule (documented here, tested in tests/unit/domain/MoneyTest.cpp):
 * prices are stored VAT included. The VAT part of an amount A at rate r (in basis
 * points, 2000 = 20 %) is A * r / (10000 + r) rounded to the nearest cent, halves
 * away from zero; the amount excluding VAT is A minus that VAT part, so
 * excl + VAT == incl always holds to the cent. A sale applies the rule once per VAT
 * rate, on the sum of its lines at that rate (not line by line), as French receipts do.
 */
class Money {
public:
    constexpr Money() = default;
    static constexpr Money fromCents(qint64 cents) { return Money(cents); }
    /** Whole euros and cents: fromEuros(12, 50) is 12,50 €; the sign is taken from euros. */
    static constexpr Money fromEuros(qint64 euros, int cents = 0)
    {
        return Money(euros * 100 + (euros < 0 ? -cents : cents));
    }

    constexpr qint64 cents() const { return m_cents; }
    constexpr bool isZero() const { return m_cents == 0; }
    constexpr bool isNegative() const { return m_cents < 0; }

    constexpr Money operator+(Money o) const { return Money(m_cents + o.m_cents); }
    constexpr Money operator-(Money o) const { return Money(m_cents - o.m_cents); }
    constexpr Money operator-() const { return Money(-m_cents); }
    constexpr Money operator*(qint64 quantity) const { return Money(m_cents * quantity); }
    constexpr Money &operator+=(Money o) { m_cents += o.m_cents; return *this; }
    constexpr Money &operator-=(Money o) { m_cents -= o.m_cents; return *this; }
    constexpr auto operator<=>(const Money &) const = default;

    /** The VAT included in this VAT-inclusive amount, at rate `rateBasisPoints`. */
    Money vatPart(int rateBasisPoints) const;
    /** This VAT-inclusive amount less its VAT part. */
    Money excludingVat(int rateBasisPoints) const { return *this - vatPart(rateBasisPoints); }

    /** This amount times basisPoints / 10000, rounded half away from zero (discounts, points). */
    Money percent(int basisPoints) const;

    /** French format: "1 234,50 €" with no-break spaces (U+00A0). */
    QString toString() const;
    /** French format without the currency sign: "1 234,50". */
    QString toPlainString() const;

    /**
     * Parses "12,50", "12.50", "1 234,50 €", "-3,5", "12": at most two decimals, a comma
     * or a dot as decimal separator, spaces (also no-break) as group separators.
     */
    static Result<Money> parse(const QString &text);

private:
    constexpr explicit Money(qint64 cents) : m_cents(cents) {}
    qint64 m_cents = 0;
};

/** Divides a by b (b > 0), rounding to the nearest integer, halves away from zero. */
qint64 roundedDivide(qint64 a, qint64 b);

} // namespace comptoir
