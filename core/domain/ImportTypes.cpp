#include "domain/ImportTypes.h"

namespace comptoir {

QString toString(ImportEntity entity)
{
    switch (entity) {
    case ImportEntity::Customers: return QStringLiteral("customers");
    case ImportEntity::Products: return QStringLiteral("products");
    case ImportEntity::Suppliers: return QStringLiteral("suppliers");
    case ImportEntity::StockMoves: return QStringLiteral("stock-moves");
    case ImportEntity::Sales: return QStringLiteral("sales");
    case ImportEntity::Appointments: return QStringLiteral("appointments");
    case ImportEntity::Complaints: return QStringLiteral("complaints");
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
    if (t == u"sales" || t == u"sale" || t == u"sale-lines" || t == u"sale_lines" || t == u"ventes" || t == u"vente")
        return ImportEntity::Sales;
    if (t == u"appointments" || t == u"appointment" || t == u"rdv" || t == u"rendez-vous")
        return ImportEntity::Appointments;
    if (t == u"complaints" || t == u"complaint" || t == u"reclamations" || t == u"réclamations")
        return ImportEntity::Complaints;
    return std::nullopt;
}

QList<ImportEntity> allImportEntities()
{
    return {ImportEntity::Customers, ImportEntity::Products,     ImportEntity::Suppliers, ImportEntity::StockMoves,
            ImportEntity::Sales,     ImportEntity::Appointments, ImportEntity::Complaints};
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
