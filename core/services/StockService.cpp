#include "services/StockService.h"

#include "access/Permissions.h"
#include "services/AuditTrail.h"
#include "storage/Database.h"
#include "storage/ProductRepository.h"
#include "storage/SettingsRepository.h"
#include "storage/StockRepository.h"
#include "storage/SupplierRepository.h"
#include "storage/Transaction.h"

#include <QCoreApplication>

namespace comptoir {

namespace {

/** The translation context of this file's messages (lupdate reads it). */
struct StockServiceText {
    Q_DECLARE_TR_FUNCTIONS(comptoir::StockService)
};

const QString kMove = QStringLiteral("stock.move");

} // namespace

Status StockService::checkProduct(qint64 productId)
{
    ProductRepository products(m_db);
    auto product = products.findById(productId);
    if (!product)
        return product.error();
    if (!product->has_value())
        return Error::notFound(QStringLiteral("product_id"), StockServiceText::tr("no product #%1").arg(productId));
    return {};
}

Result<qint64> StockService::record(const Session &session, StockMoveKind kind, qint64 productId, qint64 quantity,
                                    const QString &reason, qint64 supplierId)
{
    if (Status s = require(session, kMove); !s)
        return s.error();
    auto signedQty = signedMoveQuantity(kind, quantity);
    if (!signedQty)
        return signedQty.error();
    auto why = moveReason(kind, reason);
    if (!why)
        return why.error();

    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    if (Status s = checkProduct(productId); !s)
        return s.error();
    if (supplierId > 0) {
        SupplierRepository suppliers(m_db);
        auto supplier = suppliers.findById(supplierId);
        if (!supplier)
            return supplier.error();
        if (!supplier->has_value())
            return Error::notFound(QStringLiteral("supplier_id"), StockServiceText::tr("no supplier #%1").arg(supplierId));
    }
    auto allowNegative = negativeStockAllowed(m_db);
    if (!allowNegative)
        return allowNegative.error();

    StockRepository stock(m_db);
    auto before = stock.level(productId);
    if (!before)
        return before.error();
    StockMove move;
    move.productId = productId;
    move.quantity = *signedQty;
    move.kind = kind;
    move.reason = *why;
    move.supplierId = supplierId;
    move.userId = session.userId;
    move.at = m_clock.nowUtc();
    auto id = stock.applyMove(move, *allowNegative);
    if (!id)
        return id.error();

    ChangeSet changes;
    changes.created(QStringLiteral("product_id"), productId);
    changes.created(QStringLiteral("kind"), toString(kind));
    changes.created(QStringLiteral("quantity"), *signedQty);
    changes.created(QStringLiteral("reason"), *why);
    if (supplierId > 0)
        changes.created(QStringLiteral("supplier_id"), supplierId);
    changes.add(QStringLiteral("level"), *before, *before + *signedQty);
    AuditTrail audit(m_db, m_clock);
    if (Status s = audit.record(session, QStringLiteral("create"), QStringLiteral("stock_move"), *id,
                                scope::business(), changes.toJson());
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return *id;
}

Result<qint64> StockService::recordDelivery(const Session &session, qint64 productId, qint64 quantity,
                                            const QString &reason, qint64 supplierId)
{
    return record(session, StockMoveKind::Delivery, productId, quantity, reason, supplierId);
}

Result<qint64> StockService::recordAdjustment(const Session &session, qint64 productId, qint64 quantity,
                                              const QString &reason)
{
    return record(session, StockMoveKind::Adjustment, productId, quantity, reason, 0);
}

Result<qint64> StockService::recordLoss(const Session &session, qint64 productId, qint64 quantity,
                                        const QString &reason)
{
    return record(session, StockMoveKind::Loss, productId, quantity, reason, 0);
}

Result<qint64> StockService::level(const Session &session, qint64 productId)
{
    if (Status s = require(session, permission::stockRead); !s)
        return s.error();
    if (Status s = checkProduct(productId); !s)
        return s.error();
    StockRepository stock(m_db);
    return stock.level(productId);
}

Result<QList<StockMove>> StockService::moves(const Session &session, qint64 productId, int offset, int limit)
{
    if (Status s = require(session, permission::stockRead); !s)
        return s.error();
    if (Status s = checkProduct(productId); !s)
        return s.error();
    StockRepository stock(m_db);
    return stock.moves(productId, offset, limit);
}

Result<QList<StockAlert>> StockService::productsBelowThreshold(const Session &session)
{
    if (Status s = require(session, permission::stockRead); !s)
        return s.error();
    StockRepository stock(m_db);
    return stock.belowThreshold();
}

Result<QList<StockDiscrepancy>> StockService::reconcile(const Session &session)
{
    if (Status s = require(session, permission::stockRead); !s)
        return s.error();
    StockRepository stock(m_db);
    return stock.reconcile();
}

Result<bool> StockService::negativeStockAllowed(Database &db)
{
    auto value = SettingsRepository(db).get(QStringLiteral("stock.allow_negative"), QStringLiteral("0"));
    if (!value)
        return value.error();
    return *value == QLatin1String("1");
}

} // namespace comptoir
