#include "demo/DemoCalendar.h"
#include "demo/DemoRandom.h"
#include "demo/DemoText.h"
#include "domain/Clock.h"
#include "storage/BulkStatement.h"

#include <catch2/catch.hpp>

using namespace comptoir;
using namespace comptoir::demo;

TEST_CASE("Stored timestamps written without QDateTime match toIsoUtc", "[demo][storage]")
{
    const qint64 start = QDateTime(QDate(1999, 12, 31), QTime(23, 59, 59), Qt::UTC).toSecsSinceEpoch();
    for (qint64 t = start; t < start + 40LL * 365 * 86400; t += 86400 * 7 + 3607) {
        const QDateTime dt = QDateTime::fromSecsSinceEpoch(t, Qt::UTC);
        REQUIRE(QString::fromLatin1(BulkStatement::isoUtc(t)) == toIsoUtc(dt));
        REQUIRE(QString::fromLatin1(BulkStatement::isoDate(dt.date().toJulianDay())) == dt.date().toString(Qt::ISODate));
    }
    CHECK(BulkStatement::isoUtc(0) == QByteArray("1970-01-01T00:00:00Z"));
    CHECK(BulkStatement::isoDate(QDate(2024, 2, 29).toJulianDay()) == QByteArray("2024-02-29"));
}

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

TEST_CASE("The demo random helpers are deterministic and in range", "[demo][random]")
{
    DemoRandom a(42, 1);
    DemoRandom b(42, 1);
    DemoRandom c(42, 2);
    bool differs = false;
    for (int i = 0; i < 1000; ++i) {
        const quint64 x = a.next();
        REQUIRE(x == b.next());
        differs = differs || x != c.next();
    }
    CHECK(differs);
    // The first draw of std::mt19937_64 is fixed by the standard, so the stream is too.
    DemoRandom d(42, 1);
    DemoRandom e(42, 1);
    CHECK(d.between(10, 20) == e.between(10, 20));
    for (int i = 0; i < 10000; ++i) {
        const qint64 v = a.between(-3, 3);
        REQUIRE(v >= -3);
        REQUIRE(v <= 3);
        const double u = a.unit();
        REQUIRE(u >= 0.0);
        REQUIRE(u < 1.0);
        REQUIRE(a.index(5) < 5);
    }
    const int weights[3] = {0, 1, 0};
    for (int i = 0; i < 100; ++i)
        REQUIRE(a.weighted(weights, 3) == 1);
}

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
