#include "demo/DemoCalendar.h"

#include <catch2/catch.hpp>

using namespace comptoir;
using namespace comptoir::demo;

TEST_CASE("The store calendar: holidays, Sundays, Paris time", "[demo][calendar]")
{
    CHECK(DemoCalendar::easterSunday(2024) == QDate(2024, 3, 31));
    CHECK(DemoCalendar::easterSunday(2025) == QDate(2025, 4, 20));
    CHECK(DemoCalendar::easterSunday(2026) == QDate(2026, 4, 5));
    CHECK(DemoCalendar::isPublicHoliday(QDate(2026, 4, 6)));   // Easter Monday
    CHECK(DemoCalendar::isPublicHoliday(QDate(2026, 5, 14)));  // Ascension
    CHECK(DemoCalendar::isPublicHoliday(QDate(2025, 12, 25)));
    CHECK(DemoCalendar::isPublicHoliday(QDate(2025, 7, 14)));
    CHECK_FALSE(DemoCalendar::isPublicHoliday(QDate(2025, 12, 24)));
    CHECK(DemoCalendar::utcOffsetSeconds(QDate(2026, 1, 15)) == 3600);
    CHECK(DemoCalendar::utcOffsetSeconds(QDate(2026, 7, 15)) == 7200);
    CHECK(DemoCalendar::utcOffsetSeconds(QDate(2026, 3, 28)) == 3600); // the Saturday before the switch
    CHECK(DemoCalendar::utcOffsetSeconds(QDate(2026, 3, 30)) == 7200);
    CHECK(DemoCalendar::utcOffsetSeconds(QDate(2026, 10, 24)) == 7200);
    CHECK(DemoCalendar::utcOffsetSeconds(QDate(2026, 10, 26)) == 3600);
    // 9:30 in Paris is 8:30 UTC in winter and 7:30 UTC in summer.
    CHECK(DemoCalendar::toUtc(QDate(2026, 1, 15), 9 * 3600 + 1800)
          == QDateTime(QDate(2026, 1, 15), QTime(8, 30), Qt::UTC).toSecsSinceEpoch());
    CHECK(DemoCalendar::toUtc(QDate(2026, 7, 15), 9 * 3600 + 1800)
          == QDateTime(QDate(2026, 7, 15), QTime(7, 30), Qt::UTC).toSecsSinceEpoch());

    const std::vector<DemoDay> days = DemoCalendar::days(QDate(2025, 12, 1), QDate(2025, 12, 31));
    REQUIRE(days.size() == 31);
    for (const DemoDay &d : days) {
        CHECK(d.open == (d.date.dayOfWeek() != 7 && d.date != QDate(2025, 12, 25)));
        CHECK((d.weight > 0) == d.open);
    }
    CHECK(days[19].weight > days[1].weight); // Saturday 20 December, busier than Tuesday 2nd
    CHECK(days[23].closeUtc - days[23].openUtc == 7 * 3600 + 1800); // 24 December closes at 17:00
}
