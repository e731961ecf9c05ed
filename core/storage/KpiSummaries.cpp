// KpiRepository: maintenance of the summary tables of migration 013.
#include "storage/KpiRepository.h"

#include "storage/Database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace comptoir {

namespace {

// The same statements as the backfill of db/migrations/013_kpi_summaries.sql.
const char *const kRebuild = R"SQL(
DELETE FROM daily_sales_summary;
DELETE FROM daily_product_sales;
DELETE FROM daily_staff_sales;
DELETE FROM customer_summary;
DELETE FROM customer_lapse;
INSERT INTO daily_sales_summary(business_day, sales_count, sales_cents, sales_excl_cents, item_count, loyalty_cents,
                                returns_count, returns_cents, returns_excl_cents)
SELECT business_day, sum(sc), sum(st), sum(se), sum(it), sum(lo), sum(rc), sum(rt), sum(re) FROM (
    SELECT s.business_day, 1 AS sc, s.total_cents AS st, s.total_excl_cents AS se, s.item_count AS it,
           CASE WHEN c.loyalty_card IS NOT NULL THEN s.total_cents ELSE 0 END AS lo, 0 AS rc, 0 AS rt, 0 AS re
    FROM sale s LEFT JOIN customer c ON c.id = s.customer_id
    UNION ALL
    SELECT business_day, 0, 0, 0, 0, 0, 1, total_cents, total_cents - vat_cents FROM credit_note)
GROUP BY business_day;
INSERT INTO daily_product_sales(business_day, product_id, quantity, amount_cents)
SELECT business_day, product_id, sum(q), sum(a) FROM (
    SELECT s.business_day, l.product_id, l.quantity AS q, l.total_cents AS a
    FROM sale_line l JOIN sale s ON s.id = l.sale_id
    UNION ALL
    SELECT cn.business_day, sl.product_id, -cl.quantity, -cl.total_cents
    FROM credit_note_line cl JOIN credit_note cn ON cn.id = cl.credit_note_id JOIN sale_line sl ON sl.id = cl.sale_line_id)
GROUP BY business_day, product_id;
INSERT INTO daily_staff_sales(business_day, user_id, sales_count, amount_cents)
SELECT business_day, user_id, sum(c), sum(a) FROM (
    SELECT business_day, coalesce(user_id, 0) AS user_id, 1 AS c, total_cents AS a FROM sale
    UNION ALL
    SELECT cn.business_day, coalesce(s.user_id, 0), 0, -cn.total_cents FROM credit_note cn JOIN sale s ON s.id = cn.sale_id)
GROUP BY business_day, user_id;
INSERT INTO customer_summary(customer_id, first_day, last_day, sales_count, sales_cents)
SELECT customer_id, min(business_day), max(business_day), count(*), sum(total_cents)
FROM sale WHERE customer_id IS NOT NULL GROUP BY customer_id;
INSERT INTO customer_lapse(last_day, customers)
SELECT business_day, count(*) FROM (
    SELECT business_day, lead(business_day) OVER (PARTITION BY customer_id ORDER BY business_day) AS next_day
    FROM (SELECT DISTINCT customer_id, business_day FROM sale WHERE customer_id IS NOT NULL))
WHERE next_day IS NULL OR next_day > date(business_day, '+1 year')
GROUP BY business_day;
)SQL";

} // namespace

Status KpiRepository::rebuildSummaries()
{
    return m_db.execScript(QString::fromUtf8(kRebuild));
}

Result<QStringList> KpiRepository::dropSummaryTriggers()
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'kpi\\_%' ESCAPE '\\' "
                               "ORDER BY name")))
        return databaseError(QStringLiteral("listing the KPI triggers"), q.lastError().text());
    QStringList names, statements;
    while (q.next()) {
        names.append(q.value(0).toString());
        statements.append(q.value(1).toString());
    }
    q.finish();
    for (const QString &name : names) {
        // The names come from sqlite_master and match kpi_[A-Za-z_]*: no quoting issue.
        BOOST_OUTCOME_TRYV(m_db.exec(QStringLiteral("DROP TRIGGER \"%1\"").arg(name)));
    }
    return statements;
}

Status KpiRepository::createTriggers(const QStringList &statements)
{
    for (const QString &sql : statements) {
        BOOST_OUTCOME_TRYV(m_db.execScript(sql));
    }
    return {};
}

} // namespace comptoir
