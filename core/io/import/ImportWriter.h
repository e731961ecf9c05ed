#pragma once

#include "domain/Clock.h"
#include "domain/Result.h"
#include "io/import/ImportRow.h"

#include <memory>

namespace comptoir {

class Database;

/** What writing one valid row did. */
enum class RowOutcome { Created, Updated, Skipped };

/**
 * Writes the rows of one entity inside the import's transaction (it opens none):
 * validates the row with the domain rules, resolves references (product by SKU or
 * EAN-13, supplier and category by name) and handles duplicates. An error names the
 * field at fault; nothing of that row is written then.
 */
class ImportWriter {
public:
    virtual ~ImportWriter() = default;
    /** Loads what the writer looks up (existing keys); called once inside the transaction. */
    virtual Status prepare() { return {}; }
    virtual Result<RowOutcome> write(const ImportRow &row) = 0;
    /** Work left for after the last row (the customer search index). */
    virtual Status finish() { return {}; }

    static std::unique_ptr<ImportWriter> create(ImportEntity entity, Database &db, const QDateTime &now,
                                                qint64 userId, DuplicatePolicy onDuplicate);
};

} // namespace comptoir
