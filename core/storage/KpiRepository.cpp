#include "storage/KpiRepository.h"

#include "storage/Database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <sqlite3.h>

#include <memory>

namespace comptoir {

namespace {

QString day(const QDate &d)
{
    return d.toString(Qt::ISODate);
}

/**
 * The queries below name their parameters ?1, ?2 (a period's bounds are used several
 * times), which Qt's driver would count once per use: they are rewritten as plain `?`
 * with the values repeated in the order of use.
 */
QString positional(const QString &sql, const QVariantList &values, QVariantList &ordered)
{
    QString out;
    out.reserve(sql.size());
    bool quoted = false;
    for (qsizetype i = 0; i < sql.size(); ++i) {
        const QChar c = sql.at(i);
        if (c == QLatin1Char('\''))
            quoted = !quoted;
        if (quoted || c != QLatin1Char('?') || i + 1 >= sql.size() || !sql.at(i + 1).isDigit()) {
            out.append(c);
            continue;
        }
        qsizetype end = i + 1;
        while (end < sql.size() && sql.at(end).isDigit())
            ++end;
        const qsizetype n = sql.mid(i + 1, end - i - 1).toLongLong();
        ordered.append(n >= 1 && n <= values.size() ? values.at(n - 1) : QVariant());
        out.append(QLatin1Char('?'));
        i = end - 1;
    }
    if (ordered.isEmpty())
        ordered = values; // plain `?` placeholders
    return out;
}

/** Prepares `sql`, binds `values` (by number or in order) and runs it (forward only). */
Status run(QSqlQuery &q, const QString &sql, const QVariantList &values)
{
    q.setForwardOnly(true);
    QVariantList ordered;
    if (!q.prepare(positional(sql, values, ordered)))
        return databaseError(QStringLiteral("KPI query"), q.lastError().text());
    for (const QVariant &v : ordered)
        q.addBindValue(v);
    if (!q.exec())
        return databaseError(QStringLiteral("KPI query"), q.lastError().text());
    return {};
}

Result<qint64> scalarOf(Database &db, const QString &sql, const QVariantList &values)
{
    QSqlQuery q(db.connection());
    BOOST_OUTCOME_TRYV(run(q, sql, values));
    return q.next() ? q.value(0).toLongLong() : 0;
}

Result<QList<qint64>> idsOf(Database &db, const QString &sql, const QVariantList &values)
{
    QSqlQuery q(db.connection());
    BOOST_OUTCOME_TRYV(run(q, sql, values));
    QList<qint64> out;
    while (q.next())
        out.append(q.value(0).toLongLong());
    return out;
}

/** Rows of (id, label, count, amount) or (key, count) as BreakdownRow. */
Result<QList<BreakdownRow>> breakdownOf(Database &db, const QString &sql, const QVariantList &values)
{
    QSqlQuery q(db.connection());
    BOOST_OUTCOME_TRYV(run(q, sql, values));
    QList<BreakdownRow> out;
    while (q.next()) {
        BreakdownRow r;
        r.id = q.value(0).toLongLong();
        r.key = q.value(1).toString();
        r.label = q.value(2).toString();
        r.count = q.value(3).toLongLong();
        r.amountCents = q.value(4).toLongLong();
        out.append(r);
    }
    return out;
}

// The net lines of a span: sale lines (+) and returned lines (−) by product.
const char *const kRawProductLines =
    "SELECT l.product_id AS product_id, l.quantity AS q, l.total_cents AS a FROM sale s "
    "JOIN sale_line l ON l.sale_id = s.id WHERE s.business_day BETWEEN ?1 AND ?2 "
    "UNION ALL SELECT sl.product_id, -cl.quantity, -cl.total_cents FROM credit_note cn "
    "JOIN credit_note_line cl ON cl.credit_note_id = cn.id JOIN sale_line sl ON sl.id = cl.sale_line_id "
    "WHERE cn.business_day BETWEEN ?1 AND ?2";

} // namespace

Result<KpiSalesTotals> KpiRepository::salesTotals(const QDate &from, const QDate &to, bool raw)
{
    const QString sql = raw
        ? QStringLiteral("SELECT (SELECT count(*) FROM sale WHERE business_day BETWEEN ?1 AND ?2), "
                         "(SELECT coalesce(sum(total_cents), 0) FROM sale WHERE business_day BETWEEN ?1 AND ?2), "
                         "(SELECT coalesce(sum(total_excl_cents), 0) FROM sale WHERE business_day BETWEEN ?1 AND ?2), "
                         "(SELECT coalesce(sum(item_count), 0) FROM sale WHERE business_day BETWEEN ?1 AND ?2), "
                         "(SELECT coalesce(sum(s.total_cents), 0) FROM sale s JOIN customer c ON c.id = s.customer_id "
                         " WHERE s.business_day BETWEEN ?1 AND ?2 AND c.loyalty_card IS NOT NULL), "
                         "(SELECT count(*) FROM credit_note WHERE business_day BETWEEN ?1 AND ?2), "
                         "(SELECT coalesce(sum(total_cents), 0) FROM credit_note WHERE business_day BETWEEN ?1 AND ?2), "
                         "(SELECT coalesce(sum(total_cents - vat_cents), 0) FROM credit_note WHERE business_day BETWEEN ?1 AND ?2)")
        : QStringLiteral("SELECT coalesce(sum(sales_count), 0), coalesce(sum(sales_cents), 0), "
                         "coalesce(sum(sales_excl_cents), 0), coalesce(sum(item_count), 0), coalesce(sum(loyalty_cents), 0), "
                         "coalesce(sum(returns_count), 0), coalesce(sum(returns_cents), 0), coalesce(sum(returns_excl_cents), 0) "
                         "FROM daily_sales_summary WHERE business_day BETWEEN ?1 AND ?2");
    QSqlQuery q(m_db.connection());
    BOOST_OUTCOME_TRYV(run(q, sql, {day(from), day(to)}));
    KpiSalesTotals t;
    if (q.next()) {
        t.salesCount = q.value(0).toLongLong();
        t.salesCents = q.value(1).toLongLong();
        t.salesExclCents = q.value(2).toLongLong();
        t.itemCount = q.value(3).toLongLong();
        t.loyaltyCents = q.value(4).toLongLong();
        t.returnsCount = q.value(5).toLongLong();
        t.returnsCents = q.value(6).toLongLong();
        t.returnsExclCents = q.value(7).toLongLong();
    }
    return t;
}

Result<QList<QPair<QDate, qint64>>> KpiRepository::dailyRevenue(const QDate &from, const QDate &to, bool raw)
{
    const QString sql = raw
        ? QStringLiteral("SELECT d, sum(a) FROM (SELECT business_day AS d, total_cents AS a FROM sale "
                         "WHERE business_day BETWEEN ?1 AND ?2 UNION ALL SELECT business_day, -total_cents "
                         "FROM credit_note WHERE business_day BETWEEN ?1 AND ?2) GROUP BY d ORDER BY d")
        : QStringLiteral("SELECT business_day, sales_cents - returns_cents FROM daily_sales_summary "
                         "WHERE business_day BETWEEN ?1 AND ?2 ORDER BY business_day");
    QSqlQuery q(m_db.connection());
    BOOST_OUTCOME_TRYV(run(q, sql, {day(from), day(to)}));
    QList<QPair<QDate, qint64>> out;
    while (q.next())
        out.append({QDate::fromString(q.value(0).toString(), Qt::ISODate), q.value(1).toLongLong()});
    return out;
}

Result<QList<KpiProductTotal>> KpiRepository::productTotals(const QDate &from, const QDate &to, bool raw)
{
    if (!raw)
        return productTotalsFromSummary(from, to);
    const QString lines = QLatin1String(kRawProductLines);
    QSqlQuery q(m_db.connection());
    BOOST_OUTCOME_TRYV(run(q,
                           QStringLiteral("SELECT x.product_id, p.name, coalesce(p.category_id, 0), coalesce(c.name, ''), x.q, x.a "
                                          "FROM (SELECT product_id, sum(q) AS q, sum(a) AS a FROM (")
                               + lines
                               + QStringLiteral(") GROUP BY product_id) x JOIN product p ON p.id = x.product_id "
                                                "LEFT JOIN category c ON c.id = p.category_id ORDER BY x.product_id"),
                           {day(from), day(to)}));
    QList<KpiProductTotal> out;
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toLongLong(), q.value(3).toString(),
                    q.value(4).toLongLong(), q.value(5).toLongLong()});
    return out;
}

Result<QList<BreakdownRow>> KpiRepository::revenueByStaff(const QDate &from, const QDate &to, bool raw)
{
    const QString source = raw
        ? QStringLiteral("SELECT coalesce(user_id, 0) AS u, 1 AS c, total_cents AS a FROM sale WHERE business_day BETWEEN ?1 AND ?2 "
                         "UNION ALL SELECT coalesce(s.user_id, 0), 0, -cn.total_cents FROM credit_note cn "
                         "JOIN sale s ON s.id = cn.sale_id WHERE cn.business_day BETWEEN ?1 AND ?2")
        : QStringLiteral("SELECT user_id AS u, sales_count AS c, amount_cents AS a FROM daily_staff_sales "
                         "WHERE business_day BETWEEN ?1 AND ?2");
    return breakdownOf(m_db,
                QStringLiteral("SELECT x.u, '', coalesce(au.display_name, ''), sum(x.c), sum(x.a) FROM (") + source
                    + QStringLiteral(") x LEFT JOIN app_user au ON au.id = x.u GROUP BY x.u ORDER BY 5 DESC, 1"),
                {day(from), day(to)});
}

Result<QList<qint64>> KpiRepository::newCustomerIds(const QDate &from, const QDate &to, bool raw)
{
    return idsOf(m_db,
               raw ? QStringLiteral("SELECT customer_id FROM sale WHERE customer_id IS NOT NULL GROUP BY customer_id "
                                    "HAVING min(business_day) BETWEEN ?1 AND ?2 ORDER BY customer_id")
                   : QStringLiteral("SELECT customer_id FROM customer_summary WHERE first_day BETWEEN ?1 AND ?2 ORDER BY customer_id"),
               {day(from), day(to)});
}

Result<qint64> KpiRepository::newCustomerCount(const QDate &from, const QDate &to, bool raw)
{
    return scalarOf(m_db,
                  raw ? QStringLiteral("SELECT count(*) FROM (SELECT customer_id FROM sale WHERE customer_id IS NOT NULL "
                                       "GROUP BY customer_id HAVING min(business_day) BETWEEN ?1 AND ?2)")
                      : QStringLiteral("SELECT count(*) FROM customer_summary WHERE first_day BETWEEN ?1 AND ?2"),
                  {day(from), day(to)});
}

Result<QList<qint64>> KpiRepository::buyerIds(const QDate &from, const QDate &to)
{
    return idsOf(m_db,
               QStringLiteral("SELECT DISTINCT customer_id FROM sale WHERE business_day BETWEEN ?1 AND ?2 "
                              "AND customer_id IS NOT NULL ORDER BY customer_id"),
               {day(from), day(to)});
}

Result<qint64> KpiRepository::buyerCount(const QDate &from, const QDate &to)
{
    return scalarOf(m_db,
                  QStringLiteral("SELECT count(DISTINCT customer_id) FROM sale WHERE business_day BETWEEN ?1 AND ?2"),
                  {day(from), day(to)});
}

namespace {
// Each purchase day in [?1, ?2] with the customer's next purchase day.
const char *const kNextPurchase =
    "SELECT customer_id, business_day, lead(business_day) OVER (PARTITION BY customer_id ORDER BY business_day) AS next_day "
    "FROM (SELECT DISTINCT customer_id, business_day FROM sale INDEXED BY sale_customer_day "
    "WHERE customer_id IN (SELECT customer_id FROM sale WHERE business_day BETWEEN ?1 AND ?2) AND business_day >= ?1)";
const char *const kLapsed = " WHERE business_day BETWEEN ?1 AND ?2 AND (next_day IS NULL OR next_day > date(business_day, '+1 year'))";
}

Result<qint64> KpiRepository::lapseCount(const QDate &from, const QDate &to, bool raw)
{
    if (!raw)
        return scalarOf(m_db,
                      QStringLiteral("SELECT coalesce(sum(customers), 0) FROM customer_lapse WHERE last_day BETWEEN ?1 AND ?2"),
                      {day(from), day(to)});
    return scalarOf(m_db, QStringLiteral("SELECT count(*) FROM (") + QLatin1String(kNextPurchase) + QStringLiteral(")")
                            + QLatin1String(kLapsed),
                  {day(from), day(to)});
}

Result<QList<qint64>> KpiRepository::lapsedIds(const QDate &from, const QDate &to)
{
    return idsOf(m_db,
               QStringLiteral("SELECT DISTINCT customer_id FROM (") + QLatin1String(kNextPurchase) + QStringLiteral(")")
                   + QLatin1String(kLapsed) + QStringLiteral(" ORDER BY customer_id"),
               {day(from), day(to)});
}

Result<qint64> KpiRepository::prospectCount(const QString &fromUtc, const QString &toUtc, const QDate &asOf, bool raw)
{
    if (raw)
        return scalarOf(m_db,
                        QStringLiteral("SELECT count(*) FROM customer c WHERE c.created_at >= ?1 AND c.created_at < ?2 "
                                       "AND c.merged_into IS NULL AND NOT EXISTS (SELECT 1 FROM sale s INDEXED BY "
                                       "sale_customer_day WHERE s.customer_id = c.id AND s.business_day <= ?3)"),
                        {fromUtc, toUtc, day(asOf)});
    // No purchase up to asOf: no purchase at all, or a first one after it.
    return scalarOf(m_db,
                    QStringLiteral("SELECT count(*) FROM customer c LEFT JOIN customer_summary cs ON cs.customer_id = c.id "
                                   "WHERE c.created_at >= ?1 AND c.created_at < ?2 AND c.merged_into IS NULL "
                                   "AND (cs.customer_id IS NULL OR cs.first_day > ?3)"),
                    {fromUtc, toUtc, day(asOf)});
}

Result<QList<qint64>> KpiRepository::prospectIds(const QString &fromUtc, const QString &toUtc, const QDate &asOf)
{
    return idsOf(m_db,
               QStringLiteral("SELECT c.id FROM customer c WHERE c.created_at >= ?1 AND c.created_at < ?2 "
                              "AND c.merged_into IS NULL AND NOT EXISTS (SELECT 1 FROM sale s INDEXED BY sale_customer_day "
                              "WHERE s.customer_id = c.id AND s.business_day <= ?3) ORDER BY c.id"),
               {fromUtc, toUtc, day(asOf)});
}

Result<QList<RfmInput>> KpiRepository::rfmInputs(const QDate &after, const QDate &to)
{
    // Tens of thousands of rows: read through the C API (no QVariant per value) and with the
    // last day as a Julian day number (no date parsing). julianday() counts from noon.
    static const char *const sql =
        "SELECT customer_id, CAST(julianday(max(business_day)) + 0.5 AS INTEGER), count(*), sum(total_cents) "
        "FROM sale INDEXED BY sale_customer_day WHERE customer_id IS NOT NULL "
        "AND business_day > ? AND business_day <= ? GROUP BY customer_id ORDER BY customer_id";
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(m_db.handle(), sql, -1, &stmt, nullptr) != SQLITE_OK)
        return databaseError(QStringLiteral("KPI query"), QString::fromUtf8(sqlite3_errmsg(m_db.handle())));
    const std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt *)> guard(stmt, sqlite3_finalize);
    const QByteArray from = day(after).toUtf8();
    const QByteArray until = day(to).toUtf8();
    sqlite3_bind_text(stmt, 1, from.constData(), int(from.size()), SQLITE_STATIC);
    sqlite3_bind_text(stmt, 2, until.constData(), int(until.size()), SQLITE_STATIC);
    QList<RfmInput> out;
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW)
        out.append({sqlite3_column_int64(stmt, 0), QDate::fromJulianDay(sqlite3_column_int64(stmt, 1)),
                    sqlite3_column_int64(stmt, 2), sqlite3_column_int64(stmt, 3)});
    if (rc != SQLITE_DONE)
        return databaseError(QStringLiteral("KPI query"), QString::fromUtf8(sqlite3_errmsg(m_db.handle())));
    return out;
}

Result<KpiAppointmentTotals> KpiRepository::appointmentTotals(const QString &fromUtc, const QString &toUtc)
{
    QSqlQuery q(m_db.connection());
    BOOST_OUTCOME_TRYV(run(q,
                           QStringLiteral(
                               "SELECT count(*), coalesce(sum(a.status = 'no_show'), 0), "
                               "coalesce(sum(a.status = 'done' AND a.customer_id IS NOT NULL), 0), "
                               "coalesce(sum(a.status = 'done' AND a.customer_id IS NOT NULL AND EXISTS (SELECT 1 FROM sale s "
                               " WHERE s.customer_id = a.customer_id AND s.at >= a.starts_at "
                               " AND s.at < strftime('%Y-%m-%dT%H:%M:%SZ', a.starts_at, '+7 days'))), 0) "
                               "FROM appointment a WHERE a.starts_at >= ?1 AND a.starts_at < ?2 AND a.status <> 'cancelled'"),
                           {fromUtc, toUtc}));
    KpiAppointmentTotals t;
    if (q.next())
        t = {q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong(), q.value(3).toLongLong()};
    return t;
}

namespace {
// A complaint is overdue when it was (or still is, at ?3) handled after its due date.
const char *const kOverdue =
    "(coalesce(resolved_at, closed_at) > due_at OR (coalesce(resolved_at, closed_at) IS NULL AND due_at < ?3))";
}

Result<KpiComplaintTotals> KpiRepository::complaintTotals(const QString &fromUtc, const QString &toUtc,
                                                          const QString &nowUtc)
{
    QSqlQuery q(m_db.connection());
    BOOST_OUTCOME_TRYV(run(q,
                           QStringLiteral("SELECT (SELECT count(*) FROM complaint WHERE opened_at >= ?1 AND opened_at < ?2), "
                                          "(SELECT count(*) FROM complaint WHERE opened_at >= ?1 AND opened_at < ?2 AND ")
                               + QLatin1String(kOverdue)
                               + QStringLiteral("), (SELECT count(*) FROM complaint WHERE resolved_at >= ?1 AND resolved_at < ?2), "
                                                "(SELECT coalesce(sum((strftime('%s', resolved_at) - strftime('%s', opened_at)) / 60), 0) "
                                                " FROM complaint WHERE resolved_at >= ?1 AND resolved_at < ?2), "
                                                "(SELECT count(satisfaction) FROM complaint WHERE resolved_at >= ?1 AND resolved_at < ?2), "
                                                "(SELECT coalesce(sum(satisfaction), 0) FROM complaint WHERE resolved_at >= ?1 AND resolved_at < ?2)"),
                           {fromUtc, toUtc, nowUtc}));
    KpiComplaintTotals t;
    if (q.next())
        t = {q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong(),
             q.value(3).toLongLong(), q.value(4).toLongLong(), q.value(5).toLongLong()};
    return t;
}

Result<QList<BreakdownRow>> KpiRepository::complaintsByCategory(const QString &fromUtc, const QString &toUtc)
{
    return breakdownOf(m_db,
                QStringLiteral("SELECT c.category_id, cc.code, cc.name, count(*), 0 FROM complaint c "
                               "JOIN complaint_category cc ON cc.id = c.category_id "
                               "WHERE c.opened_at >= ?1 AND c.opened_at < ?2 GROUP BY c.category_id ORDER BY 4 DESC, 1"),
                {fromUtc, toUtc});
}

Result<QList<BreakdownRow>> KpiRepository::complaintsByStatus(const QString &fromUtc, const QString &toUtc)
{
    return breakdownOf(m_db,
                QStringLiteral("SELECT 0, status, '', count(*), 0 FROM complaint WHERE opened_at >= ?1 AND opened_at < ?2 "
                               "GROUP BY status ORDER BY CASE status WHEN 'open' THEN 1 WHEN 'in_progress' THEN 2 "
                               "WHEN 'resolved' THEN 3 WHEN 'closed' THEN 4 ELSE 5 END"),
                {fromUtc, toUtc});
}

Result<QList<qint64>> KpiRepository::complaintIds(const QString &fromUtc, const QString &toUtc, const QString &nowUtc,
                                                  qint64 categoryId, const QString &status, bool overdueOnly)
{
    QString sql = QStringLiteral("SELECT id FROM complaint WHERE opened_at >= ?1 AND opened_at < ?2 "
                                 "AND (?4 = 0 OR category_id = ?4) AND (coalesce(?5, '') = '' OR status = ?5)");
    if (overdueOnly)
        sql += QStringLiteral(" AND ") + QLatin1String(kOverdue);
    else
        sql += QStringLiteral(" AND ?3 = ?3");
    return idsOf(m_db, sql + QStringLiteral(" ORDER BY id"), {fromUtc, toUtc, nowUtc, categoryId, status});
}

Result<qint64> KpiRepository::productsUnderThreshold()
{
    return scalarOf(m_db,
                  QStringLiteral("SELECT count(*) FROM product p LEFT JOIN stock_level l ON l.product_id = p.id "
                                 "WHERE p.active = 1 AND coalesce(l.quantity, 0) < p.reorder_threshold"),
                  {});
}

Result<qint64> KpiRepository::stockValueCents()
{
    return scalarOf(m_db,
                  QStringLiteral("SELECT coalesce(sum(max(l.quantity, 0) * p.cost_cents), 0) FROM stock_level l "
                                 "JOIN product p ON p.id = l.product_id"),
                  {});
}

} // namespace comptoir
