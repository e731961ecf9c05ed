#pragma once

#include "domain/Customer.h"
#include "domain/ImportTypes.h"
#include "domain/Product.h"
#include "domain/StockMove.h"
#include "domain/Supplier.h"

#include <QDateTime>
#include <QStringList>

namespace comptoir {

/** A product row before its category and supplier names are resolved. */
struct ProductRow {
    ProductInput input;
    QString category;
    QString supplier;
};

/** A stock-move row before its product and supplier are resolved. */
struct StockMoveRow {
    QString sku;
    QString ean13;
    StockMove move; ///< productId and supplierId still 0
    QString supplier;
};

/**
 * One data record seen through a resolved mapping: the cells by field name, trimmed
 * and with the formula protection an export adds removed. The parse functions read
 * the fields of an entity and validate them with the domain rules; their error names
 * the field at fault.
 */
class ImportRow {
public:
    ImportRow(ImportEntity entity, QList<int> indexes);
    void setFields(const QStringList *fields) { m_fields = fields; }

    /** The cell of `field`; empty when unmapped or missing. */
    QString text(QLatin1String field) const;
    /** The file column of `field`, -1 when it is not mapped. Look it up once, then use cell(). */
    int columnOf(QLatin1String field) const;
    /** The cell at file column `column` (see columnOf()), trimmed and unprotected; empty when -1 or missing. */
    QString cell(int column) const;

    /** "20", "5,5", "5.5 %", "2,1%" → basis points (2000, 550...); the error names `field`. */
    static Result<int> vatRate(const QString &text, const QString &field);

    Result<CustomerInput> customer(const QDate &today) const;
    Result<ProductRow> product() const;
    Result<SupplierInput> supplier() const;
    /** `now`: the time of a move without a date. */
    Result<StockMoveRow> stockMove(const QDateTime &now) const;

private:
    QStringList m_names;
    QList<int> m_indexes;
    const QStringList *m_fields = nullptr;
};

} // namespace comptoir
