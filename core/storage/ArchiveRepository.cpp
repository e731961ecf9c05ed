#include "storage/ArchiveRepository.h"

#include "storage/Database.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>

namespace comptoir {

namespace {

/** The translation context of this file's messages (lupdate reads it). */
struct ArchiveRepositoryText {
    Q_DECLARE_TR_FUNCTIONS(comptoir::ArchiveRepository)
};

/** One table: its archive columns (SQL expressions AS names) and the FROM ... ORDER BY rest. */
struct TableSql {
    QStringList columns;
    QStringList expressions;
    QString fromWhereOrder; ///< binds: store id (unless !byStore), first day, day after the year
    bool byStore = true;
};

// The year's sales: business_day in [first, after) of the store, in number order. The
// lines and payments follow the same order, so a reader can stream the three side by side.
const char *kSaleFilter = "s.store_id = ? AND s.business_day >= ? AND s.business_day < ?";
const char *kNoteFilter = "c.store_id = ? AND c.business_day >= ? AND c.business_day < ?";

TableSql tableSql(ArchiveTable table)
{
    switch (table) {
    case ArchiveTable::Sales:
        return {{QStringLiteral("id"), QStringLiteral("store_id"), QStringLiteral("number"), QStringLiteral("customer_id"),
                 QStringLiteral("user_id"), QStringLiteral("at"), QStringLiteral("business_day"),
                 QStringLiteral("total_cents"), QStringLiteral("total_excl_cents"), QStringLiteral("vat_cents"),
                 QStringLiteral("item_count"), QStringLiteral("imported"), QStringLiteral("prev_hash"),
                 QStringLiteral("hash")},
                {QStringLiteral("s.id"), QStringLiteral("s.store_id"), QStringLiteral("s.number"),
                 QStringLiteral("coalesce(s.customer_id, 0)"), QStringLiteral("coalesce(s.user_id, 0)"),
                 QStringLiteral("s.at"), QStringLiteral("s.business_day"), QStringLiteral("s.total_cents"),
                 QStringLiteral("s.total_excl_cents"), QStringLiteral("s.vat_cents"), QStringLiteral("s.item_count"),
                 QStringLiteral("s.imported"), QStringLiteral("s.prev_hash"), QStringLiteral("s.hash")},
                QStringLiteral("FROM sale s WHERE ") + QLatin1String(kSaleFilter) + QStringLiteral(" ORDER BY s.number")};
    case ArchiveTable::SaleLines:
        return {{QStringLiteral("id"), QStringLiteral("sale_id"), QStringLiteral("line_no"), QStringLiteral("product_id"),
                 QStringLiteral("quantity"), QStringLiteral("unit_price_cents"), QStringLiteral("discount_cents"),
                 QStringLiteral("override_reason"), QStringLiteral("vat_rate_bp"), QStringLiteral("total_cents")},
                {QStringLiteral("l.id"), QStringLiteral("l.sale_id"), QStringLiteral("l.line_no"),
                 QStringLiteral("l.product_id"), QStringLiteral("l.quantity"), QStringLiteral("l.unit_price_cents"),
                 QStringLiteral("l.discount_cents"), QStringLiteral("l.override_reason"), QStringLiteral("l.vat_rate_bp"),
                 QStringLiteral("l.total_cents")},
                QStringLiteral("FROM sale s JOIN sale_line l ON l.sale_id = s.id WHERE ") + QLatin1String(kSaleFilter)
                    + QStringLiteral(" ORDER BY s.number, l.line_no")};
    case ArchiveTable::Payments:
        return {{QStringLiteral("id"), QStringLiteral("sale_id"), QStringLiteral("method"), QStringLiteral("amount_cents"),
                 QStringLiteral("tendered_cents"), QStringLiteral("change_cents"), QStringLiteral("credit_note_id"),
                 QStringLiteral("deposit_id")},
                {QStringLiteral("p.id"), QStringLiteral("p.sale_id"), QStringLiteral("p.method"),
                 QStringLiteral("p.amount_cents"), QStringLiteral("p.tendered_cents"), QStringLiteral("p.change_cents"),
                 QStringLiteral("coalesce(p.credit_note_id, 0)"), QStringLiteral("coalesce(p.deposit_id, 0)")},
                QStringLiteral("FROM sale s JOIN payment p ON p.sale_id = s.id WHERE ") + QLatin1String(kSaleFilter)
                    + QStringLiteral(" ORDER BY s.number, p.id")};
    case ArchiveTable::CreditNotes:
        return {{QStringLiteral("id"), QStringLiteral("store_id"), QStringLiteral("number"), QStringLiteral("sale_id"),
                 QStringLiteral("customer_id"), QStringLiteral("user_id"), QStringLiteral("approved_by"),
                 QStringLiteral("at"), QStringLiteral("business_day"), QStringLiteral("total_cents"),
                 QStringLiteral("vat_cents"), QStringLiteral("refund_method"), QStringLiteral("reason"),
                 QStringLiteral("prev_hash"), QStringLiteral("hash")},
                {QStringLiteral("c.id"), QStringLiteral("c.store_id"), QStringLiteral("c.number"), QStringLiteral("c.sale_id"),
                 QStringLiteral("coalesce(c.customer_id, 0)"), QStringLiteral("coalesce(c.user_id, 0)"),
                 QStringLiteral("coalesce(c.approved_by, 0)"), QStringLiteral("c.at"), QStringLiteral("c.business_day"),
                 QStringLiteral("c.total_cents"), QStringLiteral("c.vat_cents"), QStringLiteral("c.refund_method"),
                 QStringLiteral("c.reason"), QStringLiteral("c.prev_hash"), QStringLiteral("c.hash")},
                QStringLiteral("FROM credit_note c WHERE ") + QLatin1String(kNoteFilter) + QStringLiteral(" ORDER BY c.number")};
    case ArchiveTable::CreditNoteLines:
        return {{QStringLiteral("id"), QStringLiteral("credit_note_id"), QStringLiteral("sale_line_id"),
                 QStringLiteral("quantity"), QStringLiteral("total_cents"), QStringLiteral("restock")},
                {QStringLiteral("l.id"), QStringLiteral("l.credit_note_id"), QStringLiteral("l.sale_line_id"),
                 QStringLiteral("l.quantity"), QStringLiteral("l.total_cents"), QStringLiteral("l.restock")},
                QStringLiteral("FROM credit_note c JOIN credit_note_line l ON l.credit_note_id = c.id WHERE ")
                    + QLatin1String(kNoteFilter) + QStringLiteral(" ORDER BY c.number, l.id")};
    case ArchiveTable::Deposits:
        // Deposits have no store column (one store per database) nor chain.
        return {{QStringLiteral("id"), QStringLiteral("kind"), QStringLiteral("customer_id"),
                 QStringLiteral("appointment_id"), QStringLiteral("order_ref"), QStringLiteral("amount_cents"),
                 QStringLiteral("method"), QStringLiteral("status"), QStringLiteral("user_id"),
                 QStringLiteral("created_at"), QStringLiteral("closed_at"), QStringLiteral("sale_id")},
                {QStringLiteral("d.id"), QStringLiteral("d.kind"), QStringLiteral("d.customer_id"),
                 QStringLiteral("d.appointment_id"), QStringLiteral("d.order_ref"), QStringLiteral("d.amount_cents"),
                 QStringLiteral("d.method"), QStringLiteral("d.status"), QStringLiteral("d.user_id"),
                 QStringLiteral("d.created_at"), QStringLiteral("d.closed_at"), QStringLiteral("d.sale_id")},
                QStringLiteral("FROM deposit d WHERE d.created_at >= ? AND d.created_at < ? ORDER BY d.id"), false};
    case ArchiveTable::Closures:
        return {{QStringLiteral("id"), QStringLiteral("store_id"), QStringLiteral("kind"), QStringLiteral("period"),
                 QStringLiteral("at"), QStringLiteral("user_id"), QStringLiteral("sales_count"),
                 QStringLiteral("returns_count"), QStringLiteral("total_cents"), QStringLiteral("returns_cents"),
                 QStringLiteral("grand_total_cents"), QStringLiteral("details"), QStringLiteral("prev_hash"),
                 QStringLiteral("hash")},
                {QStringLiteral("k.id"), QStringLiteral("k.store_id"), QStringLiteral("k.kind"), QStringLiteral("k.period"),
                 QStringLiteral("k.at"), QStringLiteral("coalesce(k.user_id, 0)"), QStringLiteral("k.sales_count"),
                 QStringLiteral("k.returns_count"), QStringLiteral("k.total_cents"), QStringLiteral("k.returns_cents"),
                 QStringLiteral("k.grand_total_cents"), QStringLiteral("k.details"), QStringLiteral("k.prev_hash"),
                 QStringLiteral("k.hash")},
                // Periods are YYYY-MM-DD, YYYY-MM or YYYY: the year's ones sort in [YYYY, YYYY+1).
                QStringLiteral("FROM closure k WHERE k.store_id = ? AND k.period >= substr(?, 1, 4) "
                               "AND k.period < substr(?, 1, 4) ORDER BY k.id")};
    }
    return {};
}

QString firstDay(int year)
{
    return QStringLiteral("%1-01-01").arg(year, 4, 10, QLatin1Char('0'));
}

} // namespace

QStringList ArchiveRepository::columns(ArchiveTable table)
{
    return tableSql(table).columns;
}

Status ArchiveRepository::forEachRow(ArchiveTable table, qint64 storeId, int year,
                                     const std::function<Status(const QVariantList &row)> &visit)
{
    const TableSql sql = tableSql(table);
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.prepare(QStringLiteral("SELECT ") + sql.expressions.join(QStringLiteral(", ")) + QLatin1Char(' ')
                   + sql.fromWhereOrder))
        return databaseError(ArchiveRepositoryText::tr("reading the ledger to archive"), q.lastError().text());
    if (sql.byStore)
        q.addBindValue(storeId);
    q.addBindValue(firstDay(year));
    q.addBindValue(firstDay(year + 1));
    if (!q.exec())
        return databaseError(ArchiveRepositoryText::tr("reading the ledger to archive"), q.lastError().text());
    const int n = int(sql.columns.size());
    QVariantList row;
    while (q.next()) {
        row.clear();
        for (int i = 0; i < n; ++i)
            row.append(q.value(i));
        BOOST_OUTCOME_TRYV(visit(row));
    }
    if (q.lastError().isValid())
        return databaseError(ArchiveRepositoryText::tr("reading the ledger to archive"), q.lastError().text());
    return {};
}

Result<qint64> ArchiveRepository::recordCount(qint64 storeId, int year)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "SELECT (SELECT count(*) FROM sale WHERE store_id = ? AND business_day >= ? AND business_day < ?)"
        " + (SELECT count(*) FROM credit_note WHERE store_id = ? AND business_day >= ? AND business_day < ?)"
        " + (SELECT count(*) FROM deposit WHERE ? > 0 AND created_at >= ? AND created_at < ?)"
        " + (SELECT count(*) FROM closure WHERE store_id = ? AND period >= substr(?, 1, 4) AND period < substr(?, 1, 4))"));
    for (int i = 0; i < 4; ++i) {
        q.addBindValue(storeId);
        q.addBindValue(firstDay(year));
        q.addBindValue(firstDay(year + 1));
    }
    if (!q.exec() || !q.next())
        return databaseError(ArchiveRepositoryText::tr("counting the records to archive"), q.lastError().text());
    return q.value(0).toLongLong();
}

Result<bool> ArchiveRepository::yearClosed(qint64 storeId, int year)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT 1 FROM closure WHERE store_id = ? AND kind = 'year' AND period = ?"));
    q.addBindValue(storeId);
    q.addBindValue(QString::number(year));
    if (!q.exec())
        return databaseError(ArchiveRepositoryText::tr("reading the closures"), q.lastError().text());
    return q.next();
}

} // namespace comptoir
