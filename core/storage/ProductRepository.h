#pragma once

#include "domain/Product.h"
#include "domain/Result.h"

#include <QList>
#include <optional>

namespace comptoir {

class Database;

/** All SQL about products and their categories. Reads join the category name and cached stock level. */
class ProductRepository final {
public:
    explicit ProductRepository(Database &db) : m_db(db) {}

    Result<qint64> insert(const ProductInput &input, const QDateTime &now);
    Status update(qint64 id, const ProductInput &input, const QDateTime &now);

    Result<std::optional<Product>> findById(qint64 id);
    /** Case-insensitive: SKUs that differ only by case are the same article. */
    Result<std::optional<Product>> findBySku(const QString &sku);
    Result<std::optional<Product>> findByEan13(const QString &ean13);

    /**
     * Products whose SKU or EAN-13 starts with `text`, or whose name or one of its words
     * does (ASCII case ignored). An exact SKU or EAN-13 comes first, then by name.
     */
    Result<QList<Product>> search(const QString &text, int limit);
    /** Products ordered by name, id; `offset`/`limit` for paging. */
    Result<QList<Product>> list(int offset, int limit);
    Result<qint64> count();

    /** Every category, by name. */
    Result<QList<Category>> categories();
    Result<std::optional<Category>> findCategory(qint64 id);
    /** Case-insensitive (ASCII) match on the whole name. */
    Result<std::optional<Category>> findCategoryByName(const QString &name);
    Result<qint64> insertCategory(const QString &name);

private:
    Result<std::optional<Product>> findOne(const QString &where, const QVariant &value);
    Result<std::optional<Category>> findCategoryWhere(const QString &where, const QVariant &value);
    Database &m_db;
};

} // namespace comptoir
