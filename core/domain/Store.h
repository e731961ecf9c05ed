#pragma once

#include <QString>

namespace comptoir {

/** The store's identity, printed on receipts and reports. */
struct StoreInfo {
    qint64 id = 0;
    QString code;
    QString name;
    QString address;
    QString postalCode;
    QString city;
    QString phone;
    QString siret;
};

/** Headline counts of a store database. */
struct StoreCounts {
    qint64 customers = 0;
    qint64 products = 0;
    qint64 sales = 0;
};

} // namespace comptoir
