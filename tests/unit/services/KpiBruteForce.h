#pragma once

// Every KPI recomputed by plain C++ loops over rows read with simple SELECTs, to compare
// with KpiService (tests only).

#include "domain/KpiTypes.h"
#include "domain/Rfm.h"
#include "storage/Database.h"

#include <QDateTime>
#include <QHash>
#include <QMap>
#include <QSet>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>

#include <algorithm>
#include <stdexcept>

namespace comptoir::test {

struct BfSale {
    qint64 id, customer, user;
    QDateTime at;
    QDate day;
    qint64 total, excl, items;
};
struct BfLine {
    qint64 id, sale, product, qty, total;
};
struct BfNote {
    qint64 id, sale;
    QDate day;
    qint64 total, vat;
};
struct BfNoteLine {
    qint64 note, saleLine, qty, total;
};
struct BfCustomer {
    qint64 id;
    bool card;
    bool merged;
    QDateTime created;
};
struct BfAppointment {
    qint64 customer;
    QDateTime start;
    QString status;
};
struct BfComplaint {
    qint64 id, category;
    QString status;
    QDateTime opened, due, resolved, closed;
    int satisfaction;
};
struct BfProduct {
    qint64 id, category, cost, threshold;
    bool active;
    QString name;
};

/** All the rows the KPIs depend on. */
struct BfData {
    QList<BfSale> sales;
    QList<BfLine> lines;
    QList<BfNote> notes;
    QList<BfNoteLine> noteLines;
    QList<BfCustomer> customers;
    QList<BfAppointment> appointments;
    QList<BfComplaint> complaints;
    QList<BfProduct> products;
    QHash<qint64, qint64> stock; // product → level

    static QList<QVariantList> select(Database &db, const QString &sql)
    {
        QSqlQuery q(db.connection());
        if (!q.exec(sql))
            throw std::runtime_error(sql.toStdString());
        QList<QVariantList> out;
        const int n = q.record().count();
        while (q.next()) {
            QVariantList row;
            for (int i = 0; i < n; ++i)
                row.append(q.value(i));
            out.append(row);
        }
        return out;
    }
    static QDateTime ts(const QVariant &v)
    {
        return v.isNull() ? QDateTime() : QDateTime::fromString(v.toString(), Qt::ISODate).toUTC();
    }
    static QDate dayOf(const QVariant &v) { return QDate::fromString(v.toString(), Qt::ISODate); }

    explicit BfData(Database &db)
    {
        for (const auto &r : select(db, QStringLiteral("SELECT id, customer_id, user_id, at, business_day, total_cents, total_excl_cents, item_count FROM sale")))
            sales.append({r[0].toLongLong(), r[1].toLongLong(), r[2].toLongLong(), ts(r[3]), dayOf(r[4]),
                          r[5].toLongLong(), r[6].toLongLong(), r[7].toLongLong()});
        for (const auto &r : select(db, QStringLiteral("SELECT id, sale_id, product_id, quantity, total_cents FROM sale_line")))
            lines.append({r[0].toLongLong(), r[1].toLongLong(), r[2].toLongLong(), r[3].toLongLong(), r[4].toLongLong()});
        for (const auto &r : select(db, QStringLiteral("SELECT id, sale_id, business_day, total_cents, vat_cents FROM credit_note")))
            notes.append({r[0].toLongLong(), r[1].toLongLong(), dayOf(r[2]), r[3].toLongLong(), r[4].toLongLong()});
        for (const auto &r : select(db, QStringLiteral("SELECT credit_note_id, sale_line_id, quantity, total_cents FROM credit_note_line")))
            noteLines.append({r[0].toLongLong(), r[1].toLongLong(), r[2].toLongLong(), r[3].toLongLong()});
        for (const auto &r : select(db, QStringLiteral("SELECT id, loyalty_card, merged_into, created_at FROM customer")))
            customers.append({r[0].toLongLong(), !r[1].isNull(), !r[2].isNull(), ts(r[3])});
        for (const auto &r : select(db, QStringLiteral("SELECT customer_id, starts_at, status FROM appointment")))
            appointments.append({r[0].toLongLong(), ts(r[1]), r[2].toString()});
        for (const auto &r : select(db, QStringLiteral("SELECT id, category_id, status, opened_at, due_at, resolved_at, closed_at, satisfaction FROM complaint")))
            complaints.append({r[0].toLongLong(), r[1].toLongLong(), r[2].toString(), ts(r[3]), ts(r[4]), ts(r[5]),
                               ts(r[6]), r[7].isNull() ? 0 : r[7].toInt()});
        for (const auto &r : select(db, QStringLiteral("SELECT id, category_id, cost_cents, reorder_threshold, active, name FROM product")))
            products.append({r[0].toLongLong(), r[1].toLongLong(), r[2].toLongLong(), r[3].toLongLong(), r[4].toInt() == 1,
                             r[5].toString()});
        for (const auto &r : select(db, QStringLiteral("SELECT product_id, quantity FROM stock_level")))
            stock.insert(r[0].toLongLong(), r[1].toLongLong());
    }
};

/** The brute-force figures of one period. */
struct BfFigures {
    qint64 salesCount = 0, salesCents = 0, salesExcl = 0, items = 0, loyalty = 0;
    qint64 returnsCents = 0, returnsExcl = 0;
    qint64 newCustomers = 0, returning = 0, lost = 0, prospects = 0;
    qint64 appointments = 0, noShow = 0, doneWithCustomer = 0, followed = 0;
    qint64 opened = 0, overdue = 0, resolved = 0, resolveMinutes = 0, rated = 0, satisfaction = 0;
    QMap<QDate, qint64> netPerDay;
    QMap<qint64, QPair<qint64, qint64>> perProduct;  // qty, amount
    QMap<qint64, QPair<qint64, qint64>> perStaff;    // count, amount
    QMap<qint64, QPair<qint64, qint64>> perCategory; // qty, amount
    QMap<qint64, qint64> complaintsPerCategory;
    QMap<QString, qint64> complaintsPerStatus;
};

inline bool inside(const QDate &d, const Period &p)
{
    return d >= p.from && d <= p.to;
}

inline bool insideUtc(const QDateTime &t, const Period &p)
{
    return t.isValid() && t >= QDateTime(p.from, QTime(0, 0), Qt::LocalTime)
        && t < QDateTime(p.to.addDays(1), QTime(0, 0), Qt::LocalTime);
}

inline BfFigures bruteForce(const BfData &d, const Period &p, const QDateTime &now)
{
    BfFigures f;
    QHash<qint64, const BfSale *> saleById;
    QHash<qint64, const BfLine *> lineById;
    QHash<qint64, const BfNote *> noteById;
    QHash<qint64, const BfProduct *> productById;
    QSet<qint64> cardHolders;
    for (const BfSale &s : d.sales)
        saleById.insert(s.id, &s);
    for (const BfLine &l : d.lines)
        lineById.insert(l.id, &l);
    for (const BfNote &n : d.notes)
        noteById.insert(n.id, &n);
    for (const BfProduct &pr : d.products)
        productById.insert(pr.id, &pr);
    for (const BfCustomer &c : d.customers)
        if (c.card)
            cardHolders.insert(c.id);

    QHash<qint64, QDate> firstDay, lastUpToEnd;
    QSet<qint64> buyers;
    for (const BfSale &s : d.sales) {
        if (s.customer != 0) {
            if (!firstDay.contains(s.customer) || s.day < firstDay[s.customer])
                firstDay[s.customer] = s.day;
            if (s.day <= p.to && (!lastUpToEnd.contains(s.customer) || s.day > lastUpToEnd[s.customer]))
                lastUpToEnd[s.customer] = s.day;
        }
        if (!inside(s.day, p))
            continue;
        ++f.salesCount;
        f.salesCents += s.total;
        f.salesExcl += s.excl;
        f.items += s.items;
        if (cardHolders.contains(s.customer))
            f.loyalty += s.total;
        f.netPerDay[s.day] += s.total;
        f.perStaff[s.user].first += 1;
        f.perStaff[s.user].second += s.total;
        if (s.customer != 0)
            buyers.insert(s.customer);
    }
    for (const BfLine &l : d.lines) {
        if (!inside(saleById[l.sale]->day, p))
            continue;
        f.perProduct[l.product].first += l.qty;
        f.perProduct[l.product].second += l.total;
    }
    for (const BfNote &n : d.notes) {
        if (!inside(n.day, p))
            continue;
        f.returnsCents += n.total;
        f.returnsExcl += n.total - n.vat;
        f.netPerDay[n.day] -= n.total;
        f.perStaff[saleById[n.sale]->user].second -= n.total;
    }
    for (const BfNoteLine &nl : d.noteLines) {
        if (!inside(noteById[nl.note]->day, p))
            continue;
        const qint64 product = lineById[nl.saleLine]->product;
        f.perProduct[product].first -= nl.qty;
        f.perProduct[product].second -= nl.total;
    }
    for (auto it = f.perProduct.cbegin(); it != f.perProduct.cend(); ++it) {
        auto &cat = f.perCategory[productById[it.key()]->category];
        cat.first += it->first;
        cat.second += it->second;
    }
    for (qint64 c : std::as_const(buyers))
        inside(firstDay[c], p) ? ++f.newCustomers : ++f.returning;
    // Lost: purchase days p in [from − 1 year, to − 1 year] with no next purchase day until
    // after p + 1 year (SQLite's date(p, '+1 year'): 29 February goes to 1 March).
    const Period lostWindow{p.from.addYears(-1), p.to.addYears(-1)};
    QHash<qint64, QList<QDate>> purchaseDays;
    for (const BfSale &s : d.sales)
        if (s.customer != 0)
            purchaseDays[s.customer].append(s.day);
    for (auto it = purchaseDays.begin(); it != purchaseDays.end(); ++it) {
        QList<QDate> &days = *it;
        std::sort(days.begin(), days.end());
        days.erase(std::unique(days.begin(), days.end()), days.end());
        for (qsizetype i = 0; i < days.size(); ++i) {
            const QDate pd = days[i];
            const QDate lapse = pd.month() == 2 && pd.day() == 29 ? QDate(pd.year() + 1, 3, 1) : pd.addYears(1);
            if (inside(pd, lostWindow) && (i + 1 == days.size() || days[i + 1] > lapse))
                ++f.lost;
        }
    }
    for (const BfCustomer &c : d.customers)
        if (!c.merged && insideUtc(c.created, p) && !lastUpToEnd.contains(c.id))
            ++f.prospects;

    for (const BfAppointment &a : d.appointments) {
        if (a.status == QLatin1String("cancelled") || !insideUtc(a.start, p))
            continue;
        ++f.appointments;
        if (a.status == QLatin1String("no_show"))
            ++f.noShow;
        if (a.status == QLatin1String("done") && a.customer != 0) {
            ++f.doneWithCustomer;
            for (const BfSale &s : d.sales) {
                if (s.customer == a.customer && s.at >= a.start && s.at < a.start.addDays(7)) {
                    ++f.followed;
                    break;
                }
            }
        }
    }
    for (const BfComplaint &c : d.complaints) {
        if (insideUtc(c.opened, p)) {
            ++f.opened;
            ++f.complaintsPerCategory[c.category];
            ++f.complaintsPerStatus[c.status];
            const QDateTime end = c.resolved.isValid() ? c.resolved : c.closed;
            if ((end.isValid() && end > c.due) || (!end.isValid() && c.due < now))
                ++f.overdue;
        }
        if (insideUtc(c.resolved, p)) {
            ++f.resolved;
            f.resolveMinutes += c.opened.secsTo(c.resolved) / 60;
            if (c.satisfaction > 0) {
                ++f.rated;
                f.satisfaction += c.satisfaction;
            }
        }
    }
    return f;
}

/** RFM inputs by brute force: customers with a sale in (to − 24 months, to]. */
inline QList<RfmInput> bruteRfmInputs(const BfData &d, const QDate &to)
{
    const QDate after = to.addMonths(-24);
    QMap<qint64, RfmInput> m;
    for (const BfSale &s : d.sales) {
        if (s.customer == 0 || s.day <= after || s.day > to)
            continue;
        RfmInput &in = m[s.customer];
        in.customerId = s.customer;
        if (!in.lastDay.isValid() || s.day > in.lastDay)
            in.lastDay = s.day;
        ++in.frequency;
        in.monetaryCents += s.total;
    }
    return m.values();
}

inline qint64 bfRatio(qint64 num, qint64 den, qint64 scale)
{
    return den == 0 ? 0 : num * scale / den;
}

} // namespace comptoir::test
