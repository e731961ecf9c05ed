#include "io/import/ImportTypes.h"

namespace comptoir {

QString toString(ImportEntity entity)
{
    switch (entity) {
    case ImportEntity::Customers: return QStringLiteral("customers");
    case ImportEntity::Products: return QStringLiteral("products");
    case ImportEntity::Suppliers: return QStringLiteral("suppliers");
    case ImportEntity::StockMoves: return QStringLiteral("stock-moves");
    }
    return QString();
}

std::optional<ImportEntity> importEntityFromString(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t == u"customers" || t == u"customer")
        return ImportEntity::Customers;
    if (t == u"products" || t == u"product")
        return ImportEntity::Products;
    if (t == u"suppliers" || t == u"supplier")
        return ImportEntity::Suppliers;
    if (t == u"stock-moves" || t == u"stock_moves" || t == u"stock" || t == u"stock-move")
        return ImportEntity::StockMoves;
    return std::nullopt;
}

QList<ImportEntity> allImportEntities()
{
    return {ImportEntity::Customers, ImportEntity::Products, ImportEntity::Suppliers, ImportEntity::StockMoves};
}

std::optional<DuplicatePolicy> duplicatePolicyFromString(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t == u"skip")
        return DuplicatePolicy::Skip;
    if (t == u"update")
        return DuplicatePolicy::Update;
    if (t == u"create")
        return DuplicatePolicy::Create;
    return std::nullopt;
}

} // namespace comptoir
