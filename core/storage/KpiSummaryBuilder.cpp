#include "storage/KpiSummaryBuilder.h"

#include "storage/BulkStatement.h"
#include "storage/Database.h"
#include "storage/KpiDayWriter.h"

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

KpiSummaryBuilder::Days KpiSummaryBuilder::takeEarlierDays()
{
    Days taken;
    if (!m_lastDay)
        return taken;
    // The current day's node goes back into the emptied map: its address, m_lastDay, holds.
    auto current = m_days.extract(m_lastJulianDay);
    taken.swap(m_days);
    m_days.insert(std::move(current));
    return taken;
}

Status KpiSummaryBuilder::write(Database &db)
{
    KpiDayWriter dayWriter;
    BOOST_OUTCOME_TRYV(dayWriter.prepare(db));
    BOOST_OUTCOME_TRYV(dayWriter.write(m_days));
    BulkStatement customers, lapses;
    BOOST_OUTCOME_TRYV(customers.prepare(db.handle(),
                                         "INSERT INTO customer_summary(customer_id, first_day, last_day, sales_count, sales_cents) "
                                         "VALUES (?, ?, ?, ?, ?)",
                                         QStringLiteral("customer_summary")));
    BOOST_OUTCOME_TRYV(lapses.prepare(db.handle(), "INSERT INTO customer_lapse(last_day, customers) VALUES (?, ?)",
                                      QStringLiteral("customer_lapse")));

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
        BOOST_OUTCOME_TRYV(customers.step());
        for (qsizetype i = 0; i < c.days.size(); ++i)
            if (i + 1 == c.days.size() || c.days[i + 1] > plusOneYear(c.days[i]))
                ++lapseCount[c.days[i]];
    }
    for (const auto &[jd, n] : lapseCount) {
        lapses.bindDate(1, jd);
        lapses.bind(2, n);
        BOOST_OUTCOME_TRYV(lapses.step());
    }
    return {};
}

} // namespace comptoir
