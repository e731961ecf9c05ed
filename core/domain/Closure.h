#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace comptoir {

/**
 * A closure (table `closure`): a daily Z report, or a month / year that sums the daily
 * ones. `details` is JSON: {"by_method": {"cash": cents...}, "by_vat": {"2000": {"total",
 * "vat", "excl"}...}, "returns_by_method": {...}, "net_cents": n}. Closures of a store form
 * one chain in id order (see closureHashedFields()).
 */
struct Closure {
    qint64 id = 0;
    qint64 storeId = 0;
    QString kind;   ///< day, month, year
    QString period; ///< YYYY-MM-DD, YYYY-MM or YYYY
    QDateTime at;
    qint64 userId = 0;
    qint64 salesCount = 0;
    qint64 returnsCount = 0;
    qint64 totalCents = 0;      ///< sales, VAT included
    qint64 returnsCents = 0;    ///< credit notes, VAT included
    qint64 grandTotalCents = 0; ///< perpetual: previous day's grand total + this day's net
    QString details;            ///< compact JSON
    QString prevHash;
    QString hash;
};

/**
 * store_id, kind, period, at (toIsoUtc), user_id, sales_count, returns_count, total_cents,
 * returns_cents, grand_total_cents, details. closure.hash = chainHash(prevHash, these).
 */
QStringList closureHashedFields(const Closure &closure);

/** chainHash(prevHash, closureHashedFields(closure)). */
QString closureHash(const Closure &closure, const QString &prevHash);

} // namespace comptoir
