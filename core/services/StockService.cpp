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
    BOOST_OUTCOME_TRY(product, products.findById(productId));
    if (!product.has_value())
        return Error::notFound(QStringLiteral("product_id"), StockServiceText::tr("no product #%1").arg(productId));
    return {};
}

Result<qint64> StockService::record(const Session &session, StockMoveKind kind, qint64 productId, qint64 quantity,
                                    const QString &reason, qint64 supplierId)
{
    BOOST_OUTCOME_TRYV(require(session, kMove));
    BOOST_OUTCOME_TRY(signedQty, signedMoveQuantity(kind, quantity));
    BOOST_OUTCOME_TRY(why, moveReason(kind, reason));

    Transaction tx(m_db);
    BOOST_OUTCOME_TRYV(tx.begun());
    BOOST_OUTCOME_TRYV(checkProduct(productId));
    if (supplierId > 0) {
        SupplierRepository suppliers(m_db);
        BOOST_OUTCOME_TRY(supplier, suppliers.findById(supplierId));
        if (!supplier.has_value())
            return Error::notFound(QStringLiteral("supplier_id"), StockServiceText::tr("no supplier #%1").arg(supplierId));
    }
    BOOST_OUTCOME_TRY(allowNegative, negativeStockAllowed(m_db));

    StockRepository stock(m_db);
    BOOST_OUTCOME_TRY(before, stock.level(productId));
    StockMove move;
    move.productId = productId;
    move.quantity = signedQty;
    move.kind = kind;
    move.reason = why;
    move.supplierId = supplierId;
    move.userId = session.userId;
    move.at = m_clock.nowUtc();
    BOOST_OUTCOME_TRY(id, stock.applyMove(move, allowNegative));

    ChangeSet changes;
    changes.created(QStringLiteral("product_id"), productId);
    changes.created(QStringLiteral("kind"), toString(kind));
    changes.created(QStringLiteral("quantity"), signedQty);
    changes.created(QStringLiteral("reason"), why);
    if (supplierId > 0)
        changes.created(QStringLiteral("supplier_id"), supplierId);
    changes.add(QStringLiteral("level"), before, before + signedQty);
    AuditTrail audit(m_db, m_clock);
    BOOST_OUTCOME_TRYV(audit.record(session, QStringLiteral("create"), QStringLiteral("stock_move"), id,
                                    scope::business(), changes.toJson()));
    BOOST_OUTCOME_TRYV(tx.commit());
    return id;
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
    BOOST_OUTCOME_TRYV(require(session, permission::stockRead));
    BOOST_OUTCOME_TRYV(checkProduct(productId));
    StockRepository stock(m_db);
    return stock.level(productId);
}

Result<QList<StockMove>> StockService::moves(const Session &session, qint64 productId, int offset, int limit)
{
    BOOST_OUTCOME_TRYV(require(session, permission::stockRead));
    BOOST_OUTCOME_TRYV(checkProduct(productId));
    StockRepository stock(m_db);
    return stock.moves(productId, offset, limit);
}

Result<QList<StockAlert>> StockService::productsBelowThreshold(const Session &session)
{
    BOOST_OUTCOME_TRYV(require(session, permission::stockRead));
    StockRepository stock(m_db);
    return stock.belowThreshold();
}

Result<QList<StockDiscrepancy>> StockService::reconcile(const Session &session)
{
    BOOST_OUTCOME_TRYV(require(session, permission::stockRead));
    StockRepository stock(m_db);
    return stock.reconcile();
}

Result<bool> StockService::negativeStockAllowed(Database &db)
{
    BOOST_OUTCOME_TRY(value, SettingsRepository(db).get(QStringLiteral("stock.allow_negative"), QStringLiteral("0")));
    return value == QLatin1String("1");
}

} // namespace comptoir
