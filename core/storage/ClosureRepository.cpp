#include "storage/ClosureRepository.h"

#include "domain/Clock.h"
#include "domain/Money.h"
#include "storage/BoundQuery.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace comptoir {

namespace {

/** The translation context of this file's messages (lupdate reads it). */
struct ClosureRepositoryText {
    Q_DECLARE_TR_FUNCTIONS(comptoir::ClosureRepository)
};

const char *kClosureSelect = "SELECT id, store_id, kind, period, at, coalesce(user_id, 0), sales_count, returns_count, "
                      "total_cents, returns_cents, grand_total_cents, details, prev_hash, hash FROM closure ";

Closure readClosure(const QSqlQuery &q)
{
    Closure c;
    c.id = q.value(0).toLongLong();
    c.storeId = q.value(1).toLongLong();
    c.kind = q.value(2).toString();
    c.period = q.value(3).toString();
    c.at = fromIsoUtc(q.value(4).toString());
    c.userId = q.value(5).toLongLong();
    c.salesCount = q.value(6).toLongLong();
    c.returnsCount = q.value(7).toLongLong();
    c.totalCents = q.value(8).toLongLong();
    c.returnsCents = q.value(9).toLongLong();
    c.grandTotalCents = q.value(10).toLongLong();
    c.details = q.value(11).toString();
    c.prevHash = q.value(12).toString();
    c.hash = q.value(13).toString();
    return c;
}

} // namespace

Result<DayFigures> ClosureRepository::dayFigures(qint64 storeId, const QDate &day)
{
    DayFigures f;
    const QString d = day.toString(Qt::ISODate);
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT count(*), coalesce(sum(total_cents), 0) FROM sale WHERE store_id = ? AND business_day = ?"));
    q.addBindValue(storeId);
    q.addBindValue(d);
    if (!q.exec() || !q.next())
        return databaseError(ClosureRepositoryText::tr("reading the day's sales"), q.lastError().text());
    f.salesCount = q.value(0).toLongLong();
    f.salesCents = q.value(1).toLongLong();

    q.prepare(QStringLiteral("SELECT p.method, sum(p.amount_cents) FROM payment p JOIN sale s ON s.id = p.sale_id "
                             "WHERE s.store_id = ? AND s.business_day = ? GROUP BY p.method"));
    q.addBindValue(storeId);
    q.addBindValue(d);
    if (!q.exec())
        return databaseError(ClosureRepositoryText::tr("reading the day's payments"), q.lastError().text());
    while (q.next())
        f.byMethod.insert(q.value(0).toString(), q.value(1).toLongLong());

    // The VAT rule applies per sale and rate (Sale.h), so group by both before summing.
    q.prepare(QStringLiteral("SELECT l.vat_rate_bp, sum(l.total_cents) FROM sale_line l JOIN sale s ON s.id = l.sale_id "
                             "WHERE s.store_id = ? AND s.business_day = ? GROUP BY l.sale_id, l.vat_rate_bp"));
    q.addBindValue(storeId);
    q.addBindValue(d);
    if (!q.exec())
        return databaseError(ClosureRepositoryText::tr("reading the day's VAT"), q.lastError().text());
    while (q.next()) {
        const int rate = q.value(0).toInt();
        const qint64 total = q.value(1).toLongLong();
        f.vatTotal[rate] += total;
        f.vatAmount[rate] += Money::fromCents(total).vatPart(rate).cents();
    }

    q.prepare(QStringLiteral("SELECT refund_method, count(*), sum(total_cents) FROM credit_note "
                             "WHERE store_id = ? AND business_day = ? GROUP BY refund_method"));
    q.addBindValue(storeId);
    q.addBindValue(d);
    if (!q.exec())
        return databaseError(ClosureRepositoryText::tr("reading the day's credit notes"), q.lastError().text());
    while (q.next()) {
        f.returnsByMethod.insert(q.value(0).toString(), q.value(2).toLongLong());
        f.returnsCount += q.value(1).toLongLong();
        f.returnsCents += q.value(2).toLongLong();
    }
    return f;
}

Result<std::optional<Closure>> ClosureRepository::findOne(const QString &where, const QVariantList &values)
{
    QSqlQuery q(m_db.connection());
    BOOST_OUTCOME_TRYV(execBound(q, QLatin1String(kClosureSelect) + where, values, ClosureRepositoryText::tr("reading the closures")));
    if (!q.next())
        return std::optional<Closure>();
    return std::optional<Closure>(readClosure(q));
}

Result<std::optional<Closure>> ClosureRepository::last(qint64 storeId)
{
    return findOne(QStringLiteral("WHERE store_id = ? ORDER BY id DESC LIMIT 1"), {storeId});
}

Result<std::optional<Closure>> ClosureRepository::lastDay(qint64 storeId)
{
    return findOne(QStringLiteral("WHERE store_id = ? AND kind = 'day' ORDER BY period DESC LIMIT 1"), {storeId});
}

Result<std::optional<Closure>> ClosureRepository::find(qint64 storeId, const QString &kind, const QString &period)
{
    return findOne(QStringLiteral("WHERE store_id = ? AND kind = ? AND period = ?"), {storeId, kind, period});
}

Result<QList<Closure>> ClosureRepository::daysIn(qint64 storeId, const QString &prefix)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QLatin1String(kClosureSelect) + QStringLiteral("WHERE store_id = ? AND kind = 'day' AND substr(period, 1, ?) = ? "
                                                      "ORDER BY period"));
    q.addBindValue(storeId);
    q.addBindValue(int(prefix.size()));
    q.addBindValue(prefix);
    if (!q.exec())
        return databaseError(ClosureRepositoryText::tr("reading the daily closures"), q.lastError().text());
    QList<Closure> list;
    while (q.next())
        list.append(readClosure(q));
    return list;
}

Status ClosureRepository::insert(Closure &c)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO closure(store_id, kind, period, at, user_id, sales_count, returns_count, "
                             "total_cents, returns_cents, grand_total_cents, details, prev_hash, hash) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(c.storeId);
    q.addBindValue(c.kind);
    q.addBindValue(c.period);
    q.addBindValue(toIsoUtc(c.at));
    q.addBindValue(c.userId > 0 ? QVariant(c.userId) : QVariant());
    q.addBindValue(c.salesCount);
    q.addBindValue(c.returnsCount);
    q.addBindValue(c.totalCents);
    q.addBindValue(c.returnsCents);
    q.addBindValue(c.grandTotalCents);
    q.addBindValue(c.details);
    q.addBindValue(c.prevHash);
    q.addBindValue(c.hash);
    if (!q.exec())
        return databaseError(ClosureRepositoryText::tr("saving the closure"), q.lastError().text());
    c.id = q.lastInsertId().toLongLong();
    return {};
}

Status ClosureRepository::forEach(const std::function<bool(const Closure &)> &visit)
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QLatin1String(kClosureSelect) + QStringLiteral("ORDER BY id")))
        return databaseError(ClosureRepositoryText::tr("reading the closures"), q.lastError().text());
    while (q.next()) {
        if (!visit(readClosure(q)))
            break;
    }
    return {};
}

} // namespace comptoir
