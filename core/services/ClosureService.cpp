#include "services/ClosureService.h"

#include "domain/ChainHash.h"
#include "services/AuditTrail.h"
#include "storage/ClosureRepository.h"
#include "storage/Database.h"
#include "storage/StoreRepository.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace comptoir {

namespace {

/** The translation context of this file's messages (lupdate reads it). */
struct ClosureServiceText {
    Q_DECLARE_TR_FUNCTIONS(comptoir::ClosureService)
};

QJsonObject centsMap(const QMap<QString, qint64> &map)
{
    QJsonObject o;
    for (auto it = map.begin(); it != map.end(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

/** Adds every number of `from` into `into`, recursively (objects of cents). */
void addInto(QJsonObject &into, const QJsonObject &from)
{
    for (auto it = from.begin(); it != from.end(); ++it) {
        if (it->isObject()) {
            QJsonObject sub = into.value(it.key()).toObject();
            addInto(sub, it->toObject());
            into.insert(it.key(), sub);
        } else {
            into.insert(it.key(), into.value(it.key()).toInteger() + it->toInteger());
        }
    }
}

QString compact(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

} // namespace

Closure dayClosureFrom(const DayFigures &f)
{
    Closure c;
    c.kind = QStringLiteral("day");
    c.salesCount = f.salesCount;
    c.returnsCount = f.returnsCount;
    c.totalCents = f.salesCents;
    c.returnsCents = f.returnsCents;
    QJsonObject vat;
    for (auto it = f.vatTotal.begin(); it != f.vatTotal.end(); ++it) {
        const qint64 amount = f.vatAmount.value(it.key());
        vat.insert(QString::number(it.key()), QJsonObject{{QStringLiteral("total"), it.value()},
                                                          {QStringLiteral("vat"), amount},
                                                          {QStringLiteral("excl"), it.value() - amount}});
    }
    c.details = compact({{QStringLiteral("by_method"), centsMap(f.byMethod)},
                         {QStringLiteral("returns_by_method"), centsMap(f.returnsByMethod)},
                         {QStringLiteral("by_vat"), vat},
                         {QStringLiteral("net_cents"), f.salesCents - f.returnsCents}});
    return c;
}

Closure sumOfClosures(const QList<Closure> &days)
{
    Closure c;
    QJsonObject details{{QStringLiteral("by_method"), QJsonObject()},
                        {QStringLiteral("returns_by_method"), QJsonObject()},
                        {QStringLiteral("by_vat"), QJsonObject()},
                        {QStringLiteral("net_cents"), 0}};
    for (const Closure &d : days) {
        c.salesCount += d.salesCount;
        c.returnsCount += d.returnsCount;
        c.totalCents += d.totalCents;
        c.returnsCents += d.returnsCents;
        c.grandTotalCents = d.grandTotalCents; // the last day's perpetual total
        addInto(details, QJsonDocument::fromJson(d.details.toUtf8()).object());
    }
    c.details = compact(details);
    return c;
}

Result<Closure> ClosureService::closeDay(const Session &session, const QDate &day)
{
    BOOST_OUTCOME_TRYV(require(session, QStringLiteral("closure.run")));
    const QDate today = m_clock.nowUtc().toLocalTime().date();
    if (!day.isValid())
        return Error::validation(QStringLiteral("date"), ClosureServiceText::tr("is not a valid date"));
    if (day > today)
        return Error::validation(QStringLiteral("date"), ClosureServiceText::tr("%1 is in the future: only a past or current day can be closed")
                                                              .arg(day.toString(Qt::ISODate)));
    Transaction tx(m_db);
    BOOST_OUTCOME_TRYV(tx.begun());
    BOOST_OUTCOME_TRY(storeInfo, StoreRepository(m_db).required());
    const qint64 storeId = storeInfo.id;
    ClosureRepository repo(m_db);
    const QString period = day.toString(Qt::ISODate);
    BOOST_OUTCOME_TRY(lastDay, repo.lastDay(storeId));
    if (lastDay.has_value() && lastDay->period >= period)
        return Error::conflict(QStringLiteral("date"), lastDay->period == period
                                                           ? ClosureServiceText::tr("%1 is already closed").arg(period)
                                                           : ClosureServiceText::tr("%1 is before the last closed day (%2)")
                                                                 .arg(period, lastDay->period));
    for (const auto &[kind, key] : {std::pair{QStringLiteral("month"), day.toString(QStringLiteral("yyyy-MM"))},
                                    std::pair{QStringLiteral("year"), QString::number(day.year())}}) {
        BOOST_OUTCOME_TRY(closedPeriod, repo.find(storeId, kind, key));
        if (closedPeriod.has_value())
            return Error::conflict(QStringLiteral("date"), ClosureServiceText::tr("%1 is already closed").arg(key));
    }
    BOOST_OUTCOME_TRY(figures, repo.dayFigures(storeId, day));
    Closure c = dayClosureFrom(figures);
    c.storeId = storeId;
    c.period = period;
    c.grandTotalCents = (lastDay.has_value() ? lastDay->grandTotalCents : 0) + c.totalCents - c.returnsCents;
    BOOST_OUTCOME_TRY(stored, store(session, c));
    BOOST_OUTCOME_TRYV(tx.commit());
    return stored;
}

Result<Closure> ClosureService::closeMonth(const Session &session, int year, int month)
{
    BOOST_OUTCOME_TRYV(require(session, QStringLiteral("closure.run")));
    const QDate first(year, month, 1);
    if (!first.isValid())
        return Error::validation(QStringLiteral("month"), ClosureServiceText::tr("is not a valid month"));
    return closePeriod(session, QStringLiteral("month"), first.toString(QStringLiteral("yyyy-MM")),
                       first.addMonths(1).addDays(-1));
}

Result<Closure> ClosureService::closeYear(const Session &session, int year)
{
    BOOST_OUTCOME_TRYV(require(session, QStringLiteral("closure.run")));
    if (year < 2000 || year > 9999)
        return Error::validation(QStringLiteral("year"), ClosureServiceText::tr("is not a valid year (got %1)").arg(year));
    return closePeriod(session, QStringLiteral("year"), QString::number(year), QDate(year, 12, 31));
}

Result<Closure> ClosureService::closePeriod(const Session &session, const QString &kind, const QString &period,
                                            const QDate &lastDay)
{
    if (lastDay >= m_clock.nowUtc().toLocalTime().date())
        return Error::validation(kind, ClosureServiceText::tr("%1 has not ended yet").arg(period));
    Transaction tx(m_db);
    BOOST_OUTCOME_TRYV(tx.begun());
    BOOST_OUTCOME_TRY(storeInfo, StoreRepository(m_db).required());
    ClosureRepository repo(m_db);
    BOOST_OUTCOME_TRY(existing, repo.find(storeInfo.id, kind, period));
    if (existing.has_value())
        return Error::conflict(kind, ClosureServiceText::tr("%1 is already closed").arg(period));
    BOOST_OUTCOME_TRY(days, repo.daysIn(storeInfo.id, period));
    Closure c = sumOfClosures(days);
    c.storeId = storeInfo.id;
    c.kind = kind;
    c.period = period;
    BOOST_OUTCOME_TRY(stored, store(session, c));
    BOOST_OUTCOME_TRYV(tx.commit());
    return stored;
}

Result<Closure> ClosureService::store(const Session &session, Closure c)
{
    ClosureRepository repo(m_db);
    BOOST_OUTCOME_TRY(last, repo.last(c.storeId));
    c.at = m_clock.nowUtc();
    c.userId = session.userId;
    c.prevHash = last.has_value() ? last->hash : genesisHash();
    c.hash = closureHash(c, c.prevHash);
    BOOST_OUTCOME_TRYV(repo.insert(c));
    const QJsonObject changes{{QStringLiteral("kind"), c.kind},
                              {QStringLiteral("period"), c.period},
                              {QStringLiteral("total_cents"), c.totalCents},
                              {QStringLiteral("grand_total_cents"), c.grandTotalCents}};
    BOOST_OUTCOME_TRYV(AuditTrail(m_db, m_clock).record(session, QStringLiteral("closure.run"), QStringLiteral("closure"), c.id,
                                                         scope::business(), changes));
    return c;
}

} // namespace comptoir
