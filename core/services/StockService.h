#pragma once

#include "access/Session.h"
#include "domain/Clock.h"
#include "domain/Result.h"
#include "domain/StockMove.h"

#include <QList>

namespace comptoir {

class Database;

/**
 * Stock moves and levels ("stock.read" / "stock.move"). The level is the sum of the moves;
 * each move updates the cached level in the same transaction. A move that would leave
 * the level below zero is refused unless the setting `stock.allow_negative` is "1".
 */
class StockService final {
public:
    StockService(Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}

    /** `quantity` > 0 units received, optionally from a supplier. Returns the move id. */
    Result<qint64> recordDelivery(const Session &session, qint64 productId, qint64 quantity,
                                  const QString &reason = QString(), qint64 supplierId = 0);
    /** A signed correction (inventory count); `quantity` != 0 and a reason are required. */
    Result<qint64> recordAdjustment(const Session &session, qint64 productId, qint64 quantity, const QString &reason);
    /** `quantity` > 0 units lost (theft, breakage); a reason is required. Stored negative. */
    Result<qint64> recordLoss(const Session &session, qint64 productId, qint64 quantity, const QString &reason);

    /** The product's current (cached) level. */
    Result<qint64> level(const Session &session, qint64 productId);
    /** The product's moves, newest first. */
    Result<QList<StockMove>> moves(const Session &session, qint64 productId, int offset, int limit);
    /** Active products whose level is strictly below their reorder threshold. */
    Result<QList<StockAlert>> productsBelowThreshold(const Session &session);
    /** Products whose cached level differs from the sum of their moves (should be none). */
    Result<QList<StockDiscrepancy>> reconcile(const Session &session);

    /**
     * The store's rule for every stock move (this service's, a sale's, an import's): may a
     * product's level go below zero? (setting stock.allow_negative, "1": yes; default no).
     */
    static Result<bool> negativeStockAllowed(Database &db);

private:
    Result<qint64> record(const Session &session, StockMoveKind kind, qint64 productId, qint64 quantity,
                          const QString &reason, qint64 supplierId);
    Status checkProduct(qint64 productId);

    Database &m_db;
    const Clock &m_clock;
};

} // namespace comptoir
