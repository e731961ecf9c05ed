#pragma once

#include "domain/Result.h"
#include "storage/BulkStatement.h"
#include "storage/KpiSummaryBuilder.h"

namespace comptoir {

class Database;

/**
 * Adds days of KpiSummaryBuilder totals to the day summary tables (daily_sales_summary,
 * daily_product_sales, daily_staff_sales): an existing row of the day gets the totals
 * added, as the summary triggers do. Statements are prepared once; use from one thread at a
 * time, inside the caller's transaction.
 */
class KpiDayWriter final {
public:
    Status prepare(Database &db);
    Status write(const KpiSummaryBuilder::Days &days);

private:
    /** Rows of daily_product_sales per statement: each statement costs more than its rows (cursors opened and closed). */
    static constexpr int kProductRows = 32;

    Status writeAmounts(BulkStatement &one, BulkStatement *many, const KpiSummaryBuilder::Days &days,
                        QHash<qint64, KpiSummaryBuilder::Amount> KpiSummaryBuilder::Day::*amounts);

    BulkStatement m_days, m_product, m_products, m_staff; ///< m_products: kProductRows rows
    bool m_prepared = false;
};

} // namespace comptoir
