// The KPI summary tables' content, for tests that compare summaries built two ways.
#pragma once

#include "DemoTestSupport.h"

namespace comptoir::test {

/** The content of the five summary tables, each in key order. */
inline QList<QVariantList> summaryTables(Database &db)
{
    QList<QVariantList> out;
    for (const char *sql : {"SELECT 'day', * FROM daily_sales_summary ORDER BY business_day",
                            "SELECT 'product', * FROM daily_product_sales ORDER BY business_day, product_id",
                            "SELECT 'staff', * FROM daily_staff_sales ORDER BY business_day, user_id",
                            "SELECT 'customer', * FROM customer_summary ORDER BY customer_id",
                            "SELECT 'lapse', * FROM customer_lapse ORDER BY last_day"})
        out += rows(db, QString::fromLatin1(sql));
    return out;
}

} // namespace comptoir::test
