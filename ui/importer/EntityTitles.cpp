#include "importer/EntityTitles.h"

#include <QCoreApplication>

namespace comptoir::ui {

QString entityTitle(const QString &entity)
{
    const auto tr = [](const char *text) { return QCoreApplication::translate("comptoir::ui::EntityTitles", text); };
    if (entity == u"customers")
        return tr("Customers");
    if (entity == u"products")
        return tr("Products");
    if (entity == u"suppliers")
        return tr("Suppliers");
    if (entity == u"stock-moves")
        return tr("Stock moves");
    if (entity == u"sales")
        return tr("Sales (one row per sale line)");
    if (entity == u"appointments")
        return tr("Appointments");
    if (entity == u"complaints")
        return tr("Complaints");
    return entity;
}

} // namespace comptoir::ui
