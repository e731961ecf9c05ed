#pragma once

#include "access/Session.h"
#include "domain/Clock.h"
#include "domain/Closure.h"
#include "domain/Result.h"

#include <QDate>
#include <QList>

namespace comptoir {

class Database;
struct DayFigures;

/**
 * The closure of a day from its figures: counts, totals and the JSON details (totals by
 * payment method, refunds by method, VAT by rate, net). The grand total is left to the
 * caller. Shared by ClosureService and LedgerVerifier so both compute the same thing.
 */
Closure dayClosureFrom(const DayFigures &figures);
/** A month or year closure summing daily ones (details summed key by key). */
Closure sumOfClosures(const QList<Closure> &days);

/**
 * Closures ("closure.run"): the daily Z report and the monthly / yearly closures that sum
 * the daily ones. Each is chained to the store's previous closure; a period is closed once.
 * A sale on a closed day is refused by SaleService.
 */
class ClosureService final {
public:
    ClosureService(Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}

    /**
     * Closes business day `day`: refused for a future day, a day already closed, or a day
     * before the last closed one. grand total = previous daily grand total + day net
     * (sales − returns).
     */
    Result<Closure> closeDay(const Session &session, const QDate &day);
    /** Closes a month that has ended; sums its daily closures. */
    Result<Closure> closeMonth(const Session &session, int year, int month);
    /** Closes a year that has ended; sums its daily closures. */
    Result<Closure> closeYear(const Session &session, int year);

private:
    Result<Closure> closePeriod(const Session &session, const QString &kind, const QString &period, const QDate &lastDay);
    Result<Closure> store(const Session &session, Closure closure);

    Database &m_db;
    const Clock &m_clock;
};

} // namespace comptoir
