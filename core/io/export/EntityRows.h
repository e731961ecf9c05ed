#pragma once

#include "domain/Result.h"
#include "io/Cell.h"
#include "io/import/ImportTypes.h"

#include <functional>

namespace comptoir {

class Database;

/**
 * Reads every record of an entity page by page and hands it over as export cells, in
 * the columns of ColumnMapping::fieldNames(entity) (what the import reads back).
 */
class EntityRows {
public:
    using Sink = std::function<Status(const QList<Cell> &)>;
    static Status forEach(Database &db, ImportEntity entity, const Sink &sink);
};

} // namespace comptoir
