#include "storage/ProductRepository.h"

#include "domain/Clock.h"
#include "storage/Database.h"
#include "storage/SqlValues.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace comptoir {

namespace {

/** The translation context of this file's messages (lupdate reads it). */
struct ProductRepositoryText {
    Q_DECLARE_TR_FUNCTIONS(comptoir::ProductRepository)
};

const QString kProductSelect = QStringLiteral(
    "SELECT p.id, p.sku, p.ean13, p.name, p.category_id, p.supplier_id, p.price_cents, p.vat_rate_bp, p.cost_cents, "
    "p.reorder_threshold, p.active, p.created_at, p.updated_at, coalesce(c.name, ''), coalesce(l.quantity, 0) "
    "FROM product p LEFT JOIN category c ON c.id = p.category_id "
    "LEFT JOIN stock_level l ON l.product_id = p.id ");

Product readProduct(const QSqlQuery &q)
{
    Product p;
    p.id = q.value(0).toLongLong();
    p.sku = q.value(1).toString();
    p.ean13 = q.value(2).toString();
    p.name = q.value(3).toString();
    p.categoryId = q.value(4).toLongLong();
    p.supplierId = q.value(5).toLongLong();
    p.price = Money::fromCents(q.value(6).toLongLong());
    p.vatRateBp = q.value(7).toInt();
    p.cost = Money::fromCents(q.value(8).toLongLong());
    p.reorderThreshold = q.value(9).toLongLong();
    p.active = q.value(10).toInt() != 0;
    p.createdAt = fromIsoUtc(q.value(11).toString());
    p.updatedAt = fromIsoUtc(q.value(12).toString());
    p.categoryName = q.value(13).toString();
    p.stockLevel = q.value(14).toLongLong();
    return p;
}

/** Empty text, never NULL: Qt binds a null QString as NULL, which NOT NULL text columns refuse. */

void bindProductInput(QSqlQuery &q, const ProductInput &in)
{
    q.addBindValue(notNull(in.sku));
    q.addBindValue(in.ean13.isEmpty() ? QVariant() : QVariant(in.ean13));
    q.addBindValue(notNull(in.name));
    q.addBindValue(nullIfZero(in.categoryId));
    q.addBindValue(nullIfZero(in.supplierId));
    q.addBindValue(in.price.cents());
    q.addBindValue(in.vatRateBp);
    q.addBindValue(in.cost.cents());
    q.addBindValue(in.reorderThreshold);
    q.addBindValue(in.active ? 1 : 0);
}

Result<QList<Product>> readProducts(QSqlQuery &q, const QString &what)
{
    if (!q.exec())
        return databaseError(what, q.lastError().text());
    QList<Product> out;
    while (q.next())
        out.append(readProduct(q));
    return out;
}

/** Escapes LIKE wildcards so that user text matches literally (ESCAPE '\'). */
QString likePrefix(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    escaped.replace(QLatin1Char('%'), QLatin1String("\\%"));
    escaped.replace(QLatin1Char('_'), QLatin1String("\\_"));
    return escaped + QLatin1Char('%');
}

} // namespace

Result<qint64> ProductRepository::insert(const ProductInput &input, const QDateTime &now)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO product(sku, ean13, name, category_id, supplier_id, price_cents, vat_rate_bp, "
                             "cost_cents, reorder_threshold, active, created_at, updated_at) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    bindProductInput(q, input);
    q.addBindValue(toIsoUtc(now));
    q.addBindValue(toIsoUtc(now));
    if (!q.exec())
        return databaseError(ProductRepositoryText::tr("saving the product"), q.lastError().text());
    return q.lastInsertId().toLongLong();
}

Status ProductRepository::update(qint64 id, const ProductInput &input, const QDateTime &now)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE product SET sku = ?, ean13 = ?, name = ?, category_id = ?, supplier_id = ?, "
                             "price_cents = ?, vat_rate_bp = ?, cost_cents = ?, reorder_threshold = ?, active = ?, "
                             "updated_at = ? WHERE id = ?"));
    bindProductInput(q, input);
    q.addBindValue(toIsoUtc(now));
    q.addBindValue(id);
    if (!q.exec())
        return databaseError(ProductRepositoryText::tr("saving the product"), q.lastError().text());
    return {};
}

Result<std::optional<Product>> ProductRepository::findOne(const QString &where, const QVariant &value)
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(kProductSelect + QStringLiteral("WHERE ") + where + QStringLiteral(" ORDER BY p.id LIMIT 1"));
    q.addBindValue(value);
    if (!q.exec())
        return databaseError(ProductRepositoryText::tr("finding the product"), q.lastError().text());
    if (!q.next())
        return std::optional<Product>();
    return std::optional<Product>(readProduct(q));
}

Result<std::optional<Product>> ProductRepository::findById(qint64 id)
{
    return findOne(QStringLiteral("p.id = ?"), id);
}

Result<std::optional<Product>> ProductRepository::findBySku(const QString &sku)
{
    return findOne(QStringLiteral("p.sku = ? COLLATE NOCASE"), sku.trimmed());
}

Result<std::optional<Product>> ProductRepository::findByEan13(const QString &ean13)
{
    return findOne(QStringLiteral("p.ean13 = ?"), ean13.trimmed());
}

Result<QList<Product>> ProductRepository::search(const QString &text, int limit)
{
    const QString needle = text.trimmed();
    if (needle.isEmpty())
        return list(0, limit);
    const QString prefix = likePrefix(needle);
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(kProductSelect + QStringLiteral(
                            "WHERE p.sku LIKE ? ESCAPE '\\' OR p.ean13 LIKE ? ESCAPE '\\' "
                            "OR p.name LIKE ? ESCAPE '\\' OR p.name LIKE ? ESCAPE '\\' "
                            "ORDER BY (p.sku = ? COLLATE NOCASE OR coalesce(p.ean13, '') = ?) DESC, "
                            "p.name COLLATE NOCASE, p.id LIMIT ?"));
    q.addBindValue(prefix);
    q.addBindValue(prefix);
    q.addBindValue(prefix);
    q.addBindValue(QStringLiteral("% ") + prefix);
    q.addBindValue(needle);
    q.addBindValue(needle);
    q.addBindValue(limit);
    return readProducts(q, ProductRepositoryText::tr("searching products"));
}

Result<QList<Product>> ProductRepository::list(int offset, int limit)
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(kProductSelect + QStringLiteral("ORDER BY p.name COLLATE NOCASE, p.id LIMIT ? OFFSET ?"));
    q.addBindValue(limit);
    q.addBindValue(offset);
    return readProducts(q, ProductRepositoryText::tr("listing products"));
}

Result<qint64> ProductRepository::count()
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM product")) || !q.next())
        return databaseError(ProductRepositoryText::tr("counting products"), q.lastError().text());
    return q.value(0).toLongLong();
}

Result<QList<Category>> ProductRepository::categories()
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, name FROM category ORDER BY name COLLATE NOCASE, id")))
        return databaseError(ProductRepositoryText::tr("listing categories"), q.lastError().text());
    QList<Category> out;
    while (q.next())
        out.append(Category{q.value(0).toLongLong(), q.value(1).toString()});
    return out;
}

Result<std::optional<Category>> ProductRepository::findCategoryWhere(const QString &where, const QVariant &value)
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, name FROM category WHERE ") + where + QStringLiteral(" LIMIT 1"));
    q.addBindValue(value);
    if (!q.exec())
        return databaseError(ProductRepositoryText::tr("finding the category"), q.lastError().text());
    if (!q.next())
        return std::optional<Category>();
    return std::optional<Category>(Category{q.value(0).toLongLong(), q.value(1).toString()});
}

Result<std::optional<Category>> ProductRepository::findCategory(qint64 id)
{
    return findCategoryWhere(QStringLiteral("id = ?"), id);
}

Result<std::optional<Category>> ProductRepository::findCategoryByName(const QString &name)
{
    return findCategoryWhere(QStringLiteral("name = ? COLLATE NOCASE"), name.trimmed());
}

Result<qint64> ProductRepository::insertCategory(const QString &name)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO category(name) VALUES (?)"));
    q.addBindValue(notNull(name));
    if (!q.exec())
        return databaseError(ProductRepositoryText::tr("saving the category"), q.lastError().text());
    return q.lastInsertId().toLongLong();
}

} // namespace comptoir
