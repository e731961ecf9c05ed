#pragma once

#include "access/Session.h"
#include "domain/Clock.h"
#include "domain/KpiTypes.h"
#include "domain/Result.h"

#include <QList>

namespace comptoir {

class Database;

/** Which customers a customer tile stands for (click-through of the tiles). */
enum class CustomerGroup {
    New,       ///< first purchase ever in the period
    Returning, ///< bought in the period and before it
    Lost,      ///< reached "no purchase in 12 months" during the period (see KpiSnapshot::lostCustomers)
    Prospects, ///< created in the period, no purchase up to its end
};

/**
 * The store manager's figures ("kpi.view"), read-only.
 *
 * Sales figures come from summary tables kept by triggers in the same transaction as each
 * sale / credit note (migration 013: daily_sales_summary, daily_product_sales,
 * daily_staff_sales, customer_summary, customer_lapse); setUseSummaries(false) computes the same figures
 * from the raw ledger tables (for the benchmark and the tests).
 *
 * RFM: over the customers with at least one sale whose business day is in the 24 months
 * ending at the period end (to−24 months, to], with R = days since the last such sale,
 * F = number of sales, M = Σ sale totals (gross, cents). Each is scored 1..5 by quintile
 * (customers sorted by the value, then by id; the best fifth gets 5: most recent, most
 * frequent, most spent; with n customers, the first n mod 5 quintiles from the worst hold
 * one customer more, as SQL NTILE(5)). With FM = (F + M + 1) / 2 (integer), the first
 * rule that matches names the segment:
 *   champions  R ≥ 4 and FM ≥ 4
 *   loyal      R ≥ 3 and FM ≥ 4
 *   new        R ≥ 4 and F = 1
 *   potential  R ≥ 3
 *   cant_lose  R = 1 and FM ≥ 4
 *   at_risk    FM ≥ 3            (R ≤ 2)
 *   hibernating R = 2
 *   lost       otherwise (R = 1, FM ≤ 2)
 */
class KpiService final {
public:
    KpiService(Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}

    /**
     * Every tile and chart series for `period` with both comparisons (previous period and a
     * year before). Revenue per staff member only with "staff.performance.view" (else empty
     * and staffVisible = false). InvalidArgument "period" if from > to or a date is invalid.
     */
    Result<KpiSnapshot> snapshot(const Session &session, const Period &period);

    /** Ids of the customers of RFM segment `segmentKey` at the end of `period` (click-through), by id. */
    Result<QList<qint64>> customersInSegment(const Session &session, const QString &segmentKey,
                                             const Period &period);

    /** Ids of the customers behind a customer tile, by id. */
    Result<QList<qint64>> customersInGroup(const Session &session, CustomerGroup group, const Period &period);

    /**
     * Ids of the complaints behind a complaint tile or bar: opened in `period`, optionally of
     * one category (categoryId > 0), one status (non-empty), or only the overdue ones.
     */
    Result<QList<qint64>> complaintIds(const Session &session, const Period &period, qint64 categoryId = 0,
                                       const QString &status = {}, bool overdueOnly = false);

    /** Benchmark / test switch: false computes everything from the raw tables. Default true. */
    void setUseSummaries(bool use) { m_useSummaries = use; }

private:
    class Computer;
    Database &m_db;
    const Clock &m_clock;
    bool m_useSummaries = true;
};

} // namespace comptoir
