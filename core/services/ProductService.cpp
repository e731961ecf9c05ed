#include "services/ProductService.h"

#include "access/Permissions.h"
#include "domain/Validation.h"
#include "services/AuditTrail.h"
#include "storage/Database.h"
#include "storage/ProductRepository.h"
#include "storage/SupplierRepository.h"
#include "storage/Transaction.h"

#include <QCoreApplication>

namespace comptoir {

namespace {

/** The translation context of this file's messages (lupdate reads it). */
struct ProductServiceText {
    Q_DECLARE_TR_FUNCTIONS(comptoir::ProductService)
};

QJsonObject productFields(const ProductInput &p)
{
    return {
        {QStringLiteral("sku"), p.sku},
        {QStringLiteral("ean13"), p.ean13},
        {QStringLiteral("name"), p.name},
        {QStringLiteral("category_id"), p.categoryId},
        {QStringLiteral("supplier_id"), p.supplierId},
        {QStringLiteral("price_cents"), p.price.cents()},
        {QStringLiteral("vat_rate_bp"), p.vatRateBp},
        {QStringLiteral("cost_cents"), p.cost.cents()},
        {QStringLiteral("reorder_threshold"), p.reorderThreshold},
        {QStringLiteral("active"), p.active},
    };
}

QJsonObject createdChanges(const QJsonObject &fields)
{
    ChangeSet changes;
    for (auto it = fields.begin(); it != fields.end(); ++it)
        changes.created(it.key(), it.value());
    return changes.toJson();
}

} // namespace

Status ProductService::checkReferencesAndUniqueness(const ProductInput &in, qint64 selfId)
{
    ProductRepository products(m_db);
    if (in.categoryId > 0) {
        BOOST_OUTCOME_TRY(category, products.findCategory(in.categoryId));
        if (!category.has_value())
            return Error::notFound(QStringLiteral("category_id"), ProductServiceText::tr("no category #%1").arg(in.categoryId));
    }
    if (in.supplierId > 0) {
        SupplierRepository suppliers(m_db);
        BOOST_OUTCOME_TRY(supplier, suppliers.findById(in.supplierId));
        if (!supplier.has_value())
            return Error::notFound(QStringLiteral("supplier_id"), ProductServiceText::tr("no supplier #%1").arg(in.supplierId));
    }
    BOOST_OUTCOME_TRY(sameSku, products.findBySku(in.sku));
    if (sameSku.has_value() && sameSku->id != selfId)
        return Error::conflict(QStringLiteral("sku"), ProductServiceText::tr("SKU %1 is already used by product #%2 (%3)")
                                                          .arg(sameSku->sku)
                                                          .arg(sameSku->id)
                                                          .arg(sameSku->name));
    return checkEan13Free(m_db, in.ean13, selfId);
}

Status ProductService::checkEan13Free(Database &db, const QString &ean13, qint64 selfId)
{
    if (ean13.isEmpty())
        return {};
    BOOST_OUTCOME_TRY(sameEan, ProductRepository(db).findByEan13(ean13));
    if (sameEan.has_value() && sameEan->id != selfId)
        return Error::conflict(QStringLiteral("ean13"), ProductServiceText::tr("EAN-13 %1 is already used by product #%2 (%3)")
                                                            .arg(ean13)
                                                            .arg(sameEan->id)
                                                            .arg(sameEan->name));
    return {};
}

Result<qint64> ProductService::create(const Session &session, const ProductInput &input)
{
    BOOST_OUTCOME_TRYV(require(session, permission::productWrite));
    BOOST_OUTCOME_TRY(valid, validateProduct(input));

    Transaction tx(m_db);
    BOOST_OUTCOME_TRYV(tx.begun());
    BOOST_OUTCOME_TRYV(checkReferencesAndUniqueness(valid, 0));
    ProductRepository repo(m_db);
    BOOST_OUTCOME_TRY(id, repo.insert(valid, m_clock.nowUtc()));
    AuditTrail audit(m_db, m_clock);
    BOOST_OUTCOME_TRYV(audit.record(session, QStringLiteral("create"), QStringLiteral("product"), id, scope::business(),
                                    createdChanges(productFields(valid))));
    BOOST_OUTCOME_TRYV(tx.commit());
    return id;
}

Status ProductService::update(const Session &session, qint64 id, const ProductInput &input)
{
    BOOST_OUTCOME_TRYV(require(session, permission::productWrite));
    BOOST_OUTCOME_TRY(valid, validateProduct(input));

    Transaction tx(m_db);
    BOOST_OUTCOME_TRYV(tx.begun());
    ProductRepository repo(m_db);
    BOOST_OUTCOME_TRY(existing, repo.findById(id));
    if (!existing.has_value())
        return Error::notFound(QStringLiteral("product"), ProductServiceText::tr("no product #%1").arg(id));
    BOOST_OUTCOME_TRYV(checkReferencesAndUniqueness(valid, id));
    BOOST_OUTCOME_TRYV(repo.update(id, valid, m_clock.nowUtc()));

    ChangeSet changes;
    const QJsonObject before = productFields(*existing);
    const QJsonObject after = productFields(valid);
    for (auto it = after.begin(); it != after.end(); ++it)
        changes.add(it.key(), before.value(it.key()), it.value());
    AuditTrail audit(m_db, m_clock);
    BOOST_OUTCOME_TRYV(audit.record(session, QStringLiteral("update"), QStringLiteral("product"), id, scope::business(),
                                    changes.toJson()));
    return tx.commit();
}

Result<Product> ProductService::found(Result<std::optional<Product>> lookup, const QString &what, const QString &key)
{
    BOOST_OUTCOME_TRY(product, lookup);
    if (!product.has_value())
        return Error::notFound(QStringLiteral("product"), ProductServiceText::tr("no product with %1 %2").arg(what, key));
    return *product;
}

Result<Product> ProductService::findById(const Session &session, qint64 id)
{
    BOOST_OUTCOME_TRYV(require(session, permission::productRead));
    ProductRepository repo(m_db);
    return found(repo.findById(id), ProductServiceText::tr("id"), QString::number(id));
}

Result<Product> ProductService::findBySku(const Session &session, const QString &sku)
{
    BOOST_OUTCOME_TRYV(require(session, permission::productRead));
    ProductRepository repo(m_db);
    return found(repo.findBySku(sku), ProductServiceText::tr("SKU"), sku);
}

Result<Product> ProductService::findByEan13(const Session &session, const QString &ean13)
{
    BOOST_OUTCOME_TRYV(require(session, permission::productRead));
    ProductRepository repo(m_db);
    return found(repo.findByEan13(ean13), ProductServiceText::tr("EAN-13"), ean13);
}

Result<QList<Product>> ProductService::search(const Session &session, const QString &text, int limit)
{
    BOOST_OUTCOME_TRYV(require(session, permission::productRead));
    ProductRepository repo(m_db);
    return repo.search(text, limit);
}

Result<QList<Product>> ProductService::list(const Session &session, int offset, int limit)
{
    BOOST_OUTCOME_TRYV(require(session, permission::productRead));
    ProductRepository repo(m_db);
    return repo.list(offset, limit);
}

Result<qint64> ProductService::count(const Session &session)
{
    BOOST_OUTCOME_TRYV(require(session, permission::productRead));
    ProductRepository repo(m_db);
    return repo.count();
}

Result<QList<Category>> ProductService::categories(const Session &session)
{
    BOOST_OUTCOME_TRYV(require(session, permission::productRead));
    ProductRepository repo(m_db);
    return repo.categories();
}

Result<qint64> ProductService::createCategory(const Session &session, const QString &name)
{
    BOOST_OUTCOME_TRYV(require(session, permission::productWrite));
    BOOST_OUTCOME_TRY(valid, validateCategoryName(name));

    Transaction tx(m_db);
    BOOST_OUTCOME_TRYV(tx.begun());
    ProductRepository repo(m_db);
    BOOST_OUTCOME_TRY(same, repo.findCategoryByName(valid));
    if (same.has_value())
        return Error::conflict(QStringLiteral("name"),
                               ProductServiceText::tr("category \"%1\" already exists (#%2)").arg(same->name).arg(same->id));
    BOOST_OUTCOME_TRY(id, repo.insertCategory(valid));
    AuditTrail audit(m_db, m_clock);
    BOOST_OUTCOME_TRYV(audit.record(session, QStringLiteral("create"), QStringLiteral("category"), id, scope::business(),
                                    createdChanges({{QStringLiteral("name"), valid}})));
    BOOST_OUTCOME_TRYV(tx.commit());
    return id;
}

Result<qint64> ProductService::createSupplier(const Session &session, const SupplierInput &input)
{
    BOOST_OUTCOME_TRYV(require(session, permission::productWrite));
    BOOST_OUTCOME_TRY(valid, validateSupplier(input));

    Transaction tx(m_db);
    BOOST_OUTCOME_TRYV(tx.begun());
    SupplierRepository repo(m_db);
    BOOST_OUTCOME_TRY(same, repo.findByName(valid.name));
    if (same.has_value())
        return Error::conflict(QStringLiteral("name"),
                               ProductServiceText::tr("supplier \"%1\" already exists (#%2)").arg(same->name).arg(same->id));
    BOOST_OUTCOME_TRY(id, repo.insert(valid, m_clock.nowUtc()));
    const QJsonObject fields{
        {QStringLiteral("name"), valid.name},         {QStringLiteral("contact"), valid.contact},
        {QStringLiteral("email"), valid.email},       {QStringLiteral("phone"), valid.phone},
        {QStringLiteral("address"), valid.address},   {QStringLiteral("postal_code"), valid.postalCode},
        {QStringLiteral("city"), valid.city},
    };
    AuditTrail audit(m_db, m_clock);
    BOOST_OUTCOME_TRYV(audit.record(session, QStringLiteral("create"), QStringLiteral("supplier"), id, scope::business(),
                                    createdChanges(fields)));
    BOOST_OUTCOME_TRYV(tx.commit());
    return id;
}

Result<QList<Supplier>> ProductService::suppliers(const Session &session)
{
    BOOST_OUTCOME_TRYV(require(session, permission::productRead));
    SupplierRepository repo(m_db);
    return repo.list();
}

Result<Supplier> ProductService::findSupplier(const Session &session, qint64 id)
{
    BOOST_OUTCOME_TRYV(require(session, permission::productRead));
    SupplierRepository repo(m_db);
    BOOST_OUTCOME_TRY(lookup, repo.findById(id));
    if (!lookup.has_value())
        return Error::notFound(QStringLiteral("supplier"), ProductServiceText::tr("no supplier #%1").arg(id));
    return *lookup;
}

} // namespace comptoir
