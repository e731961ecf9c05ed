#include "common/EntityTitles.h"

#include <QCoreApplication>

namespace comptoir::ui {

namespace {
/** The translation context of this file's messages (lupdate reads it). */
struct EntityTitlesText {
    Q_DECLARE_TR_FUNCTIONS(comptoir::ui::EntityTitles)
};

struct EntityTitlesField {
    const char *name;
    const char *title;
};

// Every field of ColumnMapping::fields(), as the mapping page names it.
const EntityTitlesField kEntityTitlesFields[] = {
    {"title", QT_TRANSLATE_NOOP("comptoir::ui::EntityTitles", "Title (Mr, Mrs)")},
    {"first_name", QT_TRANSLATE_NOOP("comptoir::ui::EntityTitles", "First name")},
    {"last_name", QT_TRANSLATE_NOOP("comptoir::ui::EntityTitles", "Last name")},
    {"email", QT_TRANSLATE_NOOP("comptoir::ui::EntityTitles", "E-mail")},
    {"phone", QT_TRANSLATE_NOOP("comptoir::ui::EntityTitles", "Phone")},
    {"address", QT_TRANSLATE_NOOP("comptoir::ui::EntityTitles", "Address")},
    {"postal_code", QT_TRANSLATE_NOOP("comptoir::ui::EntityTitles", "Postal code")},
    {"city", QT_TRANSLATE_NOOP("comptoir::ui::EntityTitles", "City")},
    {"birth_date", QT_TRANSLATE_NOOP("comptoir::ui::EntityTitles", "Birth date")},
    {"loyalty_card", QT_TRANSLATE_NOOP("comptoir::ui::EntityTitles", "Loyalty card")},
    {"status", QT_TRANSLATE_NOOP("comptoir::ui::EntityTitles", "Status")},
    {"source_channel", QT_TRANSLATE_NOOP("comptoir::ui::EntityTitles", "Came through")},
    {"notes", QT_TRANSLATE_NOOP("comptoir::ui::EntityTitles", "Notes")},
    {"sku", QT_TRANSLATE_NOOP("comptoir::ui::EntityTitles", "SKU")},
    {"ean13", QT_TRANSLATE_NOOP("comptoir::ui::EntityTitles", "EAN-13")},
    {"name", QT_TRANSLATE_NOOP("comptoir::ui::EntityTitles", "Name")},
    {"category", QT_TRANSLATE_NOOP("comptoir::ui::EntityTitles", "Category")},
    {"supplier", QT_TRANSLATE_NOOP("comptoir::ui::EntityTitles", "Supplier")},
    {"price", QT_TRANSLATE_NOOP("comptoir::ui::EntityTitles", "Price incl. VAT")},
    {"vat_rate", QT_TRANSLATE_NOOP("comptoir::ui::EntityTitles", "VAT rate")},
    {"cost", QT_TRANSLATE_NOOP("comptoir::ui::EntityTitles", "Cost excl. VAT")},
    {"reorder_threshold", QT_TRANSLATE_NOOP("comptoir::ui::EntityTitles", "Reorder threshold")},
    {"active", QT_TRANSLATE_NOOP("comptoir::ui::EntityTitles", "Active")},
    {"contact", QT_TRANSLATE_NOOP("comptoir::ui::EntityTitles", "Contact")},
    {"kind", QT_TRANSLATE_NOOP("comptoir::ui::EntityTitles", "Kind")},
    {"quantity", QT_TRANSLATE_NOOP("comptoir::ui::EntityTitles", "Quantity")},
    {"reason", QT_TRANSLATE_NOOP("comptoir::ui::EntityTitles", "Reason")},
    {"at", QT_TRANSLATE_NOOP("comptoir::ui::EntityTitles", "Date")},
    {"customer", QT_TRANSLATE_NOOP("comptoir::ui::EntityTitles", "Customer (e-mail, card or phone)")},
    {"customer_email", QT_TRANSLATE_NOOP("comptoir::ui::EntityTitles", "Customer e-mail")},
    {"customer_card", QT_TRANSLATE_NOOP("comptoir::ui::EntityTitles", "Customer loyalty card")},
    {"customer_phone", QT_TRANSLATE_NOOP("comptoir::ui::EntityTitles", "Customer phone")},
    {"sale_key", QT_TRANSLATE_NOOP("comptoir::ui::EntityTitles", "Sale number")},
    {"sold_at", QT_TRANSLATE_NOOP("comptoir::ui::EntityTitles", "Date of sale")},
    {"unit_price", QT_TRANSLATE_NOOP("comptoir::ui::EntityTitles", "Unit price")},
    {"discount", QT_TRANSLATE_NOOP("comptoir::ui::EntityTitles", "Discount")},
    {"payment_method", QT_TRANSLATE_NOOP("comptoir::ui::EntityTitles", "Payment method")},
    {"staff_login", QT_TRANSLATE_NOOP("comptoir::ui::EntityTitles", "Staff member (login)")},
    {"starts_at", QT_TRANSLATE_NOOP("comptoir::ui::EntityTitles", "Start")},
    {"ends_at", QT_TRANSLATE_NOOP("comptoir::ui::EntityTitles", "End")},
    {"duration", QT_TRANSLATE_NOOP("comptoir::ui::EntityTitles", "Duration (minutes)")},
    {"subject", QT_TRANSLATE_NOOP("comptoir::ui::EntityTitles", "Subject")},
    {"description", QT_TRANSLATE_NOOP("comptoir::ui::EntityTitles", "Description")},
    {"opened_at", QT_TRANSLATE_NOOP("comptoir::ui::EntityTitles", "Opened on")},
    {"resolution", QT_TRANSLATE_NOOP("comptoir::ui::EntityTitles", "Resolution")},
    {"satisfaction", QT_TRANSLATE_NOOP("comptoir::ui::EntityTitles", "Satisfaction (1 to 5)")},
    {"resolved_at", QT_TRANSLATE_NOOP("comptoir::ui::EntityTitles", "Resolved on")},
    {"closed_at", QT_TRANSLATE_NOOP("comptoir::ui::EntityTitles", "Closed on")},
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

QString fieldTitle(const QString &field)
{
    for (const EntityTitlesField &f : kEntityTitlesFields) {
        if (field == QLatin1String(f.name))
            return EntityTitlesText::tr(f.title);
    }
    return field;
}

} // namespace comptoir::ui
