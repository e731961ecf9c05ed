#pragma once

#include "domain/Result.h"
#include "domain/StockMove.h"

#include <QList>

namespace comptoir {

class Database;

/**
 * All SQL about stock: the moves (the truth) and the cached level per product, which
 * applyMove() keeps equal to the sum of the moves.
 */
class StockRepository final {
public:
    explicit StockRepository(Database &db) : m_db(db) {}

    /**
     * Checks and writes one move and the cached level, inside the caller's transaction
     * (it opens none). A move that would leave the level below zero is a Conflict on
     * "quantity" naming the level available, unless `allowNegative`. Returns the move id.
     */
    Result<qint64> applyMove(const StockMove &move, bool allowNegative);
    /** The same, for the sales ledger: no supplier; 0 for "none" in the ids. */
    Result<qint64> applyMove(qint64 productId, qint64 signedQty, StockMoveKind kind, const QString &reason,
                             qint64 saleId, qint64 creditNoteId, qint64 userId, const QDateTime &at,
                             bool allowNegative);

    /** The cached level (0 for a product that never moved). */
    Result<qint64> level(qint64 productId);
    /** The sum of the product's moves. */
    Result<qint64> movesTotal(qint64 productId);
    /** The product's moves, newest first. */
    Result<QList<StockMove>> moves(qint64 productId, int offset, int limit);
    /** Active products whose level is strictly below their reorder threshold, by name. */
    Result<QList<StockAlert>> belowThreshold();
    /** Products whose cached level differs from the sum of their moves (should be none). */
    Result<QList<StockDiscrepancy>> reconcile();

private:
    Database &m_db;
};

} // namespace comptoir
