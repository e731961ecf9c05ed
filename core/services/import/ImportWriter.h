#pragma once

#include "domain/Clock.h"
#include "domain/Result.h"
#include "io/CsvRow.h"
#include "io/import/ImportRow.h"
#include "storage/BulkIndexes.h"

#include <memory>
#include <vector>

namespace comptoir {

class Database;

/** What writing one valid row did. */
enum class RowOutcome { Created, Updated, Skipped };

/** A problem with one row of a group (a line of a sale): its file line, field and reason. */
struct RowProblem {
    qint64 line = 0;
    QString field; ///< empty when the whole row (or the group) is at fault
    QString reason;
};

/**
 * Writes the rows of one entity inside the import's transaction (it opens none):
 * validates the row with the domain rules, resolves references (product by SKU or
 * EAN-13, supplier and category by name) and handles duplicates. An error names the
 * field at fault; nothing of that row is written then.
 */
class ImportWriter {
public:
    virtual ~ImportWriter() = default;
    /** The average size of a line of an import file, to guess a file's line count from its size. */
    static constexpr qint64 kBytesPerLine = 60;
    /** Whether a file of `bytes` is a bulk load: its indexes are rebuilt once, and it runs in BulkLoadMode. */
    static bool isBulkLoad(qint64 bytes) { return bytes / kBytesPerLine > BulkIndexes::kWorthAbove; }
    /** The size of the file in bytes (0: unknown), given before prepare(): a big load may rebuild indexes once. */
    virtual void setSizeHint(qint64 bytes) { Q_UNUSED(bytes); }
    /** Loads what the writer looks up (existing keys); called once inside the transaction. */
    virtual Status prepare() { return {}; }
    virtual Result<RowOutcome> write(const ImportRow &row) = 0;
    /** Work left for after the last row (the customer search index). */
    virtual Status finish() { return {}; }

    /**
     * Writers of records spread over consecutive rows (a sale and its lines) return true:
     * the service then gives them whole groups through writeGroup() instead of write().
     */
    virtual bool grouped() const { return false; }
    /** The key tying `row` to its group (the sale key); rows with equal keys in a row form one group. */
    virtual QString groupKey(const ImportRow &row) const
    {
        Q_UNUSED(row);
        return QString();
    }
    /**
     * Validates and writes one group; `row` is the reader to point at each record. Every
     * problem found goes to `problems` (all of them, not only the first); with any problem
     * nothing of the group is written. An error result is fatal (the database failed).
     */
    virtual Status writeGroup(ImportRow &row, const std::vector<CsvRow> &rows, QList<RowProblem> &problems)
    {
        Q_UNUSED(row);
        Q_UNUSED(rows);
        Q_UNUSED(problems);
        return {};
    }

    static std::unique_ptr<ImportWriter> create(ImportEntity entity, Database &db, const QDateTime &now,
                                                qint64 userId, DuplicatePolicy onDuplicate);
};

} // namespace comptoir
