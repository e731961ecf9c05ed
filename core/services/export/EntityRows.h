#pragma once

#include "domain/ImportTypes.h"
#include "domain/Result.h"
#include "io/Cell.h"

#include <QStringList>

#include <functional>

namespace comptoir {

class Database;
struct Customer;

/**
 * Streams every record of an entity as export cells, from one forward-only query each
 * (ExportRepository): no paging, so 1M rows cost the same per row as 1k.
 *
 * Entities: "customers", "products", "suppliers", "stock-moves" (columns: the import
 * field names, ColumnMapping::fieldNames, so an export imports back as is) and "sales"
 * (one row per sale line; columns in io/export/SaleLineRows.h).
 */
class EntityRows {
public:
    /** Receives each row; a failed Status stops the export with that error. */
    using Sink = std::function<Status(const QList<Cell> &)>;

    static Status forEach(Database &db, ImportEntity entity, const Sink &sink);
    static Status forEach(Database &db, const QString &entity, const Sink &sink);

    /** The entities that can be exported, by name. */
    static QStringList entities();
    /** "customers", or "sales" for "sale-lines" / "sale_lines"; empty when not exportable. */
    static QString canonicalName(const QString &entity);
    /** The header of an entity's export. */
    static QStringList columns(const QString &entity);
    /** True when the rows name or identify customers (export needs "customer.export"). */
    static bool containsCustomerData(const QString &entity);

    /** One customer in the columns of the "customers" export (for filtered lists). */
    static QList<Cell> customerCells(const Customer &customer);
};

/** A VAT rate in basis points as the import reads it: 2000 → "20", 550 → "5,5". */
QString vatRateText(int basisPoints);

} // namespace comptoir
