#pragma once

#include "domain/KpiTypes.h"
#include "domain/Result.h"
#include "domain/Rfm.h"

#include <QDate>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace comptoir {

class Database;

/** Sales and returns of a span of business days (see KpiSnapshot for the meanings). */
struct KpiSalesTotals {
    qint64 salesCount = 0;
    qint64 salesCents = 0;
    qint64 salesExclCents = 0;
    qint64 itemCount = 0;
    qint64 loyaltyCents = 0;
    qint64 returnsCount = 0;
    qint64 returnsCents = 0;
    qint64 returnsExclCents = 0;
};

/** One product's net sales in a span. */
struct KpiProductTotal {
    qint64 productId = 0;
    QString name;
    qint64 categoryId = 0; ///< 0: none
    QString categoryName;
    qint64 quantity = 0;
    qint64 amountCents = 0;
};

/** The customers' purchases of an RFM window, read once (KpiRepository::customerActivity). */
struct KpiCustomerActivity {
    QList<RfmInput> rfm;  ///< as rfmInputs() gives them
    QList<qint64> buyers; ///< customers with a sale in each span asked for, in the same order
};

/** Appointments starting in a span: non-cancelled, no-shows, done with a customer, followed by a sale. */
struct KpiAppointmentTotals {
    qint64 count = 0;
    qint64 noShow = 0;
    qint64 doneWithCustomer = 0;
    qint64 followedBySale = 0;
};

/** Complaints opened in a span, and those resolved in it. */
struct KpiComplaintTotals {
    qint64 opened = 0;
    qint64 overdue = 0;
    qint64 resolved = 0;
    qint64 resolveMinutesSum = 0;
    qint64 rated = 0;
    qint64 satisfactionSum = 0;
};

/**
 * All the SQL of the KPIs. Days are business days (inclusive); `fromUtc` / `toUtc` are the
 * ISO UTC instants of local midnight at the first day and after the last day. With `raw`
 * the sales figures are computed from the ledger tables instead of the summary tables.
 */
class KpiRepository final {
public:
    explicit KpiRepository(Database &db) : m_db(db) {}

    Result<KpiSalesTotals> salesTotals(const QDate &from, const QDate &to, bool raw);
    /** Net revenue (sales − credit notes, incl. VAT) per business day that has any. */
    Result<QList<QPair<QDate, qint64>>> dailyRevenue(const QDate &from, const QDate &to, bool raw);
    /** Net quantity and revenue of every product sold or returned in the span, by product id. */
    Result<QList<KpiProductTotal>> productTotals(const QDate &from, const QDate &to, bool raw);
    Result<QList<BreakdownRow>> revenueByStaff(const QDate &from, const QDate &to, bool raw);

    /** Customers whose first purchase is in the span. */
    Result<QList<qint64>> newCustomerIds(const QDate &from, const QDate &to, bool raw);
    /** Customers with a sale in the span. */
    Result<QList<qint64>> buyerIds(const QDate &from, const QDate &to);
    Result<qint64> buyerCount(const QDate &from, const QDate &to);
    Result<qint64> newCustomerCount(const QDate &from, const QDate &to, bool raw);
    /**
     * Lapses: purchases of a customer on a business day p in [from, to] not followed by
     * another purchase until after date(p, '+1 year'). The count counts (customer, p) pairs;
     * the ids are the distinct customers.
     */
    Result<qint64> lapseCount(const QDate &from, const QDate &to, bool raw);
    Result<QList<qint64>> lapsedIds(const QDate &from, const QDate &to);
    /** Customers created in [fromUtc, toUtc), not merged, with no purchase up to `asOf`. */
    Result<QList<qint64>> prospectIds(const QString &fromUtc, const QString &toUtc, const QDate &asOf);
    /** How many prospectIds() there are (with the summaries: from customer_summary's first purchase). */
    Result<qint64> prospectCount(const QString &fromUtc, const QString &toUtc, const QDate &asOf, bool raw);
    /** Customers with a sale in (after, to]: last day, count and Σ totals, by id. */
    Result<QList<RfmInput>> rfmInputs(const QDate &after, const QDate &to);
    /**
     * rfmInputs(after, to) and, for each span (first, last day) inside (after, to], the
     * buyerCount() of that span: one read of the window's sales instead of one per figure.
     */
    Result<KpiCustomerActivity> customerActivity(const QDate &after, const QDate &to,
                                                 const QList<std::pair<QDate, QDate>> &spans);

    Result<KpiAppointmentTotals> appointmentTotals(const QString &fromUtc, const QString &toUtc);
    Result<KpiComplaintTotals> complaintTotals(const QString &fromUtc, const QString &toUtc, const QString &nowUtc);
    /** Complaints opened in the span by category (id, code, name, count), by count desc. */
    Result<QList<BreakdownRow>> complaintsByCategory(const QString &fromUtc, const QString &toUtc);
    /** Complaints opened in the span by status (key, count). */
    Result<QList<BreakdownRow>> complaintsByStatus(const QString &fromUtc, const QString &toUtc);
    Result<QList<qint64>> complaintIds(const QString &fromUtc, const QString &toUtc, const QString &nowUtc,
                                       qint64 categoryId, const QString &status, bool overdueOnly);

    /** Active products below their reorder threshold. */
    Result<qint64> productsUnderThreshold();
    /** Σ max(level, 0) × cost. */
    Result<qint64> stockValueCents();

    /** Empties the summary tables and recomputes them from the ledger (demo load, repair). */
    Status rebuildSummaries();
    /** Drops the kpi_* triggers; returns their CREATE statements (for a bulk load). */
    Result<QStringList> dropSummaryTriggers();
    /** Runs CREATE TRIGGER statements returned by dropSummaryTriggers(). */
    Status createTriggers(const QStringList &statements);

private:
    Result<QList<KpiProductTotal>> productTotalsFromSummary(const QDate &from, const QDate &to);

    Database &m_db;
};

} // namespace comptoir
