#pragma once

#include "domain/Closure.h"
#include "domain/Result.h"

#include <QDate>
#include <QList>
#include <QMap>

#include <functional>
#include <optional>

namespace comptoir {

class Database;

/** A business day's figures, as read from its sales and credit notes. */
struct DayFigures {
    qint64 salesCount = 0;
    qint64 salesCents = 0;
    qint64 returnsCount = 0;
    qint64 returnsCents = 0;
    QMap<QString, qint64> byMethod;        ///< payment method → cents
    QMap<QString, qint64> returnsByMethod; ///< refund method → cents
    QMap<int, qint64> vatTotal;            ///< rate (bp) → VAT included
    QMap<int, qint64> vatAmount;           ///< rate (bp) → VAT (per sale and rate, then summed)
};

/** All SQL about closures and the day figures they are made of. Insert-only. */
class ClosureRepository final {
public:
    explicit ClosureRepository(Database &db) : m_db(db) {}

    Result<DayFigures> dayFigures(qint64 storeId, const QDate &day);
    /** The store's last closure of any kind (the chain's tail), if any. */
    Result<std::optional<Closure>> last(qint64 storeId);
    /** The last daily closure, if any. */
    Result<std::optional<Closure>> lastDay(qint64 storeId);
    Result<std::optional<Closure>> find(qint64 storeId, const QString &kind, const QString &period);
    /** Daily closures whose period starts with `prefix` ("2026-11" or "2026"), by period. */
    Result<QList<Closure>> daysIn(qint64 storeId, const QString &prefix);
    Status insert(Closure &closure);
    /** Every closure in id order (false stops). */
    Status forEach(const std::function<bool(const Closure &)> &visit);

private:
    Result<std::optional<Closure>> findOne(const QString &where, const QVariantList &values);
    Database &m_db;
};

} // namespace comptoir
