#include "storage/ExportRepository.h"

#include "storage/Database.h"

#include <QCoreApplication>

#include <sqlite3.h>

namespace comptoir {

namespace {

/** The translation context of this file's messages (lupdate reads it). */
struct ExportRepositoryText {
    Q_DECLARE_TR_FUNCTIONS(comptoir::ExportRepository)
};

// Columns: title, first_name, last_name, email, phone, address, postal_code, city,
// birth_date, loyalty_card, status, source_channel, notes. The order is the customer
// list's, served by the customer_name_postal index (no sort).
const char *const kCustomers =
    "SELECT c.title, c.first_name, c.last_name, c.email, c.phone, c.address, c.postal_code, c.city, "
    "c.birth_date, c.loyalty_card, c.status, c.source_channel, c.notes "
    "FROM customer c WHERE c.merged_into IS NULL "
    "ORDER BY c.last_name COLLATE NOCASE, c.first_name COLLATE NOCASE, c.postal_code, c.id";

// Columns: sku, ean13, name, category, supplier, price_cents, vat_rate_bp, cost_cents,
// reorder_threshold, active.
const char *const kProducts =
    "SELECT p.sku, p.ean13, p.name, coalesce(c.name, ''), coalesce(s.name, ''), p.price_cents, p.vat_rate_bp, "
    "p.cost_cents, p.reorder_threshold, p.active "
    "FROM product p LEFT JOIN category c ON c.id = p.category_id LEFT JOIN supplier s ON s.id = p.supplier_id "
    "ORDER BY p.name COLLATE NOCASE, p.id";

// Columns: name, contact, email, phone, address, postal_code, city.
const char *const kSupplierExport =
    "SELECT name, contact, email, phone, address, postal_code, city FROM supplier ORDER BY name COLLATE NOCASE, id";

// Columns: sku, ean13, quantity (signed, as stored), kind, reason, supplier, at.
const char *const kStockMoves =
    "SELECT p.sku, p.ean13, m.quantity, m.kind, m.reason, coalesce(s.name, ''), m.at "
    "FROM stock_move m JOIN product p ON p.id = m.product_id LEFT JOIN supplier s ON s.id = m.supplier_id "
    "ORDER BY m.id";

// Columns: number, at, customer email, customer loyalty card, sku, ean13, quantity,
// unit_price_cents, discount_cents, vat_rate_bp, payment method (the largest payment of
// the sale), staff login. Sales are walked by id and their lines through the
// (sale_id, line_no) unique index, so nothing is sorted.
const char *const kSaleLines =
    "SELECT s.number, s.at, c.email, c.loyalty_card, p.sku, p.ean13, l.quantity, l.unit_price_cents, "
    "l.discount_cents, l.vat_rate_bp, u.login, s.id "
    "FROM sale s JOIN sale_line l ON l.sale_id = s.id JOIN product p ON p.id = l.product_id "
    "LEFT JOIN customer c ON c.id = s.customer_id LEFT JOIN app_user u ON u.id = s.user_id "
    "ORDER BY s.id, l.line_no";

// In the order of kSaleLines' sales, so that both are read side by side.
const char *const kSalePayments = "SELECT sale_id, method, amount_cents FROM payment ORDER BY sale_id, id";

} // namespace

ExportCursor::ExportCursor(sqlite3 *db, sqlite3_stmt *statement, QString what)
    : m_db(db), m_statement(statement), m_what(std::move(what))
{
}

ExportCursor::~ExportCursor()
{
    sqlite3_finalize(m_statement);
}

bool ExportCursor::next()
{
    if (!m_statement || !m_status)
        return false;
    const int rc = sqlite3_step(m_statement);
    if (rc == SQLITE_ROW)
        return true;
    if (rc != SQLITE_DONE)
        m_status = databaseError(ExportRepositoryText::tr("reading %1").arg(m_what), QString::fromUtf8(sqlite3_errmsg(m_db)));
    sqlite3_finalize(m_statement); // ends the read snapshot at once
    m_statement = nullptr;
    return false;
}

bool ExportCursor::isNull(int column) const
{
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

QString ExportCursor::text(int column) const
{
    const auto *bytes = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    if (!bytes)
        return QString();
    return QString::fromUtf8(bytes, sqlite3_column_bytes(m_statement, column));
}

qint64 ExportCursor::integer(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

Result<ExportCursorPtr> ExportRepository::open(const char *sql, const QString &what)
{
    sqlite3 *db = m_db.handle();
    if (!db)
        return Error::database(ExportRepositoryText::tr("no SQLite handle for reading %1").arg(what));
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(db, sql, -1, &statement, nullptr) != SQLITE_OK)
        return databaseError(ExportRepositoryText::tr("reading %1").arg(what), QString::fromUtf8(sqlite3_errmsg(db)));
    return ExportCursorPtr(new ExportCursor(db, statement, what));
}

Result<ExportCursorPtr> ExportRepository::customers()
{
    return open(kCustomers, QStringLiteral("customers"));
}

Result<ExportCursorPtr> ExportRepository::products()
{
    return open(kProducts, QStringLiteral("products"));
}

Result<ExportCursorPtr> ExportRepository::suppliers()
{
    return open(kSupplierExport, QStringLiteral("suppliers"));
}

Result<ExportCursorPtr> ExportRepository::stockMoves()
{
    return open(kStockMoves, QStringLiteral("stock moves"));
}

Result<ExportCursorPtr> ExportRepository::saleLines()
{
    return open(kSaleLines, QStringLiteral("sale lines"));
}

Result<ExportCursorPtr> ExportRepository::salePayments()
{
    return open(kSalePayments, QStringLiteral("payments"));
}

Result<qint64> ExportRepository::count(const QString &entity)
{
    const char *sql = nullptr;
    if (entity == u"customers")
        sql = "SELECT count(*) FROM customer WHERE merged_into IS NULL";
    else if (entity == u"products")
        sql = "SELECT count(*) FROM product";
    else if (entity == u"suppliers")
        sql = "SELECT count(*) FROM supplier";
    else if (entity == u"stock-moves")
        sql = "SELECT count(*) FROM stock_move";
    else if (entity == u"sales")
        sql = "SELECT count(*) FROM sale_line";
    else
        return Error::validation(QStringLiteral("entity"), ExportRepositoryText::tr("nothing to count for \"%1\"").arg(entity));
    BOOST_OUTCOME_TRY(cursor, open(sql, entity));
    if (!cursor->next())
        return cursor->status().ok() ? qint64(0) : Result<qint64>(cursor->status().error());
    return cursor->integer(0);
}

} // namespace comptoir
