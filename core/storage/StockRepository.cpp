#include "storage/StockRepository.h"

#include "domain/Clock.h"
#include "storage/Database.h"
#include "storage/SqlValues.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace comptoir {

namespace {

/** The translation context of this file's messages (lupdate reads it). */
struct StockRepositoryText {
    Q_DECLARE_TR_FUNCTIONS(comptoir::StockRepository)
};

/** Empty text, never NULL: Qt binds a null QString as NULL, which NOT NULL text columns refuse. */

StockMove readMove(const QSqlQuery &q)
{
    StockMove m;
    m.id = q.value(0).toLongLong();
    m.productId = q.value(1).toLongLong();
    m.quantity = q.value(2).toLongLong();
    m.kind = stockMoveKindFromString(q.value(3).toString()).value_or(StockMoveKind::Adjustment);
    m.reason = q.value(4).toString();
    m.supplierId = q.value(5).toLongLong();
    m.saleId = q.value(6).toLongLong();
    m.creditNoteId = q.value(7).toLongLong();
    m.userId = q.value(8).toLongLong();
    m.at = fromIsoUtc(q.value(9).toString());
    return m;
}

} // namespace

Result<qint64> StockRepository::applyMove(const StockMove &move, bool allowNegative)
{
    if (move.quantity == 0)
        return Error::validation(QStringLiteral("quantity"), StockRepositoryText::tr("must not be zero"));

    QSqlQuery current(m_db.connection());
    current.setForwardOnly(true);
    current.prepare(QStringLiteral("SELECT coalesce(l.quantity, 0) FROM product p "
                                   "LEFT JOIN stock_level l ON l.product_id = p.id WHERE p.id = ?"));
    current.addBindValue(move.productId);
    if (!current.exec())
        return databaseError(StockRepositoryText::tr("reading the stock level"), current.lastError().text());
    if (!current.next())
        return Error::notFound(QStringLiteral("product_id"), StockRepositoryText::tr("no product #%1").arg(move.productId));
    const qint64 level = current.value(0).toLongLong();
    current.finish();

    // A delivery onto a negative level is always welcome; only a removal is checked.
    if (move.quantity < 0 && level + move.quantity < 0 && !allowNegative)
        return Error::conflict(QStringLiteral("quantity"),
                               StockRepositoryText::tr("only %1 in stock, cannot take out %2").arg(level).arg(-move.quantity));

    QSqlQuery insert(m_db.connection());
    insert.prepare(QStringLiteral("INSERT INTO stock_move(product_id, quantity, kind, reason, supplier_id, sale_id, "
                                  "credit_note_id, user_id, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    insert.addBindValue(move.productId);
    insert.addBindValue(move.quantity);
    insert.addBindValue(toString(move.kind));
    insert.addBindValue(notNull(move.reason));
    insert.addBindValue(nullIfZero(move.supplierId));
    insert.addBindValue(nullIfZero(move.saleId));
    insert.addBindValue(nullIfZero(move.creditNoteId));
    insert.addBindValue(nullIfZero(move.userId));
    insert.addBindValue(toIsoUtc(move.at));
    if (!insert.exec())
        return databaseError(StockRepositoryText::tr("recording the stock move"), insert.lastError().text());
    const qint64 id = insert.lastInsertId().toLongLong();

    QSqlQuery cache(m_db.connection());
    cache.prepare(QStringLiteral("INSERT INTO stock_level(product_id, quantity, updated_at) VALUES (?, ?, ?) "
                                 "ON CONFLICT(product_id) DO UPDATE SET quantity = quantity + excluded.quantity, "
                                 "updated_at = excluded.updated_at"));
    cache.addBindValue(move.productId);
    cache.addBindValue(move.quantity);
    cache.addBindValue(toIsoUtc(move.at));
    if (!cache.exec())
        return databaseError(StockRepositoryText::tr("updating the stock level"), cache.lastError().text());
    return id;
}

Result<qint64> StockRepository::applyMove(qint64 productId, qint64 signedQty, StockMoveKind kind, const QString &reason,
                                          qint64 saleId, qint64 creditNoteId, qint64 userId, const QDateTime &at,
                                          bool allowNegative)
{
    StockMove move;
    move.productId = productId;
    move.quantity = signedQty;
    move.kind = kind;
    move.reason = reason;
    move.saleId = saleId;
    move.creditNoteId = creditNoteId;
    move.userId = userId;
    move.at = at;
    return applyMove(move, allowNegative);
}

Result<qint64> StockRepository::level(qint64 productId)
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT quantity FROM stock_level WHERE product_id = ?"));
    q.addBindValue(productId);
    if (!q.exec())
        return databaseError(StockRepositoryText::tr("reading the stock level"), q.lastError().text());
    return q.next() ? q.value(0).toLongLong() : 0;
}

Result<qint64> StockRepository::movesTotal(qint64 productId)
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT coalesce(sum(quantity), 0) FROM stock_move WHERE product_id = ?"));
    q.addBindValue(productId);
    if (!q.exec() || !q.next())
        return databaseError(StockRepositoryText::tr("adding up the stock moves"), q.lastError().text());
    return q.value(0).toLongLong();
}

Result<QList<StockMove>> StockRepository::moves(qint64 productId, int offset, int limit)
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, product_id, quantity, kind, reason, supplier_id, sale_id, credit_note_id, "
                             "user_id, at FROM stock_move WHERE product_id = ? "
                             "ORDER BY at DESC, id DESC LIMIT ? OFFSET ?"));
    q.addBindValue(productId);
    q.addBindValue(limit);
    q.addBindValue(offset);
    if (!q.exec())
        return databaseError(StockRepositoryText::tr("listing stock moves"), q.lastError().text());
    QList<StockMove> out;
    while (q.next())
        out.append(readMove(q));
    return out;
}

Result<QList<StockAlert>> StockRepository::belowThreshold()
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT p.id, p.sku, p.name, coalesce(l.quantity, 0), p.reorder_threshold "
                               "FROM product p LEFT JOIN stock_level l ON l.product_id = p.id "
                               "WHERE p.active = 1 AND coalesce(l.quantity, 0) < p.reorder_threshold "
                               "ORDER BY p.name COLLATE NOCASE, p.id")))
        return databaseError(StockRepositoryText::tr("listing products to reorder"), q.lastError().text());
    QList<StockAlert> out;
    while (q.next())
        out.append(StockAlert{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                              q.value(3).toLongLong(), q.value(4).toLongLong()});
    return out;
}

Result<QList<StockDiscrepancy>> StockRepository::reconcile()
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT p.id, coalesce(l.quantity, 0), coalesce(m.total, 0) FROM product p "
                               "LEFT JOIN stock_level l ON l.product_id = p.id "
                               "LEFT JOIN (SELECT product_id, sum(quantity) AS total FROM stock_move "
                               "           GROUP BY product_id) m ON m.product_id = p.id "
                               "WHERE coalesce(l.quantity, 0) <> coalesce(m.total, 0) ORDER BY p.id")))
        return databaseError(StockRepositoryText::tr("reconciling stock levels"), q.lastError().text());
    QList<StockDiscrepancy> out;
    while (q.next())
        out.append(StockDiscrepancy{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong()});
    return out;
}

} // namespace comptoir
