#pragma once

#include "domain/Result.h"
#include "domain/Sale.h"
#include "storage/BulkIndexes.h"
#include "storage/BulkStatement.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

namespace comptoir {

class Database;

/** A product as a historical sale line needs it. */
struct ProductRef {
    qint64 id = 0;
    int vatRateBp = 0;
};

/** Where the store's sales chain and closures stand before a historical import. */
struct SaleChainState {
    qint64 lastNumber = 0;   ///< 0: no sale yet
    QString lastHash;        ///< genesisHash() when no sale yet
    QString lastClosedDay;   ///< "YYYY-MM-DD" of the last daily closure; empty when none
    QSet<QString> closedPeriods; ///< closed months ("2026-10") and years ("2025")
    QDateTime firstRungAt;   ///< the first sale recorded by the till (imported = 0); invalid when none
    qint64 saleLines = 0;    ///< sale lines already stored (to decide whether to drop the indexes)
};

/**
 * The SQL of the historical sales import: the look-ups it needs (products by SKU and
 * EAN-13, the chain head and the closed periods), and the insert of a
 * sale with its lines and payments through prepared C-API statements, inside the
 * caller's transaction. For a load much larger than what is stored, the secondary
 * indexes of the sales tables can be dropped and rebuilt in that same transaction.
 */
class HistoricalSaleRepository final {
public:
    explicit HistoricalSaleRepository(Database &db) : m_db(db), m_indexes(db) {}

    Result<SaleChainState> chainState(qint64 storeId);
    /** Every product (active or not: history may sell what is no longer sold), by SKU and by EAN-13. */
    Status products(QHash<QString, ProductRef> &bySku, QHash<QString, ProductRef> &byEan13);

    /** Inserts the sale (imported = 1), its lines and payments; sets their ids. */
    Status insert(Sale &sale);

    /** Drops the non-unique indexes of sale, sale_line and payment (BulkIndexes; restored by restoreIndexes()). */
    Status dropIndexes() { return m_indexes.drop({QStringLiteral("sale"), QStringLiteral("sale_line"), QStringLiteral("payment")}); }
    /** Recreates the indexes dropped by dropIndexes(). */
    Status restoreIndexes() { return m_indexes.restore(); }

private:
    Status prepare();

    Database &m_db;
    BulkStatement m_sale;
    BulkStatement m_line;
    BulkStatement m_payment;
    bool m_prepared = false;
    BulkIndexes m_indexes;
};

} // namespace comptoir
