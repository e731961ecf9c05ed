#pragma once

#include "domain/Result.h"

#include <QString>

#include <memory>

struct sqlite3;
struct sqlite3_stmt;

namespace comptoir {

class Database;

/**
 * One forward-only SELECT stepped through the SQLite C API: a whole table streams to an
 * export with no OFFSET paging (which re-reads every skipped row: O(n²)) and no QVariant
 * per value. While it is open the statement holds one read snapshot, so the rows are
 * consistent even without a transaction. Column indexes are 0-based.
 */
class ExportCursor final {
public:
    ~ExportCursor();
    ExportCursor(const ExportCursor &) = delete;
    ExportCursor &operator=(const ExportCursor &) = delete;

    /** Steps to the next row; false at the end or on an error (see status()). */
    bool next();
    /** The error met by next(), if any. */
    const Status &status() const { return m_status; }

    bool isNull(int column) const;
    /** The text of a column; an empty string for NULL. */
    QString text(int column) const;
    qint64 integer(int column) const;

private:
    friend class ExportRepository;
    ExportCursor(sqlite3 *db, sqlite3_stmt *statement, QString what);

    sqlite3 *m_db;
    sqlite3_stmt *m_statement;
    QString m_what;
    Status m_status;
};

using ExportCursorPtr = std::unique_ptr<ExportCursor>;

/**
 * The read side of exports: one streaming query per entity, in the order the lists and
 * the former paged export used (so files do not change from one version to the next).
 * The columns of each query are documented next to it in ExportRepository.cpp and
 * read by position in io/export/EntityRows.cpp.
 */
class ExportRepository final {
public:
    explicit ExportRepository(Database &db) : m_db(db) {}

    /** Customers not merged into another, by name. */
    Result<ExportCursorPtr> customers();
    /** Products by name, with category and supplier names. */
    Result<ExportCursorPtr> products();
    /** Suppliers by name. */
    Result<ExportCursorPtr> suppliers();
    /** Stock moves in the order they were recorded, with product SKU/EAN and supplier name. */
    Result<ExportCursorPtr> stockMoves();
    /**
     * One row per sale line, sales in id order, lines in line order: number, time, customer
     * e-mail and card, SKU, EAN-13, quantity, unit price, discount, VAT rate, seller, sale id.
     */
    Result<ExportCursorPtr> saleLines();
    /** Every payment (sale id, method, amount), in the sales' order of saleLines(), then by id. */
    Result<ExportCursorPtr> salePayments();

    /** How many rows the cursor of `entity` ("customers", "products", ...) returns. */
    Result<qint64> count(const QString &entity);

private:
    Result<ExportCursorPtr> open(const char *sql, const QString &what);

    Database &m_db;
};

} // namespace comptoir
