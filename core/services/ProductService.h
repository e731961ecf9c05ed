#pragma once

#include "access/Session.h"
#include "domain/Clock.h"
#include "domain/Product.h"
#include "domain/Result.h"
#include "domain/Supplier.h"

#include <QList>
#include <optional>

namespace comptoir {

class Database;

/** The catalogue: products, their categories and suppliers ("product.read" / "product.write"). */
class ProductService final {
public:
    ProductService(Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}

    /** Validates and creates a product; a SKU or EAN-13 already in use is a Conflict naming the field. */
    Result<qint64> create(const Session &session, const ProductInput &input);
    Status update(const Session &session, qint64 id, const ProductInput &input);

    Result<Product> findById(const Session &session, qint64 id);
    /** Case ignored. */
    Result<Product> findBySku(const Session &session, const QString &sku);
    Result<Product> findByEan13(const Session &session, const QString &ean13);
    /** Name (or a word of it), SKU or EAN-13 starting with `text`; exact codes first. */
    Result<QList<Product>> search(const Session &session, const QString &text, int limit = 50);
    /** Products by name, with their category name and stock level. */
    Result<QList<Product>> list(const Session &session, int offset, int limit);
    Result<qint64> count(const Session &session);

    Result<QList<Category>> categories(const Session &session);
    /** A new category; a name already used (case ignored) is a Conflict. */
    Result<qint64> createCategory(const Session &session, const QString &name);

    /** A new supplier; a name already used (case ignored) is a Conflict. */
    Result<qint64> createSupplier(const Session &session, const SupplierInput &input);
    Result<QList<Supplier>> suppliers(const Session &session);
    Result<Supplier> findSupplier(const Session &session, qint64 id);

    /**
     * The uniqueness of an EAN-13: Conflict ("ean13", naming the product) if another product
     * than `selfId` has `ean13` (empty: no EAN-13, always free). Checks no permission: for the
     * service's own writes and for the product import, inside their transaction.
     */
    static Status checkEan13Free(Database &db, const QString &ean13, qint64 selfId);

private:
    Status checkReferencesAndUniqueness(const ProductInput &input, qint64 selfId);
    Result<Product> found(Result<std::optional<Product>> lookup, const QString &what, const QString &key);

    Database &m_db;
    const Clock &m_clock;
};

} // namespace comptoir
