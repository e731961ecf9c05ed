#pragma once

#include <QDate>
#include <QList>
#include <QString>

namespace comptoir {

/**
 * A span of business days, both ends included ("2026-11-01".."2026-11-30").
 * Business days are the local "YYYY-MM-DD" days of sale.business_day; timestamps stored
 * in UTC (appointments, complaints, customer creation) are compared with the UTC instants
 * of local midnight at `from` and local midnight after `to`.
 */
struct Period {
    QDate from;
    QDate to;

    bool isValid() const { return from.isValid() && to.isValid() && from <= to; }
    /** Number of days, both ends included. */
    qint64 days() const { return from.daysTo(to) + 1; }
    /** The period of the same length that ends the day before `from`. */
    Period previous() const { return {from.addDays(-days()), from.addDays(-1)}; }
    /** The same calendar days one year earlier (29 February maps to 28 February). */
    Period yearBefore() const { return {from.addYears(-1), to.addYears(-1)}; }

    friend bool operator==(const Period &, const Period &) = default;
};

/** One figure for the period, the previous period and the same period a year before. */
struct KpiValue {
    qint64 current = 0;
    qint64 previous = 0;
    qint64 yearBefore = 0;

    friend bool operator==(const KpiValue &, const KpiValue &) = default;
};

/** Bucket size of the revenue chart, chosen from the period length. */
enum class Granularity {
    Day,   ///< up to 62 days
    Week,  ///< up to 26 weeks (ISO weeks, buckets start on Monday)
    Month, ///< longer periods (calendar months)
};

/** One bar or point of a time chart. */
struct SeriesPoint {
    QDate bucketStart; ///< first day of the bucket (may be before the period for the first week/month)
    QString label;     ///< short label, not translated ("2026-11-24", "2026-W48", "2026-11")
    qint64 value = 0;  ///< cents

    friend bool operator==(const SeriesPoint &, const SeriesPoint &) = default;
};

/**
 * Net revenue (sales minus credit notes, incl. VAT, cents) per bucket, for the period and
 * for the two comparison periods; every bucket appears, with 0 when nothing was sold.
 * previous[i] / yearBefore[i] are the buckets of the comparison periods, at the same index
 * for the overlay (they may hold one bucket more or less than current).
 */
struct RevenueSeries {
    Granularity granularity = Granularity::Day;
    QList<SeriesPoint> current;
    QList<SeriesPoint> previous;
    QList<SeriesPoint> yearBefore;
};

/**
 * One bar of a breakdown chart or one row of a top table. Which fields are used depends on
 * the breakdown (see KpiSnapshot); unused ones stay 0 / empty.
 */
struct BreakdownRow {
    qint64 id = 0;      ///< category id, product id, staff user id, complaint category id (0 = none)
    QString key;        ///< stable key: RFM segment key, complaint status, complaint category code
    QString label;      ///< display name from the database (category, product, user); empty for keys
    qint64 count = 0;   ///< quantity sold, number of sales, customers, complaints
    qint64 amountCents = 0; ///< net revenue incl. VAT in cents

    friend bool operator==(const BreakdownRow &, const BreakdownRow &) = default;
};

/** RFM segment keys (stable; the UI translates them). See KpiService for the rule. */
namespace RfmSegment {
inline const QString Champions = QStringLiteral("champions");
inline const QString Loyal = QStringLiteral("loyal");
inline const QString Potential = QStringLiteral("potential");
inline const QString New = QStringLiteral("new");
inline const QString AtRisk = QStringLiteral("at_risk");
inline const QString CantLose = QStringLiteral("cant_lose");
inline const QString Hibernating = QStringLiteral("hibernating");
inline const QString Lost = QStringLiteral("lost");
/** All keys, in display order (best first). */
inline QList<QString> all()
{
    return {Champions, Loyal, Potential, New, AtRisk, CantLose, Hibernating, Lost};
}
} // namespace RfmSegment

/**
 * Every KPI tile and chart series of the dashboard for one period.
 *
 * Units: money in cents (incl. VAT unless "Excl"); rates in basis points (10000 = 100 %);
 * "Milli" values are ×1000 (itemsPerBasketMilli 2500 = 2.5 items); durations in minutes.
 * Ratios whose denominator is 0 are 0.
 *
 * Definitions (each KPI has a brute-force test in tests/unit/services/KpiServiceTest.cpp):
 * - revenue: Σ sale.total_cents of sales whose business day is in the period minus
 *   Σ credit_note.total_cents of credit notes whose business day is in the period (returns
 *   count negatively on the day they are made). revenueExcl: the same without VAT.
 * - salesCount: sales in the period; averageBasket: Σ sale totals / salesCount (gross, before
 *   returns); itemsPerBasketMilli: 1000 × Σ item_count / salesCount.
 * - returnsCents: Σ credit notes; returnsRateBp: 10000 × returnsCents / Σ sale totals.
 * - newCustomers: customers whose first purchase ever is in the period; returningCustomers:
 *   customers buying in the period who had bought before it; lostCustomers: customers who
 *   reached "no purchase in 12 months" during the period: purchases on a day p between
 *   from−1 year and to−1 year (QDate::addYears) with no next purchase until after
 *   date(p, '+1 year') (SQLite: 29 Feb + 1 year = 1 Mar), even if they came back later; a
 *   period longer than a year may count a customer twice; newProspects: customer records created in
 *   the period (not merged away) with no purchase up to the period end.
 * - loyaltyShareBp: 10000 × Σ totals of sales to customers holding a loyalty card when the
 *   sale was recorded / Σ sale totals (migration 013 backfills with the card held then).
 * - appointments: non-cancelled appointments starting in the period; noShowRateBp: no-shows
 *   among them; followedBySaleBp: among the 'done' ones with a customer, the share whose
 *   customer has a sale within 7 days (168 h) after the start.
 * - complaintsOpened: opened in the period; complaintsOverdue: of those, the ones resolved
 *   after their due date or still unresolved past their due date at the clock's time;
 *   meanResolveMinutes: mean (resolved_at − opened_at) of complaints resolved in the period;
 *   satisfactionMilli: 1000 × mean satisfaction (1..5) of complaints resolved in the period
 *   that have one.
 * - productsUnderThreshold, stockValueCents: now (not per period, so previous = yearBefore = 0):
 *   active products whose level is below reorder_threshold; Σ max(level, 0) × cost_cents.
 */
struct KpiSnapshot {
    Period period;
    Period previousPeriod;
    Period yearBeforePeriod;

    KpiValue revenueCents;
    KpiValue revenueExclCents;
    KpiValue salesCount;
    KpiValue averageBasketCents;
    KpiValue itemsPerBasketMilli;
    KpiValue returnsCents;
    KpiValue returnsRateBp;
    KpiValue newCustomers;
    KpiValue returningCustomers;
    KpiValue lostCustomers;
    KpiValue newProspects;
    KpiValue loyaltyShareBp;
    KpiValue appointments;
    KpiValue noShowRateBp;
    KpiValue followedBySaleBp;
    KpiValue complaintsOpened;
    KpiValue complaintsOverdue;
    KpiValue meanResolveMinutes;
    KpiValue satisfactionMilli;
    KpiValue productsUnderThreshold;
    KpiValue stockValueCents;

    /** Revenue per day/week/month with both comparisons overlaid. */
    RevenueSeries revenueSeries;
    /** id = category id (0 = no category), label = name, amountCents = net revenue; by revenue desc. */
    QList<BreakdownRow> revenueByCategory;
    /** Top 10: id = product id, label = name, count = net quantity, amountCents = net revenue. */
    QList<BreakdownRow> topProducts;
    /**
     * id = user id (0 = no user), label = display name, count = sales, amountCents = net revenue;
     * only filled when staffVisible (the session has "staff.performance.view").
     */
    QList<BreakdownRow> revenueByStaff;
    bool staffVisible = false;
    /** One row per segment key of RfmSegment::all() (in that order): count = customers, amountCents = Σ sale totals over the 24 months. */
    QList<BreakdownRow> rfmSegments;
    /** Complaints opened in the period: id = complaint category id, key = code, label = name, count. */
    QList<BreakdownRow> complaintsByCategory;
    /** Complaints opened in the period: key = status ('open', 'in_progress', ...), count. */
    QList<BreakdownRow> complaintsByStatus;
};

} // namespace comptoir
