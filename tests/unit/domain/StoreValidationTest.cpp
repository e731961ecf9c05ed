#include "domain/StoreValidation.h"

#include <catch2/catch.hpp>

using namespace comptoir;

TEST_CASE("A SIRET has 14 digits and a valid check digit", "[store][validation]")
{
    CHECK(validateSiret(QStringLiteral("73282932000074")).value() == QStringLiteral("73282932000074"));
    CHECK(validateSiret(QStringLiteral("732 829 320 00074")).ok());
    CHECK(validateSiret(QStringLiteral("35600000000001")).ok()); // La Poste: digit sum multiple of 5, Luhn fails
    for (const char *bad : {"73282932000075", "7328293200007", "732829320000744", "7328293200007A", ""}) {
        INFO(bad);
        auto r = validateSiret(QString::fromLatin1(bad));
        REQUIRE(!r.ok());
        CHECK(r.error().field == QStringLiteral("siret"));
    }
}
