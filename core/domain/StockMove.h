#pragma once

#include "domain/Result.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace comptoir {

/** Why a stock level changed; stored as the lower-case names of toString(). */
enum class StockMoveKind { Delivery, Adjustment, Loss, Sale, Return, Damaged, Import };

QString toString(StockMoveKind kind);
std::optional<StockMoveKind> stockMoveKindFromString(const QString &text);

/**
 * One change of a product's stock. `quantity` is signed: positive adds to the stock
 * (delivery, return), negative takes from it (sale, loss). The level is the sum of the moves.
 */
struct StockMove {
    qint64 id = 0;
    qint64 productId = 0;
    qint64 quantity = 0;
    StockMoveKind kind = StockMoveKind::Adjustment;
    QString reason;
    qint64 supplierId = 0;   ///< 0: none
    qint64 saleId = 0;       ///< 0: none
    qint64 creditNoteId = 0; ///< 0: none
    qint64 userId = 0;       ///< 0: the system
    QDateTime at;
};

/** A product whose cached level is not the sum of its moves (reconcile() should find none). */
struct StockDiscrepancy {
    qint64 productId = 0;
    qint64 cachedLevel = 0;
    qint64 movesTotal = 0;
};

/** An active product whose level is below its reorder threshold. */
struct StockAlert {
    qint64 productId = 0;
    QString sku;
    QString name;
    qint64 level = 0;
    qint64 threshold = 0;
};

/**
 * The signed quantity to store for what a user entered: a delivery, loss, return or
 * damage is entered as a positive count (a loss or damage is stored negative); an
 * adjustment is entered signed and must not be zero.
 */
Result<qint64> signedMoveQuantity(StockMoveKind kind, qint64 entered, const QString &field = QStringLiteral("quantity"));

/** The reason of a move, trimmed: required for adjustments, losses and damage. */
Result<QString> moveReason(StockMoveKind kind, const QString &reason, const QString &field = QStringLiteral("reason"));

} // namespace comptoir
