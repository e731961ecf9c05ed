#pragma once

#include "domain/Result.h"

#include <QStringList>
#include <QVariantList>

#include <functional>

namespace comptoir {

class Database;

/** The tables of a ledger archive, in the order the archive writes them. */
enum class ArchiveTable { Sales, SaleLines, Payments, CreditNotes, CreditNoteLines, Deposits, Closures };

/**
 * All SQL of the yearly ledger archive (`comptoir-cli archive`). Read-only. Rows of year
 * `year` of one store, in chain order (sales and credit notes by number, their lines and
 * payments grouped the same way, closures by id), with the nullable ids of hashed fields
 * given as 0 exactly as the chains hash them.
 */
class ArchiveRepository final {
public:
    explicit ArchiveRepository(Database &db) : m_db(db) {}

    /** The column names of `table`, in the order forEachRow() gives the values. */
    static QStringList columns(ArchiveTable table);

    /**
     * Streams the rows of `table` that belong to `year`: sales and credit notes by
     * business day, their lines and payments with them, deposits by creation date (UTC),
     * closures whose period is in the year (days, months and the year itself).
     * `visit` returns an error to stop.
     */
    Status forEachRow(ArchiveTable table, qint64 storeId, int year,
                      const std::function<Status(const QVariantList &row)> &visit);

    /** Sales, credit notes, deposits and closures of the year (0: nothing to archive). */
    Result<qint64> recordCount(qint64 storeId, int year);
    /** Does a yearly closure of `year` exist? */
    Result<bool> yearClosed(qint64 storeId, int year);

private:
    Database &m_db;
};

} // namespace comptoir
