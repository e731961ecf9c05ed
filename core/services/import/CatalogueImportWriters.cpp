#include "services/import/ImportWriter.h"

#include "services/ProductService.h"
#include "services/StockService.h"
#include "storage/Database.h"
#include "storage/ProductRepository.h"
#include "storage/StockRepository.h"
#include "storage/SupplierRepository.h"

#include <QCoreApplication>
#include <QHash>

namespace comptoir {

namespace {

/** The translation context of this file's messages (lupdate reads it). */
struct ImportWriterText {
    Q_DECLARE_TR_FUNCTIONS(comptoir::ImportWriter)
};

/** Supplier name → id, looked up once per name. */
class SupplierLookup {
public:
    explicit SupplierLookup(Database &db) : m_repo(db) {}
    /** 0 for an empty name; NotFound naming `field` for an unknown one. */
    Result<qint64> find(const QString &name, const QString &field)
    {
        if (name.isEmpty())
            return qint64(0);
        const QString key = name.toLower();
        if (auto it = m_ids.constFind(key); it != m_ids.constEnd())
            return *it;
        BOOST_OUTCOME_TRY(found, m_repo.findByName(name));
        if (!found.has_value())
            return Error::notFound(field, ImportWriterText::tr("unknown supplier \"%1\"").arg(name));
        m_ids.insert(key, found->id);
        return found->id;
    }

private:
    SupplierRepository m_repo;
    QHash<QString, qint64> m_ids;
};

class ProductImportWriter final : public ImportWriter {
public:
    ProductImportWriter(Database &db, const QDateTime &now, DuplicatePolicy policy)
        : m_db(db), m_repo(db), m_suppliers(db), m_now(now), m_policy(policy)
    {
    }

    Result<RowOutcome> write(const ImportRow &row) override
    {
        BOOST_OUTCOME_TRY(parsed, row.product());
        ProductInput in = parsed.input;
        BOOST_OUTCOME_TRY(supplier, m_suppliers.find(parsed.supplier, QStringLiteral("supplier")));
        in.supplierId = supplier;
        BOOST_OUTCOME_TRY(category, categoryId(parsed.category));
        in.categoryId = category;

        BOOST_OUTCOME_TRY(existing, m_repo.findBySku(in.sku));
        const qint64 existingId = existing.has_value() ? existing->id : 0;
        if (existingId && m_policy == DuplicatePolicy::Skip)
            return RowOutcome::Skipped;
        if (existingId && m_policy == DuplicatePolicy::Create)
            return Error::conflict(QStringLiteral("sku"), ImportWriterText::tr("SKU %1 already exists (product #%2)").arg(in.sku).arg(existingId));
        BOOST_OUTCOME_TRYV(ProductService::checkEan13Free(m_db, in.ean13, existingId));
        if (existingId) {
            BOOST_OUTCOME_TRYV(m_repo.update(existingId, in, m_now));
            return RowOutcome::Updated;
        }
        BOOST_OUTCOME_TRYV(m_repo.insert(in, m_now));
        return RowOutcome::Created;
    }

private:
    Result<qint64> categoryId(const QString &text)
    {
        if (text.isEmpty())
            return qint64(0);
        auto valid = validateCategoryName(text, QStringLiteral("category")); // ProductService::createCategory's rule
        if (!valid)
            return valid.error();
        const QString &name = *valid;
        const QString key = name.toLower();
        if (auto it = m_categories.constFind(key); it != m_categories.constEnd())
            return *it;
        BOOST_OUTCOME_TRY(found, m_repo.findCategoryByName(name));
        qint64 id = 0;
        if (found.has_value()) {
            id = found->id;
        } else {
            BOOST_OUTCOME_TRY(created, m_repo.insertCategory(name));
            id = created;
        }
        m_categories.insert(key, id);
        return id;
    }

    Database &m_db;
    ProductRepository m_repo;
    SupplierLookup m_suppliers;
    QHash<QString, qint64> m_categories;
    QDateTime m_now;
    DuplicatePolicy m_policy;
};

class SupplierImportWriter final : public ImportWriter {
public:
    SupplierImportWriter(Database &db, const QDateTime &now, DuplicatePolicy policy)
        : m_repo(db), m_now(now), m_policy(policy)
    {
    }

    Result<RowOutcome> write(const ImportRow &row) override
    {
        BOOST_OUTCOME_TRY(in, row.supplier());
        BOOST_OUTCOME_TRY(existing, m_repo.findByName(in.name));
        if (existing.has_value()) {
            // Suppliers have no update path in storage: "update" keeps the stored one too.
            if (m_policy == DuplicatePolicy::Create)
                return Error::conflict(QStringLiteral("name"), ImportWriterText::tr("supplier \"%1\" already exists").arg(in.name));
            return RowOutcome::Skipped;
        }
        BOOST_OUTCOME_TRYV(m_repo.insert(in, m_now));
        return RowOutcome::Created;
    }

private:
    SupplierRepository m_repo;
    QDateTime m_now;
    DuplicatePolicy m_policy;
};

class StockMoveImportWriter final : public ImportWriter {
public:
    StockMoveImportWriter(Database &db, const QDateTime &now, qint64 userId)
        : m_db(db), m_products(db), m_stock(db), m_suppliers(db), m_now(now), m_userId(userId)
    {
    }

    Status prepare() override
    {
        // The store's rule, as for any other move.
        BOOST_OUTCOME_TRY(allowed, StockService::negativeStockAllowed(m_db));
        m_allowNegative = allowed;
        return {};
    }

    Result<RowOutcome> write(const ImportRow &row) override
    {
        BOOST_OUTCOME_TRY(parsed, row.stockMove(m_now));
        StockMove move = parsed.move;
        BOOST_OUTCOME_TRY(product, productId(parsed.sku, parsed.ean13));
        move.productId = product;
        BOOST_OUTCOME_TRY(supplier, m_suppliers.find(parsed.supplier, QStringLiteral("supplier")));
        move.supplierId = supplier;
        move.userId = m_userId;
        BOOST_OUTCOME_TRYV(m_stock.applyMove(move, m_allowNegative));
        return RowOutcome::Created;
    }

private:
    Result<qint64> productId(const QString &sku, const QString &ean13)
    {
        const QString key = sku.isEmpty() ? QStringLiteral("ean:") + ean13 : sku.toLower();
        if (auto it = m_ids.constFind(key); it != m_ids.constEnd())
            return *it;
        BOOST_OUTCOME_TRY(found, sku.isEmpty() ? m_products.findByEan13(ean13) : m_products.findBySku(sku));
        if (!found.has_value())
            return sku.isEmpty()
                       ? Error::notFound(QStringLiteral("ean13"), ImportWriterText::tr("unknown product: no EAN-13 %1").arg(ean13))
                       : Error::notFound(QStringLiteral("sku"), ImportWriterText::tr("unknown product: no SKU %1").arg(sku));
        m_ids.insert(key, found->id);
        return found->id;
    }

    Database &m_db;
    ProductRepository m_products;
    StockRepository m_stock;
    SupplierLookup m_suppliers;
    QHash<QString, qint64> m_ids;
    QDateTime m_now;
    qint64 m_userId;
    bool m_allowNegative = false;
};

} // namespace

std::unique_ptr<ImportWriter> makeProductImportWriter(Database &db, const QDateTime &now, DuplicatePolicy policy)
{
    return std::make_unique<ProductImportWriter>(db, now, policy);
}

std::unique_ptr<ImportWriter> makeSupplierImportWriter(Database &db, const QDateTime &now, DuplicatePolicy policy)
{
    return std::make_unique<SupplierImportWriter>(db, now, policy);
}

std::unique_ptr<ImportWriter> makeStockMoveImportWriter(Database &db, const QDateTime &now, qint64 userId)
{
    return std::make_unique<StockMoveImportWriter>(db, now, userId);
}

} // namespace comptoir
