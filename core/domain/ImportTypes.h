#pragma once

#include <QList>
#include <QMap>
#include <QString>

#include <atomic>
#include <functional>
#include <optional>

namespace comptoir {

/**
 * What a file holds: one kind of record per import or export. Sales are historical sales,
 * one row per sale LINE; consecutive rows with the same sale key form one sale.
 */
enum class ImportEntity { Customers, Products, Suppliers, StockMoves, Sales, Appointments, Complaints };

/** "customers", "products", "suppliers", "stock-moves", "sales", "appointments", "complaints". */
QString toString(ImportEntity entity);
/** Also accepts "stock_moves", "stock", "sale-lines", French names and singular forms; nullopt otherwise. */
std::optional<ImportEntity> importEntityFromString(const QString &text);
QList<ImportEntity> allImportEntities();

/** What to do with a customer (or product) already in the store. */
enum class DuplicatePolicy { Skip, Update, Create };
std::optional<DuplicatePolicy> duplicatePolicyFromString(const QString &text);

/** One rejected row (or a file-level problem, then `line` is the header's line). */
struct ImportProblem {
    qint64 line = 0;
    /** The column as named in the file; empty when the whole row is at fault. */
    QString column;
    QString reason;
};

/** Field name (see ColumnMapping::fields) → column name as written in the file. */
using ImportMapping = QMap<QString, QString>;

/** How ImportService::run imports. */
struct ImportOptions {
    /** Empty: guessed from the header (ColumnMapping::guess). */
    ImportMapping mapping;
    /** Validate and try every row, then roll back: the report is exact, nothing is written. */
    bool dryRun = false;
    /** Write the valid rows and reject the others; otherwise one bad row writes nothing. */
    bool skipInvalid = false;
    DuplicatePolicy onDuplicate = DuplicatePolicy::Skip;
    /** With skipInvalid: the rejected rows go there, with an extra column "reason". */
    QString rejectsPath;
    /** Set from another thread to stop; checked between batches; nothing is written. */
    const std::atomic<bool> *cancel = nullptr;
    /** Called between batches with the rows and bytes read so far. */
    std::function<void(qint64 rows, qint64 bytes)> progress;
    /** Rows between two cancellation checks and progress calls. */
    int batchSize = 2000;
};

/** What an import did (or, for a dry run, would do). */
struct ImportReport {
    qint64 read = 0;     ///< data rows read (blank rows not counted)
    qint64 imported = 0; ///< rows created
    qint64 updated = 0;  ///< existing records updated (DuplicatePolicy::Update)
    qint64 skipped = 0;  ///< duplicates left alone (DuplicatePolicy::Skip)
    qint64 rejected = 0; ///< rows with a problem
    /** Records made of several rows (sales) written; their rows are counted in `imported`. */
    qint64 importedGroups = 0;
    /** Such records rejected (every row of a rejected sale is counted in `rejected`). */
    qint64 rejectedGroups = 0;
    QList<ImportProblem> problems;
    ImportMapping mapping; ///< the mapping used
    bool committed = false; ///< something was written
    bool cancelled = false;
};

} // namespace comptoir
