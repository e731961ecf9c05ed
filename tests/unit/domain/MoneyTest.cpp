#include "domain/Money.h"

#include <catch2/catch.hpp>

using comptoir::Money;

namespace {
QString nbsp(const char *s)
{
    return QString::fromUtf8(s).replace(QLatin1Char(' '), QChar(0x00A0));
}
} // namespace

TEST_CASE("Money arithmetic stays in integer cents", "[money]")
{
    const Money a = Money::fromEuros(12, 50);
    CHECK(a.cents() == 1250);
    CHECK((a + Money::fromCents(5)).cents() == 1255);
    CHECK((a - Money::fromEuros(20)).cents() == -750);
    CHECK((a * 3).cents() == 3750);
    CHECK(Money::fromEuros(-2, 5).cents() == -205);
    CHECK(Money::fromCents(1) < Money::fromCents(2));
}

TEST_CASE("VAT part is rounded to the nearest cent, halves away from zero", "[money][vat]")
{
    // 12,00 € at 20 %: 12 * 20 / 120 = 2,00
    CHECK(Money::fromCents(1200).vatPart(2000).cents() == 200);
    // 10,00 € at 20 %: 1,6666.. -> 1,67
    CHECK(Money::fromCents(1000).vatPart(2000).cents() == 167);
    CHECK(Money::fromCents(1000).excludingVat(2000).cents() == 833);
    // 0,01 € at 20 %: 0,00166 -> 0,00
    CHECK(Money::fromCents(1).vatPart(2000).cents() == 0);
    // 0,06 € at 20 %: exactly 0,01
    CHECK(Money::fromCents(6).vatPart(2000).cents() == 1);
    // 0,03 € at 20 %: exactly 0,005 -> half away from zero -> 0,01
    CHECK(Money::fromCents(3).vatPart(2000).cents() == 1);
    CHECK(Money::fromCents(-3).vatPart(2000).cents() == -1);
    // 5,5 % on 2,11 €: 211 * 550 / 10550 = 11,0  -> 0,11
    CHECK(Money::fromCents(211).vatPart(550).cents() == 11);
    // 2,1 % on 100,00 €: 10000 * 210 / 10210 = 205,68 -> 2,06
    CHECK(Money::fromCents(10000).vatPart(210).cents() == 206);
    CHECK(Money::fromCents(999).vatPart(0).cents() == 0);
    // excl + VAT always gives back the amount
    for (qint64 c = -500; c <= 5000; c += 7) {
        for (int rate : {0, 210, 550, 1000, 2000}) {
            const Money m = Money::fromCents(c);
            CHECK((m.excludingVat(rate) + m.vatPart(rate)) == m);
        }
    }
}

TEST_CASE("Money formats the French way", "[money][format]")
{
    CHECK(Money::fromCents(123450).toString() == nbsp("1 234,50 €"));
    CHECK(Money::fromCents(5).toString() == nbsp("0,05 €"));
    CHECK(Money::fromCents(-123456789).toString() == nbsp("-1 234 567,89 €"));
    CHECK(Money::fromCents(100000).toPlainString() == nbsp("1 000,00"));
    CHECK(Money::fromCents(0).toString() == nbsp("0,00 €"));
}

TEST_CASE("Money parses French and English amounts", "[money][parse]")
{
    CHECK(Money::parse(QStringLiteral("12,50"))->cents() == 1250);
    CHECK(Money::parse(QStringLiteral("12.50"))->cents() == 1250);
    CHECK(Money::parse(QStringLiteral("12,5"))->cents() == 1250);
    CHECK(Money::parse(QStringLiteral("12"))->cents() == 1200);
    CHECK(Money::parse(QStringLiteral("-3,05"))->cents() == -305);
    CHECK(Money::parse(QString::fromUtf8("1 234,50 €"))->cents() == 123450);
    CHECK(Money::parse(nbsp("1 234,50 €"))->cents() == 123450);
    CHECK(Money::parse(QString::fromUtf8("1\u202F234,50"))->cents() == 123450);
    CHECK(Money::parse(QStringLiteral("7,00 EUR"))->cents() == 700);
}

TEST_CASE("Money rejects what is not an amount", "[money][parse]")
{
    for (const char *bad : {"", " ", "abc", "12,345", "1,2,3", "12.", ",5", "€", "--1", "1e5", "12,5a", "１２"}) {
        INFO(bad);
        auto r = Money::parse(QString::fromUtf8(bad));
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().field == QStringLiteral("amount"));
    }
}
