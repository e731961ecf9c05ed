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
    if (Status s = require(session, QStringLiteral("closure.run")); !s)
        return s.error();
    const QDate today = m_clock.nowUtc().toLocalTime().date();
    if (!day.isValid())
        return Error::validation(QStringLiteral("date"), ClosureServiceText::tr("is not a valid date"));
    if (day > today)
        return Error::validation(QStringLiteral("date"), ClosureServiceText::tr("%1 is in the future: only a past or current day can be closed")
                                                              .arg(day.toString(Qt::ISODate)));
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    auto storeInfo = StoreRepository(m_db).current();
    if (!storeInfo)
        return storeInfo.error();
    if (!storeInfo->has_value())
        return Error::validation(QStringLiteral("store"), ClosureServiceText::tr("no store is set up yet"));
    const qint64 storeId = (*storeInfo)->id;
    ClosureRepository repo(m_db);
    const QString period = day.toString(Qt::ISODate);
    auto lastDay = repo.lastDay(storeId);
    if (!lastDay)
        return lastDay.error();
    if (lastDay->has_value() && (*lastDay)->period >= period)
        return Error::conflict(QStringLiteral("date"), (*lastDay)->period == period
                                                           ? ClosureServiceText::tr("%1 is already closed").arg(period)
                                                           : ClosureServiceText::tr("%1 is before the last closed day (%2)")
                                                                 .arg(period, (*lastDay)->period));
    for (const auto &[kind, key] : {std::pair{QStringLiteral("month"), day.toString(QStringLiteral("yyyy-MM"))},
                                    std::pair{QStringLiteral("year"), QString::number(day.year())}}) {
        auto closedPeriod = repo.find(storeId, kind, key);
        if (!closedPeriod)
            return closedPeriod.error();
        if (closedPeriod->has_value())
            return Error::conflict(QStringLiteral("date"), ClosureServiceText::tr("%1 is already closed").arg(key));
    }
    auto figures = repo.dayFigures(storeId, day);
    if (!figures)
        return figures.error();
    Closure c = dayClosureFrom(*figures);
    c.storeId = storeId;
    c.period = period;
    c.grandTotalCents = (lastDay->has_value() ? (*lastDay)->grandTotalCents : 0) + c.totalCents - c.returnsCents;
    auto stored = store(session, c);
    if (!stored)
        return stored;
    if (Status s = tx.commit(); !s)
        return s.error();
    return stored;
}

Result<Closure> ClosureService::closeMonth(const Session &session, int year, int month)
{
    if (Status s = require(session, QStringLiteral("closure.run")); !s)
        return s.error();
    const QDate first(year, month, 1);
    if (!first.isValid())
        return Error::validation(QStringLiteral("month"), ClosureServiceText::tr("is not a valid month"));
    return closePeriod(session, QStringLiteral("month"), first.toString(QStringLiteral("yyyy-MM")),
                       first.addMonths(1).addDays(-1));
}

Result<Closure> ClosureService::closeYear(const Session &session, int year)
{
    if (Status s = require(session, QStringLiteral("closure.run")); !s)
        return s.error();
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
    if (!tx.isActive())
        return tx.error();
    auto storeInfo = StoreRepository(m_db).current();
    if (!storeInfo)
        return storeInfo.error();
    if (!storeInfo->has_value())
        return Error::validation(QStringLiteral("store"), ClosureServiceText::tr("no store is set up yet"));
    ClosureRepository repo(m_db);
    auto existing = repo.find((*storeInfo)->id, kind, period);
    if (!existing)
        return existing.error();
    if (existing->has_value())
        return Error::conflict(kind, ClosureServiceText::tr("%1 is already closed").arg(period));
    auto days = repo.daysIn((*storeInfo)->id, period);
    if (!days)
        return days.error();
    Closure c = sumOfClosures(*days);
    c.storeId = (*storeInfo)->id;
    c.kind = kind;
    c.period = period;
    auto stored = store(session, c);
    if (!stored)
        return stored;
    if (Status s = tx.commit(); !s)
        return s.error();
    return stored;
}

Result<Closure> ClosureService::store(const Session &session, Closure c)
{
    ClosureRepository repo(m_db);
    auto last = repo.last(c.storeId);
    if (!last)
        return last.error();
    c.at = m_clock.nowUtc();
    c.userId = session.userId;
    c.prevHash = last->has_value() ? (*last)->hash : genesisHash();
    c.hash = closureHash(c, c.prevHash);
    if (Status s = repo.insert(c); !s)
        return s.error();
    const QJsonObject changes{{QStringLiteral("kind"), c.kind},
                              {QStringLiteral("period"), c.period},
                              {QStringLiteral("total_cents"), c.totalCents},
                              {QStringLiteral("grand_total_cents"), c.grandTotalCents}};
    if (Status s = AuditTrail(m_db, m_clock).record(session, QStringLiteral("closure.run"), QStringLiteral("closure"), c.id,
                                                     scope::business(), changes);
        !s)
        return s.error();
    return c;
}

} // namespace comptoir
