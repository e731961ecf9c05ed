#include "demo/DemoCalendar.h"
#include "domain/Clock.h"

namespace comptoir::demo {

namespace {

// Per mille, Monday first (Sunday closed).
constexpr int kWeekdayWeight[7] = {600, 850, 950, 900, 1100, 1700, 0};
// Per mille, January first: December peak, summer dip.
constexpr int kMonthWeight[12] = {850, 750, 850, 900, 950, 1000, 800, 600, 850, 900, 1100, 1700};

constexpr int kWeekdaySlots[19] = {5, 8, 10, 11, 12, 10, 8, 7, 8, 10, 12, 13, 14, 15, 16, 17, 16, 13, 9};
constexpr int kSaturdaySlots[19] = {6, 10, 13, 15, 16, 14, 12, 12, 14, 16, 18, 19, 20, 20, 19, 18, 16, 13, 9};

QDate lastWeekday(int year, int month, int dayOfWeek)
{
    const QDate d(year, month, QDate(year, month, 1).daysInMonth());
    return d.addDays(-((d.dayOfWeek() - dayOfWeek + 7) % 7));
}

QDate lastSunday(int year, int month)
{
    return lastWeekday(year, month, 7);
}

/** The n-th (1-based) given weekday of a month. */
QDate nthWeekday(int year, int month, int dayOfWeek, int n)
{
    QDate d(year, month, 1);
    d = d.addDays((dayOfWeek - d.dayOfWeek() + 7) % 7);
    return d.addDays(7 * (n - 1));
}

bool inSalesPeriod(const QDate &d)
{
    // Winter soldes from the second Wednesday of January, summer ones from the last
    // Wednesday of June, four weeks each.
    const QDate winter = nthWeekday(d.year(), 1, 3, 2);
    const QDate summer = lastWeekday(d.year(), 6, 3);
    return (d >= winter && d < winter.addDays(28)) || (d >= summer && d < summer.addDays(28));
}

int specialDayFactor(const QDate &d)
{
    const int m = d.month();
    const int day = d.day();
    if (m == 12 && day >= 15 && day <= 24)
        return 1600; // last Christmas shopping days
    if (m == 12 && day >= 26)
        return 900;
    if (m == 12 && day >= 8)
        return 1200;
    // Mother's Day: last Sunday of May; the week before is busy.
    const QDate mothers = lastSunday(d.year(), 5);
    if (d < mothers && d >= mothers.addDays(-6))
        return 1350;
    // Valentine's day.
    if (m == 2 && day >= 10 && day <= 14)
        return 1300;
    if (inSalesPeriod(d)) {
        const QDate winter = nthWeekday(d.year(), 1, 3, 2);
        if (m == 1 && d < winter.addDays(4))
            return 1500;
        return 1100;
    }
    return 1000;
}

} // namespace

QDate DemoCalendar::easterSunday(int year)
{
    // Anonymous Gregorian algorithm (Meeus/Jones/Butcher).
    const int a = year % 19;
    const int b = year / 100;
    const int c = year % 100;
    const int d = b / 4;
    const int e = b % 4;
    const int f = (b + 8) / 25;
    const int g = (b - f + 1) / 3;
    const int h = (19 * a + b - d - g + 15) % 30;
    const int i = c / 4;
    const int k = c % 4;
    const int l = (32 + 2 * e + 2 * i - h - k) % 7;
    const int m = (a + 11 * h + 22 * l) / 451;
    const int month = (h + l - 7 * m + 114) / 31;
    const int day = (h + l - 7 * m + 114) % 31 + 1;
    return QDate(year, month, day);
}

bool DemoCalendar::isPublicHoliday(const QDate &date)
{
    const int m = date.month();
    const int d = date.day();
    if ((m == 1 && d == 1) || (m == 5 && (d == 1 || d == 8)) || (m == 7 && d == 14) || (m == 8 && d == 15)
        || (m == 11 && (d == 1 || d == 11)) || (m == 12 && d == 25))
        return true;
    const QDate easter = easterSunday(date.year());
    return date == easter.addDays(1) || date == easter.addDays(39);
}

int DemoCalendar::utcOffsetSeconds(const QDate &date)
{
    const bool summer = date >= lastSunday(date.year(), 3) && date < lastSunday(date.year(), 10);
    return summer ? 7200 : 3600;
}

qint64 DemoCalendar::toUtc(const QDate &date, int secondsOfDay)
{
    return (date.toJulianDay() - kUnixEpochJulianDay) * 86400 + secondsOfDay - utcOffsetSeconds(date);
}

std::span<const int> DemoCalendar::halfHourWeights(int dayOfWeek)
{
    if (dayOfWeek == 6)
        return kSaturdaySlots;
    return kWeekdaySlots;
}

std::vector<DemoDay> DemoCalendar::days(const QDate &first, const QDate &last)
{
    std::vector<DemoDay> result;
    if (!first.isValid() || !last.isValid() || last < first)
        return result;
    result.reserve(size_t(first.daysTo(last) + 1));
    qint64 index = 0;
    for (QDate d = first; d <= last; d = d.addDays(1), ++index) {
        DemoDay day;
        day.date = d;
        day.midnightUtc = toUtc(d, 0);
        day.open = d.dayOfWeek() != 7 && !isPublicHoliday(d);
        day.openUtc = toUtc(d, kOpenSeconds);
        const bool shortDay = d.month() == 12 && (d.day() == 24 || d.day() == 31);
        day.closeUtc = toUtc(d, shortDay ? 17 * 3600 : kCloseSeconds);
        day.salesPeriod = inSalesPeriod(d);
        if (day.open) {
            // Weekday × month × special days, plus a steady growth of about 6 % a year.
            qint64 w = qint64(kWeekdayWeight[d.dayOfWeek() - 1]) * kMonthWeight[d.month() - 1] / 1000;
            w = w * specialDayFactor(d) / 1000;
            w = w * (1000 + 60 * index / 365) / 1000;
            day.weight = int(w);
        }
        result.push_back(day);
    }
    return result;
}

} // namespace comptoir::demo
