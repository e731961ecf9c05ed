#include "storage/KpiDayWriter.h"

#include "storage/Database.h"

#include <algorithm>
#include <vector>

namespace comptoir {

Status KpiDayWriter::prepare(Database &db)
{
    if (m_prepared)
        return {};
    BOOST_OUTCOME_TRYV(m_days.prepare(db.handle(),
                                      "INSERT INTO daily_sales_summary(business_day, sales_count, sales_cents, sales_excl_cents, "
                                      "item_count, loyalty_cents) VALUES (?, ?, ?, ?, ?, ?) "
                                      "ON CONFLICT(business_day) DO UPDATE SET sales_count = sales_count + excluded.sales_count, "
                                      "sales_cents = sales_cents + excluded.sales_cents, "
                                      "sales_excl_cents = sales_excl_cents + excluded.sales_excl_cents, "
                                      "item_count = item_count + excluded.item_count, "
                                      "loyalty_cents = loyalty_cents + excluded.loyalty_cents",
                                      QStringLiteral("daily_sales_summary")));
    const auto productsSql = [](int rows) {
        QByteArray sql = "INSERT INTO daily_product_sales(business_day, product_id, quantity, amount_cents) VALUES (?, ?, ?, ?)";
        for (int r = 1; r < rows; ++r)
            sql += ", (?, ?, ?, ?)";
        return sql + " ON CONFLICT(business_day, product_id) DO UPDATE SET quantity = quantity + excluded.quantity, "
                     "amount_cents = amount_cents + excluded.amount_cents";
    };
    BOOST_OUTCOME_TRYV(m_product.prepare(db.handle(), productsSql(1).constData(), QStringLiteral("daily_product_sales")));
    BOOST_OUTCOME_TRYV(m_products.prepare(db.handle(), productsSql(kProductRows).constData(),
                                          QStringLiteral("daily_product_sales")));
    BOOST_OUTCOME_TRYV(m_staff.prepare(db.handle(),
                                       "INSERT INTO daily_staff_sales(business_day, user_id, sales_count, amount_cents) "
                                       "VALUES (?, ?, ?, ?) ON CONFLICT(business_day, user_id) DO UPDATE SET "
                                       "sales_count = sales_count + excluded.sales_count, "
                                       "amount_cents = amount_cents + excluded.amount_cents",
                                       QStringLiteral("daily_staff_sales")));
    m_prepared = true;
    return {};
}

Status KpiDayWriter::write(const KpiSummaryBuilder::Days &days)
{
    for (const auto &[jd, d] : days) {
        m_days.bindDate(1, jd);
        m_days.bind(2, d.count);
        m_days.bind(3, d.cents);
        m_days.bind(4, d.excl);
        m_days.bind(5, d.items);
        m_days.bind(6, d.loyalty);
        BOOST_OUTCOME_TRYV(m_days.step());
    }
    BOOST_OUTCOME_TRYV(writeAmounts(m_product, &m_products, days, &KpiSummaryBuilder::Day::products));
    return writeAmounts(m_staff, nullptr, days, &KpiSummaryBuilder::Day::staff);
}

Status KpiDayWriter::writeAmounts(BulkStatement &one, BulkStatement *many, const KpiSummaryBuilder::Days &days,
                                  QHash<qint64, KpiSummaryBuilder::Amount> KpiSummaryBuilder::Day::*amounts)
{
    // In key order (day, then id): the rows append to the table's B-tree. With `many`,
    // kProductRows rows per statement while there are that many left.
    std::vector<qint64> ids;
    for (const auto &[jd, d] : days) {
        const QHash<qint64, KpiSummaryBuilder::Amount> &byId = d.*amounts;
        ids.clear();
        for (auto it = byId.cbegin(); it != byId.cend(); ++it)
            ids.push_back(it.key());
        std::sort(ids.begin(), ids.end());
        for (size_t first = 0; first < ids.size();) {
            const bool full = many && ids.size() - first >= size_t(kProductRows);
            BulkStatement &st = full ? *many : one;
            const int rows = full ? kProductRows : 1;
            for (int r = 0; r < rows; ++r) {
                const qint64 id = ids[first + size_t(r)];
                const KpiSummaryBuilder::Amount &a = byId.value(id);
                const int at = r * 4;
                st.bindDate(at + 1, jd);
                st.bind(at + 2, id);
                st.bind(at + 3, a.count);
                st.bind(at + 4, a.cents);
            }
            BOOST_OUTCOME_TRYV(st.step());
            first += size_t(rows);
        }
    }
    return {};
}

} // namespace comptoir
