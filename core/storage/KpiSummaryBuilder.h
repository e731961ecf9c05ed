#pragma once

#include "domain/Result.h"
#include "domain/Sale.h"

#include <QHash>
#include <QList>
#include <QSet>

#include <map>

namespace comptoir {

class Database;

/**
 * Builds the KPI summary tables of migration 013 in memory while a bulk load (the demo
 * store, a sales import) hands its sales over, then writes them (the days may be written
 * as they end, by takeEarlierDays() and KpiDayWriter): the same content as
 * KpiRepository::rebuildSummaries() for a database whose only ledger rows are these sales
 * (no credit notes), several times faster than the SQL recomputation (no sort of the sale
 * lines). Loyalty membership is the customer's card when added (addLoyaltyMember()).
 */
class KpiSummaryBuilder final {
public:
    struct Amount {
        qint64 count = 0, cents = 0;
    };
    /** A day's totals, and its amounts by product and by staff member: kept per day, a sale
     * in day order touches the few hundred entries of its day rather than a table of them all. */
    struct Day {
        qint64 count = 0, cents = 0, excl = 0, items = 0, loyalty = 0;
        QHash<qint64, Amount> products; ///< by product id: quantity, cents
        QHash<qint64, Amount> staff;    ///< by user id: sales, cents
    };
    using Days = std::map<qint64, Day>; ///< by Julian day

    void addLoyaltyMember(qint64 customerId) { m_members.insert(customerId); }
    void addSale(const Sale &sale);
    /**
     * Takes out the totals of every day but the one the last sale was added to, for
     * KpiDayWriter to add to the day tables while the load goes on. A day met again later
     * starts again from zero here, and its totals are added to what was written.
     */
    Days takeEarlierDays();
    /**
     * Adds the days still held to the day tables and inserts the customer tables (empty
     * before the load), inside the caller's transaction.
     */
    Status write(Database &db);

private:
    struct Customer {
        qint64 count = 0, cents = 0;
        QList<qint64> days; ///< Julian days of the purchases, unsorted
    };
    Day &day(qint64 julianDay);

    QSet<qint64> m_members;
    Days m_days;
    qint64 m_lastJulianDay = 0;
    Day *m_lastDay = nullptr;     ///< m_days[m_lastJulianDay] (map nodes do not move)
    QHash<qint64, Customer> m_customers;
};

} // namespace comptoir
