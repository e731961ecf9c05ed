#include "importer/EntityTitles.h"

#include <QCoreApplication>

namespace comptoir::ui {

namespace {
/** The translation context of this file's messages (lupdate reads it). */
struct EntityTitlesText {
    Q_DECLARE_TR_FUNCTIONS(comptoir::ui::EntityTitles)
};
} // namespace

QString entityTitle(const QString &entity)
{
    if (entity == u"customers")
        return EntityTitlesText::tr("Customers");
    if (entity == u"products")
        return EntityTitlesText::tr("Products");
    if (entity == u"suppliers")
        return EntityTitlesText::tr("Suppliers");
    if (entity == u"stock-moves")
        return EntityTitlesText::tr("Stock moves");
    if (entity == u"sales")
        return EntityTitlesText::tr("Sales (one row per sale line)");
    if (entity == u"appointments")
        return EntityTitlesText::tr("Appointments");
    if (entity == u"complaints")
        return EntityTitlesText::tr("Complaints");
    return entity;
}

} // namespace comptoir::ui
