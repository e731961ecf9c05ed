#include "storage/SaleRepository.h"

#include "domain/ChainHash.h"
#include "domain/Clock.h"
#include "storage/BoundQuery.h"
#include "storage/ChainLinkQuery.h"
#include "storage/Database.h"
#include "storage/SqlValues.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace comptoir {

namespace {

/** The translation context of this file's messages (lupdate reads it). */
struct SaleRepositoryText {
    Q_DECLARE_TR_FUNCTIONS(comptoir::SaleRepository)
};


const char *kSaleColumns = "id, store_id, number, coalesce(customer_id, 0), coalesce(user_id, 0), at, business_day, "
                           "total_cents, total_excl_cents, vat_cents, item_count, imported, prev_hash, hash";

Sale readSale(const QSqlQuery &q)
{
    Sale s;
    s.id = q.value(0).toLongLong();
    s.storeId = q.value(1).toLongLong();
    s.number = q.value(2).toLongLong();
    s.customerId = q.value(3).toLongLong();
    s.userId = q.value(4).toLongLong();
    s.at = fromIsoUtc(q.value(5).toString());
    s.businessDay = QDate::fromString(q.value(6).toString(), Qt::ISODate);
    s.totalCents = q.value(7).toLongLong();
    s.totalExclCents = q.value(8).toLongLong();
    s.vatCents = q.value(9).toLongLong();
    s.itemCount = q.value(10).toLongLong();
    s.imported = q.value(11).toInt() != 0;
    s.prevHash = q.value(12).toString();
    s.hash = q.value(13).toString();
    return s;
}

const char *kSaleLineColumns = "id, sale_id, line_no, product_id, quantity, unit_price_cents, discount_cents, "
                           "override_reason, vat_rate_bp, total_cents";

SaleLine readSaleLine(const QSqlQuery &q)
{
    SaleLine l;
    l.id = q.value(0).toLongLong();
    l.saleId = q.value(1).toLongLong();
    l.lineNo = q.value(2).toInt();
    l.productId = q.value(3).toLongLong();
    l.quantity = q.value(4).toLongLong();
    l.unitPriceCents = q.value(5).toLongLong();
    l.discountCents = q.value(6).toLongLong();
    l.overrideReason = q.value(7).toString();
    l.vatRateBp = q.value(8).toInt();
    l.totalCents = q.value(9).toLongLong();
    return l;
}

const char *kPaymentColumns = "id, sale_id, method, amount_cents, tendered_cents, change_cents, "
                              "coalesce(credit_note_id, 0), coalesce(deposit_id, 0)";

Payment readPayment(const QSqlQuery &q)
{
    Payment p;
    p.id = q.value(0).toLongLong();
    p.saleId = q.value(1).toLongLong();
    p.method = paymentMethodFromString(q.value(2).toString()).value_or(PaymentMethod::Card);
    p.amountCents = q.value(3).toLongLong();
    p.tenderedCents = q.value(4).toLongLong();
    p.changeCents = q.value(5).toLongLong();
    p.creditNoteId = q.value(6).toLongLong();
    p.depositId = q.value(7).toLongLong();
    return p;
}

} // namespace

Result<ChainLink> SaleRepository::nextLink(qint64 storeId)
{
    return chainLinkAfterLast(m_db, QStringLiteral("SELECT number, hash FROM sale WHERE store_id = ? ORDER BY number DESC LIMIT 1"),
                              storeId, SaleRepositoryText::tr("reading the last sale"));
}

Status SaleRepository::insert(Sale &sale)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO sale(store_id, number, customer_id, user_id, at, business_day, total_cents, "
                             "total_excl_cents, vat_cents, item_count, imported, prev_hash, hash) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(sale.storeId);
    q.addBindValue(sale.number);
    q.addBindValue(nullIfZero(sale.customerId));
    q.addBindValue(nullIfZero(sale.userId));
    q.addBindValue(toIsoUtc(sale.at));
    q.addBindValue(sale.businessDay.toString(Qt::ISODate));
    q.addBindValue(sale.totalCents);
    q.addBindValue(sale.totalExclCents);
    q.addBindValue(sale.vatCents);
    q.addBindValue(sale.itemCount);
    q.addBindValue(sale.imported ? 1 : 0);
    q.addBindValue(sale.prevHash);
    q.addBindValue(sale.hash);
    if (!q.exec())
        return databaseError(SaleRepositoryText::tr("saving the sale"), q.lastError().text());
    sale.id = q.lastInsertId().toLongLong();

    QSqlQuery line(m_db.connection());
    line.prepare(QStringLiteral("INSERT INTO sale_line(sale_id, line_no, product_id, quantity, unit_price_cents, "
                                "discount_cents, override_reason, vat_rate_bp, total_cents) "
                                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (SaleLine &l : sale.lines) {
        l.saleId = sale.id;
        line.addBindValue(sale.id);
        line.addBindValue(l.lineNo);
        line.addBindValue(l.productId);
        line.addBindValue(l.quantity);
        line.addBindValue(l.unitPriceCents);
        line.addBindValue(l.discountCents);
        line.addBindValue(l.overrideReason.isNull() ? QStringLiteral("") : l.overrideReason);
        line.addBindValue(l.vatRateBp);
        line.addBindValue(l.totalCents);
        if (!line.exec())
            return databaseError(SaleRepositoryText::tr("saving line %1 of the sale").arg(l.lineNo), line.lastError().text());
        l.id = line.lastInsertId().toLongLong();
    }

    QSqlQuery pay(m_db.connection());
    pay.prepare(QStringLiteral("INSERT INTO payment(sale_id, method, amount_cents, tendered_cents, change_cents, "
                               "credit_note_id, deposit_id) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    for (Payment &p : sale.payments) {
        p.saleId = sale.id;
        pay.addBindValue(sale.id);
        pay.addBindValue(toString(p.method));
        pay.addBindValue(p.amountCents);
        pay.addBindValue(p.tenderedCents);
        pay.addBindValue(p.changeCents);
        pay.addBindValue(nullIfZero(p.creditNoteId));
        pay.addBindValue(nullIfZero(p.depositId));
        if (!pay.exec())
            return databaseError(SaleRepositoryText::tr("saving a payment of the sale"), pay.lastError().text());
        p.id = pay.lastInsertId().toLongLong();
    }
    return {};
}

Result<std::optional<Sale>> SaleRepository::findOne(const QString &where, const QVariantList &values)
{
    QSqlQuery q(m_db.connection());
    BOOST_OUTCOME_TRYV(execBound(q, QStringLiteral("SELECT ") + QLatin1String(kSaleColumns) + QStringLiteral(" FROM sale WHERE ") + where,
                                 values, SaleRepositoryText::tr("reading a sale")));
    if (!q.next())
        return std::optional<Sale>();
    Sale sale = readSale(q);
    q.finish();

    QSqlQuery lines(m_db.connection());
    lines.prepare(QStringLiteral("SELECT ") + QLatin1String(kSaleLineColumns) + QStringLiteral(" FROM sale_line WHERE sale_id = ? ORDER BY line_no"));
    lines.addBindValue(sale.id);
    if (!lines.exec())
        return databaseError(SaleRepositoryText::tr("reading the sale's lines"), lines.lastError().text());
    while (lines.next())
        sale.lines.append(readSaleLine(lines));

    QSqlQuery pays(m_db.connection());
    pays.prepare(QStringLiteral("SELECT ") + QLatin1String(kPaymentColumns) + QStringLiteral(" FROM payment WHERE sale_id = ? ORDER BY id"));
    pays.addBindValue(sale.id);
    if (!pays.exec())
        return databaseError(SaleRepositoryText::tr("reading the sale's payments"), pays.lastError().text());
    while (pays.next())
        sale.payments.append(readPayment(pays));
    return std::optional<Sale>(std::move(sale));
}

Result<std::optional<Sale>> SaleRepository::findById(qint64 id)
{
    return findOne(QStringLiteral("id = ?"), {id});
}

Result<std::optional<Sale>> SaleRepository::findByNumber(qint64 storeId, qint64 number)
{
    return findOne(QStringLiteral("store_id = ? AND number = ?"), {storeId, number});
}

Result<qint64> SaleRepository::storeCreditUsed(qint64 creditNoteId)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT coalesce(sum(amount_cents), 0) FROM payment WHERE credit_note_id = ?"));
    q.addBindValue(creditNoteId);
    if (!q.exec() || !q.next())
        return databaseError(SaleRepositoryText::tr("reading the store credit used"), q.lastError().text());
    return q.value(0).toLongLong();
}

Result<bool> SaleRepository::dayClosed(qint64 storeId, const QDate &day)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT 1 FROM closure WHERE store_id = ? AND kind = 'day' AND period = ?"));
    q.addBindValue(storeId);
    q.addBindValue(day.toString(Qt::ISODate));
    if (!q.exec())
        return databaseError(SaleRepositoryText::tr("reading the closures"), q.lastError().text());
    return q.next();
}

Status SaleRepository::forEach(const std::function<bool(const Sale &)> &visit)
{
    QSqlQuery sales(m_db.connection());
    QSqlQuery lines(m_db.connection());
    QSqlQuery pays(m_db.connection());
    sales.setForwardOnly(true);
    lines.setForwardOnly(true);
    pays.setForwardOnly(true);
    if (!sales.exec(QStringLiteral("SELECT ") + QLatin1String(kSaleColumns) + QStringLiteral(" FROM sale ORDER BY id"))
        || !lines.exec(QStringLiteral("SELECT ") + QLatin1String(kSaleLineColumns) + QStringLiteral(" FROM sale_line ORDER BY sale_id, line_no"))
        || !pays.exec(QStringLiteral("SELECT ") + QLatin1String(kPaymentColumns) + QStringLiteral(" FROM payment ORDER BY sale_id, id")))
        return databaseError(SaleRepositoryText::tr("reading the sales"), sales.lastError().text() + lines.lastError().text()
                                                          + pays.lastError().text());
    bool hasLine = lines.next();
    bool hasPay = pays.next();
    while (sales.next()) {
        Sale sale = readSale(sales);
        // Rows of a sale id that has no sale (impossible with foreign keys) are skipped.
        while (hasLine && lines.value(1).toLongLong() < sale.id)
            hasLine = lines.next();
        while (hasLine && lines.value(1).toLongLong() == sale.id) {
            sale.lines.append(readSaleLine(lines));
            hasLine = lines.next();
        }
        while (hasPay && pays.value(1).toLongLong() < sale.id)
            hasPay = pays.next();
        while (hasPay && pays.value(1).toLongLong() == sale.id) {
            sale.payments.append(readPayment(pays));
            hasPay = pays.next();
        }
        if (!visit(sale))
            break;
    }
    return {};
}

} // namespace comptoir
