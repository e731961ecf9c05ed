#include "io/import/ImportRow.h"

#include "domain/Clock.h"
#include "io/FormulaProtection.h"
#include "io/ValueParsers.h"
#include "io/import/ColumnMapping.h"

#include <QCoreApplication>

namespace comptoir {

namespace {

/** The translation context of this file's messages (lupdate reads it). */
struct ImportRowText {
    Q_DECLARE_TR_FUNCTIONS(comptoir::ImportRow)
};

} // namespace

Result<int> ImportRow::vatRate(const QString &text, const QString &field)
{
    QString t = text.trimmed();
    if (t.endsWith(QLatin1Char('%')))
        t.chop(1);
    auto m = ValueParsers::money(t, field);
    if (!m)
        return Error::validation(field, ImportRowText::tr("not a VAT rate: \"%1\"").arg(text));
    return int(m->cents()); // the same digits as cents
}

ImportRow::ImportRow(ImportEntity entity, QList<int> indexes) : m_indexes(std::move(indexes))
{
    m_names = ColumnMapping::fieldNames(entity);
}

int ImportRow::columnOf(QLatin1String field) const
{
    for (int i = 0; i < m_names.size(); ++i) {
        if (m_names.at(i) == field)
            return m_indexes.at(i);
    }
    return -1;
}

QString ImportRow::text(QLatin1String field) const
{
    return cell(columnOf(field));
}

QString ImportRow::cell(int column) const
{
    if (column < 0 || !m_fields || column >= m_fields->size())
        return QString();
    const QString &raw = m_fields->at(column);
    if (raw.isEmpty())
        return raw;
    // Most cells have no surrounding space and no formula guard: no copy then.
    const bool plain = !raw.front().isSpace() && !raw.back().isSpace() && raw.front() != u'\'';
    return plain ? raw : FormulaProtection::unprotect(raw.trimmed());
}

Result<CustomerInput> ImportRow::customer(const QDate &today) const
{
    CustomerInput in;
    in.title = text(QLatin1String("title"));
    in.firstName = text(QLatin1String("first_name"));
    in.lastName = text(QLatin1String("last_name"));
    in.email = text(QLatin1String("email"));
    in.phone = text(QLatin1String("phone"));
    in.address = text(QLatin1String("address"));
    in.postalCode = text(QLatin1String("postal_code"));
    in.city = text(QLatin1String("city"));
    in.loyaltyCard = text(QLatin1String("loyalty_card"));
    in.notes = text(QLatin1String("notes"));
    const QString source = text(QLatin1String("source_channel"));
    if (!source.isEmpty())
        in.sourceChannel = source;
    const QString status = text(QLatin1String("status")).toLower();
    if (status == u"customer" || status == u"client")
        in.status = CustomerStatus::Customer;
    else if (!status.isEmpty() && status != u"prospect")
        return Error::validation(QStringLiteral("status"),
                                 ImportRowText::tr("must be \"customer\" or \"prospect\" (got \"%1\")").arg(status));
    const QString birth = text(QLatin1String("birth_date"));
    if (!birth.isEmpty()) {
        BOOST_OUTCOME_TRY(d, ValueParsers::date(birth, QStringLiteral("birth_date")));
        in.birthDate = d;
    }
    return validateCustomer(in, today);
}

Result<ProductRow> ImportRow::product() const
{
    ProductRow row;
    row.input.sku = text(QLatin1String("sku"));
    row.input.ean13 = text(QLatin1String("ean13"));
    row.input.name = text(QLatin1String("name"));
    row.category = text(QLatin1String("category"));
    row.supplier = text(QLatin1String("supplier"));
    BOOST_OUTCOME_TRY(price, ValueParsers::money(text(QLatin1String("price")), QStringLiteral("price")));
    row.input.price = price;
    if (const QString vat = text(QLatin1String("vat_rate")); !vat.isEmpty()) {
        BOOST_OUTCOME_TRY(rate, vatRate(vat, QStringLiteral("vat_rate")));
        row.input.vatRateBp = rate;
    }
    if (const QString cost = text(QLatin1String("cost")); !cost.isEmpty()) {
        BOOST_OUTCOME_TRY(c, ValueParsers::money(cost, QStringLiteral("cost")));
        row.input.cost = c;
    }
    if (const QString threshold = text(QLatin1String("reorder_threshold")); !threshold.isEmpty()) {
        BOOST_OUTCOME_TRY(t, ValueParsers::integer(threshold, QStringLiteral("reorder_threshold")));
        row.input.reorderThreshold = t;
    }
    if (const QString active = text(QLatin1String("active")); !active.isEmpty()) {
        BOOST_OUTCOME_TRY(a, ValueParsers::boolean(active, QStringLiteral("active")));
        row.input.active = a;
    }
    BOOST_OUTCOME_TRY(valid, validateProduct(row.input));
    row.input = valid;
    return row;
}

Result<SupplierInput> ImportRow::supplier() const
{
    SupplierInput in;
    in.name = text(QLatin1String("name"));
    in.contact = text(QLatin1String("contact"));
    in.email = text(QLatin1String("email"));
    in.phone = text(QLatin1String("phone"));
    in.address = text(QLatin1String("address"));
    in.postalCode = text(QLatin1String("postal_code"));
    in.city = text(QLatin1String("city"));
    return validateSupplier(in);
}

Result<StockMoveRow> ImportRow::stockMove(const QDateTime &now) const
{
    StockMoveRow row;
    row.sku = text(QLatin1String("sku"));
    row.ean13 = text(QLatin1String("ean13"));
    if (row.sku.isEmpty() && row.ean13.isEmpty())
        return Error::validation(QStringLiteral("sku"), ImportRowText::tr("a SKU or an EAN-13 is required"));
    row.supplier = text(QLatin1String("supplier"));
    const QString kind = text(QLatin1String("kind")).toLower();
    if (!kind.isEmpty()) {
        auto k = stockMoveKindFromString(kind);
        if (!k || *k == StockMoveKind::Sale)
            return Error::validation(QStringLiteral("kind"),
                                     ImportRowText::tr("unknown move kind \"%1\" (delivery, adjustment, loss, return, damaged, import)")
                                         .arg(kind));
        row.move.kind = *k;
    } else {
        row.move.kind = StockMoveKind::Import;
    }
    BOOST_OUTCOME_TRY(entered, ValueParsers::integer(text(QLatin1String("quantity")), QStringLiteral("quantity")));
    BOOST_OUTCOME_TRY(quantity, signedMoveQuantity(row.move.kind, entered));
    row.move.quantity = quantity;
    BOOST_OUTCOME_TRY(reason, moveReason(row.move.kind, text(QLatin1String("reason"))));
    row.move.reason = reason;
    const QString at = text(QLatin1String("at"));
    if (at.isEmpty()) {
        row.move.at = now;
    } else if (QDateTime utc = fromIsoUtc(at); utc.isValid() && at.endsWith(QLatin1Char('Z'))) {
        row.move.at = utc;
    } else {
        BOOST_OUTCOME_TRY(local, ValueParsers::localDateTime(at, QStringLiteral("at")));
        row.move.at = local.toUTC();
    }
    return row;
}

} // namespace comptoir
