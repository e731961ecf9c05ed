#pragma once

#include "domain/ChainHash.h"
#include "domain/Result.h"
#include "domain/Sale.h"

#include <functional>
#include <optional>

namespace comptoir {

class Database;

/**
 * All SQL about sales, their lines and payments. Insert-only: there is no update or
 * delete (database triggers would refuse them anyway). Writes happen inside the caller's
 * transaction.
 */
class SaleRepository final {
public:
    explicit SaleRepository(Database &db) : m_db(db) {}

    /**
     * The number and prev_hash of the store's next sale: after its last sale, or 1 after
     * genesisHash() for its first. Call inside BEGIN IMMEDIATE.
     */
    Result<ChainLink> nextLink(qint64 storeId);
    /** Inserts the sale, its lines and payments; sets their ids in `sale`. */
    Status insert(Sale &sale);

    Result<std::optional<Sale>> findById(qint64 id);
    Result<std::optional<Sale>> findByNumber(qint64 storeId, qint64 number);

    /** The sum of the payments that used credit note `creditNoteId` as store credit. */
    Result<qint64> storeCreditUsed(qint64 creditNoteId);
    /** Was business day `day` of the store already closed (a daily closure exists)? */
    Result<bool> dayClosed(qint64 storeId, const QDate &day);

    /**
     * Streams every sale with its lines and payments, in id order, to `visit` (which
     * returns false to stop). Reads three cursors side by side, so memory stays flat.
     */
    Status forEach(const std::function<bool(const Sale &)> &visit);

private:
    Result<std::optional<Sale>> findOne(const QString &where, const QVariantList &values);
    Database &m_db;
};

} // namespace comptoir
