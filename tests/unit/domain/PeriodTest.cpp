#include "domain/KpiTypes.h"

#include <catch2/catch.hpp>

using namespace comptoir;

TEST_CASE("Periods: length, previous period and year before", "[kpi]")
{
    const Period nov{QDate(2026, 11, 1), QDate(2026, 11, 30)};
    CHECK(nov.days() == 30);
    CHECK(nov.previous() == Period{QDate(2026, 10, 2), QDate(2026, 10, 31)});
    CHECK(nov.yearBefore() == Period{QDate(2025, 11, 1), QDate(2025, 11, 30)});
    const Period leap{QDate(2028, 2, 29), QDate(2028, 2, 29)};
    CHECK(leap.yearBefore() == Period{QDate(2027, 2, 28), QDate(2027, 2, 28)});
    CHECK_FALSE(Period{QDate(2026, 11, 2), QDate(2026, 11, 1)}.isValid());
}
