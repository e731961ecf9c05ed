#pragma once

#include <QDate>
#include <QtGlobal>

#include <span>
#include <vector>

namespace comptoir::demo {

/** One calendar day of the demo period, with the store's hours in UTC. */
struct DemoDay {
    QDate date;
    bool open = false;     ///< Monday to Saturday, not a public holiday
    qint64 midnightUtc = 0; ///< local 00:00 as UTC seconds since the epoch
    qint64 openUtc = 0;     ///< local 09:30
    qint64 closeUtc = 0;    ///< local 19:00 (17:00 on 24 and 31 December)
    int weight = 0;         ///< relative traffic (weekday × season × trend), 0 when closed
    bool salesPeriod = false; ///< winter or summer "soldes"
};

/**
 * The store's calendar (Europe/Paris): opening hours 9:30–19:00 Monday to Saturday,
 * closed on Sundays and public holidays, busiest on Saturdays and in December, quiet in
 * August. Daylight saving time follows the EU rule (last Sunday of March to last Sunday
 * of October), computed here rather than read from the system's time-zone database so
 * that the demo data does not depend on the machine.
 */
class DemoCalendar final {
public:
    static constexpr int kOpenSeconds = 9 * 3600 + 30 * 60;
    static constexpr int kCloseSeconds = 19 * 3600;

    /** The days from `first` to `last` inclusive. */
    static std::vector<DemoDay> days(const QDate &first, const QDate &last);

    static bool isPublicHoliday(const QDate &date);
    static QDate easterSunday(int year);
    /** Offset of Paris local time from UTC, in seconds, in the daytime of `date`. */
    static int utcOffsetSeconds(const QDate &date);
    /** Local `secondsOfDay` on `date` as UTC seconds since the epoch. */
    static qint64 toUtc(const QDate &date, int secondsOfDay);
    /** Relative weight of each half-hour from 9:30 (19 slots): more customers in the afternoon. */
    static std::span<const int> halfHourWeights(int dayOfWeek);
};

} // namespace comptoir::demo
