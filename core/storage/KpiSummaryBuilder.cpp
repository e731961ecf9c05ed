#include "storage/KpiSummaryBuilder.h"

#include "storage/BulkStatement.h"
#include "storage/Database.h"

#include <QDate>

#include <algorithm>
#include <vector>

namespace comptoir {

namespace {

/** SQLite's date(d, '+1 year'): 29 February goes to 1 March. */
qint64 plusOneYear(qint64 julianDay)
{
    const QDate d = QDate::fromJulianDay(julianDay);
    if (d.month() == 2 && d.day() == 29)
        return QDate(d.year() + 1, 3, 1).toJulianDay();
    return d.addYears(1).toJulianDay();
}

template <typename Map>
std::vector<qint64> sortedKeys(const Map &map)
{
    std::vector<qint64> keys;
    keys.reserve(size_t(map.size()));
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        keys.push_back(it.key());
    std::sort(keys.begin(), keys.end());
    return keys;
}

} // namespace

KpiSummaryBuilder::Day &KpiSummaryBuilder::day(qint64 julianDay)
{
    if (!m_lastDay || julianDay != m_lastJulianDay) {
        m_lastDay = &m_days[julianDay];
        m_lastJulianDay = julianDay;
    }
    return *m_lastDay;
}

void KpiSummaryBuilder::addSale(const Sale &sale)
{
    const qint64 jd = sale.businessDay.toJulianDay();
    Day &d = day(jd);
    ++d.count;
    d.cents += sale.totalCents;
    d.excl += sale.totalExclCents;
    d.items += sale.itemCount;
    if (sale.customerId != 0 && m_members.contains(sale.customerId))
        d.loyalty += sale.totalCents;
    for (const SaleLine &line : sale.lines) {
        Amount &p = d.products[line.productId];
        p.count += line.quantity;
        p.cents += line.totalCents;
    }
    Amount &staff = d.staff[sale.userId];
    ++staff.count;
    staff.cents += sale.totalCents;
    if (sale.customerId != 0) {
        Customer &c = m_customers[sale.customerId];
        ++c.count;
        c.cents += sale.totalCents;
        c.days.append(jd);
    }
}

Status KpiSummaryBuilder::write(Database &db)
{
    BulkStatement days, products, staff, customers, lapses;
    if (Status s = days.prepare(db.handle(),
                                "INSERT INTO daily_sales_summary(business_day, sales_count, sales_cents, sales_excl_cents, "
                                "item_count, loyalty_cents) VALUES (?, ?, ?, ?, ?, ?)",
                                QStringLiteral("daily_sales_summary"));
        !s)
        return s;
    if (Status s = products.prepare(db.handle(),
                                    "INSERT INTO daily_product_sales(business_day, product_id, quantity, amount_cents) "
                                    "VALUES (?, ?, ?, ?)",
                                    QStringLiteral("daily_product_sales"));
        !s)
        return s;
    if (Status s = staff.prepare(db.handle(),
                                 "INSERT INTO daily_staff_sales(business_day, user_id, sales_count, amount_cents) VALUES (?, ?, ?, ?)",
                                 QStringLiteral("daily_staff_sales"));
        !s)
        return s;
    if (Status s = customers.prepare(db.handle(),
                                     "INSERT INTO customer_summary(customer_id, first_day, last_day, sales_count, sales_cents) "
                                     "VALUES (?, ?, ?, ?, ?)",
                                     QStringLiteral("customer_summary"));
        !s)
        return s;
    if (Status s = lapses.prepare(db.handle(), "INSERT INTO customer_lapse(last_day, customers) VALUES (?, ?)",
                                  QStringLiteral("customer_lapse"));
        !s)
        return s;

    for (const auto &[jd, d] : m_days) {
        days.bindDate(1, jd);
        days.bind(2, d.count);
        days.bind(3, d.cents);
        days.bind(4, d.excl);
        days.bind(5, d.items);
        days.bind(6, d.loyalty);
        if (Status s = days.step(); !s)
            return s;
    }
    // Each table in its key order (day, then id): the inserts append to its B-tree.
    const auto writeAmounts = [this](BulkStatement &st, QHash<qint64, Amount> Day::*amounts) -> Status {
        for (const auto &[jd, d] : m_days) {
            const QHash<qint64, Amount> &byId = d.*amounts;
            for (qint64 id : sortedKeys(byId)) {
                const Amount &a = byId.value(id);
                st.bindDate(1, jd);
                st.bind(2, id);
                st.bind(3, a.count);
                st.bind(4, a.cents);
                if (Status s = st.step(); !s)
                    return s;
            }
        }
        return {};
    };
    if (Status s = writeAmounts(products, &Day::products); !s)
        return s;
    if (Status s = writeAmounts(staff, &Day::staff); !s)
        return s;

    std::map<qint64, qint64> lapseCount; // Julian day → customers
    for (qint64 id : sortedKeys(m_customers)) {
        Customer &c = m_customers[id];
        std::sort(c.days.begin(), c.days.end());
        c.days.erase(std::unique(c.days.begin(), c.days.end()), c.days.end());
        customers.bind(1, id);
        customers.bindDate(2, c.days.first());
        customers.bindDate(3, c.days.last());
        customers.bind(4, c.count);
        customers.bind(5, c.cents);
        if (Status s = customers.step(); !s)
            return s;
        for (qsizetype i = 0; i < c.days.size(); ++i)
            if (i + 1 == c.days.size() || c.days[i + 1] > plusOneYear(c.days[i]))
                ++lapseCount[c.days[i]];
    }
    for (const auto &[jd, n] : lapseCount) {
        lapses.bindDate(1, jd);
        lapses.bind(2, n);
        if (Status s = lapses.step(); !s)
            return s;
    }
    return {};
}

} // namespace comptoir
