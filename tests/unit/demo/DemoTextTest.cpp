#include "demo/DemoText.h"

#include <catch2/catch.hpp>

using namespace comptoir;
using namespace comptoir::demo;

TEST_CASE("Text helpers: e-mail folding, shop prices, Luhn digits", "[demo][text]")
{
    CHECK(asciiFold(QString::fromUtf8("Hélène")) == QStringLiteral("helene"));
    CHECK(asciiFold(QString::fromUtf8("Jean-François")) == QStringLiteral("jean-francois"));
    CHECK(asciiFold(QString::fromUtf8("N'Diaye")) == QStringLiteral("ndiaye"));
    CHECK(asciiFold(QString::fromUtf8("Da Silva")) == QStringLiteral("dasilva"));
    CHECK(asciiFold(QString::fromUtf8("Lœuvre")) == QStringLiteral("loeuvre"));
    CHECK(shopPrice(1234) == 1290);
    CHECK(shopPrice(740) == 750);
    CHECK(shopPrice(760) == 790);
    CHECK(shopPrice(12345) == 12500);
    CHECK(shopPrice(12745) == 12900);
    // 7992739871 + check digit 3 is the usual Luhn example.
    CHECK(withLuhnDigit(QStringLiteral("7992739871")) == QStringLiteral("79927398713"));
}
