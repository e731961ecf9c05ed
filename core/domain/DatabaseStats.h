#pragma once

#include <QDate>
#include <QString>

namespace comptoir {

/** What `comptoir-cli stats` shows about a store database. */
struct DatabaseStats {
    QString storeName; ///< the first store's; empty when there is none
    QString storeCode;
    int schemaVersion = 0;
    qint64 users = 0;
    qint64 customers = 0;
    qint64 products = 0;
    qint64 sales = 0;
    qint64 saleLines = 0;
    qint64 payments = 0;
    qint64 appointments = 0;
    qint64 complaints = 0;
    qint64 stockMoves = 0;
    qint64 consents = 0;
    qint64 interactions = 0;
    QDate firstSaleDay; ///< business days; invalid when there is no sale
    QDate lastSaleDay;
    qint64 revenueCents = 0; ///< sum of the sales' totals, VAT included
    qint64 fileBytes = 0;    ///< the database file (plus its WAL file, if any)
};

} // namespace comptoir
