// KpiRepository: the customers' purchases of the RFM window read once (customerActivity),
// and the product totals of a span aggregated in memory (productTotals, summary mode).
#include "storage/KpiRepository.h"

#include "storage/Database.h"

#include <sqlite3.h>

#include <QHash>

#include <algorithm>
#include <cstring>
#include <memory>

namespace comptoir {

namespace {

using StatementPtr = std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt *)>;

Result<StatementPtr> prepareRead(sqlite3 *db, const char *sql)
{
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr) != SQLITE_OK) {
        sqlite3_finalize(stmt);
        return databaseError(QStringLiteral("KPI query"), QString::fromUtf8(sqlite3_errmsg(db)));
    }
    return StatementPtr(stmt, sqlite3_finalize);
}

/** Prepares `sql` and binds its two parameters to the business days `first` and `last`. */
Result<StatementPtr> prepareDays(sqlite3 *db, const char *sql, const QDate &first, const QDate &last)
{
    BOOST_OUTCOME_TRY(stmt, prepareRead(db, sql));
    int parameter = 0;
    for (const QDate &day : {first, last}) {
        const QByteArray text = day.toString(Qt::ISODate).toUtf8();
        sqlite3_bind_text(stmt.get(), ++parameter, text.constData(), int(text.size()), SQLITE_TRANSIENT);
    }
    return stmt;
}

/** A stored business day ("2026-11-24"), 10 bytes, compared as text like SQL does. */
struct DayText {
    char bytes[10];
    explicit DayText(const QDate &d)
    {
        const QByteArray iso = d.toString(Qt::ISODate).toLatin1();
        std::memcpy(bytes, iso.constData(), sizeof bytes);
    }
};

int compareDay(const unsigned char *stored, int size, const DayText &day)
{
    const int c = std::memcmp(stored, day.bytes, size_t(std::min(size, 10)));
    return c != 0 ? c : size - 10;
}

/** The Julian day of a stored "YYYY-MM-DD"; 0 when it is not one. */
qint64 julianDayOf(const unsigned char *text, int size)
{
    if (size != 10)
        return 0;
    int parts[3] = {0, 0, 0};
    const int starts[3] = {0, 5, 8};
    const int lengths[3] = {4, 2, 2};
    for (int p = 0; p < 3; ++p) {
        for (int i = starts[p]; i < starts[p] + lengths[p]; ++i) {
            if (text[i] < '0' || text[i] > '9')
                return 0;
            parts[p] = parts[p] * 10 + (text[i] - '0');
        }
    }
    return QDate(parts[0], parts[1], parts[2]).toJulianDay();
}

} // namespace

Result<KpiCustomerActivity> KpiRepository::customerActivity(const QDate &after, const QDate &to,
                                                            const QList<std::pair<QDate, QDate>> &spans)
{
    // One pass over the window's sales with a customer, in (customer, day) order from the
    // covering index: no GROUP BY sort, and the buyers of every span come with the RFM inputs.
    BOOST_OUTCOME_TRY(stmt, prepareDays(m_db.handle(),
                                        "SELECT customer_id, business_day, total_cents FROM sale INDEXED BY sale_customer_day "
                                        "WHERE customer_id IS NOT NULL AND business_day > ? AND business_day <= ? "
                                        "ORDER BY customer_id, business_day",
                                        after, to));
    sqlite3_stmt *s = stmt.get();

    std::vector<std::pair<DayText, DayText>> bounds;
    for (const auto &[first, last] : spans)
        bounds.emplace_back(DayText(first), DayText(last));
    KpiCustomerActivity out;
    out.buyers = QList<qint64>(spans.size(), 0);
    std::vector<char> bought(spans.size(), 0);
    RfmInput current;
    QByteArray lastDay;
    const auto closeCustomer = [&] {
        if (current.customerId == 0)
            return;
        current.lastDay = QDate::fromJulianDay(julianDayOf(reinterpret_cast<const unsigned char *>(lastDay.constData()),
                                                           int(lastDay.size())));
        out.rfm.append(current);
        for (size_t i = 0; i < bought.size(); ++i) {
            out.buyers[qsizetype(i)] += bought[i];
            bought[i] = 0;
        }
    };
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
        const qint64 customer = sqlite3_column_int64(s, 0);
        const auto *dayText = sqlite3_column_text(s, 1);
        const int daySize = sqlite3_column_bytes(s, 1);
        if (customer != current.customerId) {
            closeCustomer();
            current = RfmInput{customer, QDate(), 0, 0};
        }
        ++current.frequency;
        current.monetaryCents += sqlite3_column_int64(s, 2);
        lastDay = QByteArray(reinterpret_cast<const char *>(dayText), daySize);
        for (size_t i = 0; i < bounds.size(); ++i)
            if (!bought[i] && compareDay(dayText, daySize, bounds[i].first) >= 0
                && compareDay(dayText, daySize, bounds[i].second) <= 0)
                bought[i] = 1;
    }
    if (rc != SQLITE_DONE)
        return databaseError(QStringLiteral("KPI query"), QString::fromUtf8(sqlite3_errmsg(m_db.handle())));
    closeCustomer();
    return out;
}

Result<QList<KpiProductTotal>> KpiRepository::productTotalsFromSummary(const QDate &from, const QDate &to)
{
    // The span's rows of the daily product summary, summed per product in memory: SQL's
    // GROUP BY would sort them first (a year is some 200 000 rows).
    BOOST_OUTCOME_TRY(rows, prepareDays(m_db.handle(),
                                        "SELECT product_id, quantity, amount_cents FROM daily_product_sales "
                                        "WHERE business_day BETWEEN ? AND ?",
                                        from, to));
    sqlite3_stmt *s = rows.get();
    QHash<qint64, std::pair<qint64, qint64>> sums; // product → quantity, cents
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
        auto &sum = sums[sqlite3_column_int64(s, 0)];
        sum.first += sqlite3_column_int64(s, 1);
        sum.second += sqlite3_column_int64(s, 2);
    }
    if (rc != SQLITE_DONE)
        return databaseError(QStringLiteral("KPI query"), QString::fromUtf8(sqlite3_errmsg(m_db.handle())));
    QList<KpiProductTotal> out;
    if (sums.isEmpty())
        return out;
    BOOST_OUTCOME_TRY(names, prepareRead(m_db.handle(),
                                         "SELECT p.id, p.name, coalesce(p.category_id, 0), coalesce(c.name, '') "
                                         "FROM product p LEFT JOIN category c ON c.id = p.category_id ORDER BY p.id"));
    s = names.get();
    out.reserve(sums.size());
    while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
        const auto it = sums.constFind(sqlite3_column_int64(s, 0));
        if (it == sums.constEnd())
            continue;
        const auto text = [s](int column) {
            return QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(s, column)),
                                     sqlite3_column_bytes(s, column));
        };
        out.append({it.key(), text(1), sqlite3_column_int64(s, 2), text(3), it->first, it->second});
    }
    if (rc != SQLITE_DONE)
        return databaseError(QStringLiteral("KPI query"), QString::fromUtf8(sqlite3_errmsg(m_db.handle())));
    return out;
}

} // namespace comptoir
