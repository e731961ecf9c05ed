#include "domain/Product.h"

#include "domain/Validation.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace comptoir {

const QList<int> &allowedVatRates()
{
    static const QList<int> rates{0, 210, 550, 1000, 2000};
    return rates;
}

Result<QString> validateCategoryName(const QString &name, const QString &field)
{
    return validation::requiredText(field, name, 100);
}

Result<QString> validateSku(const QString &value, const QString &field)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9._-]{1,32}$"));
    const QString text = value.trimmed();
    if (text.isEmpty())
        return Error::validation(field, QCoreApplication::translate("comptoir::Product", "must not be empty"));
    if (!pattern.match(text).hasMatch())
        return Error::validation(field, QCoreApplication::translate(
                                            "comptoir::Product",
                                            "\"%1\" is not a SKU (1 to 32 letters, digits, dots, underscores or dashes)")
                                            .arg(text));
    return text;
}

Result<ProductInput> validateProduct(const ProductInput &input)
{
    using namespace validation;
    ProductInput out = input;

    BOOST_OUTCOME_TRY(sku, validateSku(input.sku));
    out.sku = sku;

    if (!input.ean13.trimmed().isEmpty()) {
        BOOST_OUTCOME_TRY(code, ean13(input.ean13));
        out.ean13 = code;
    } else {
        out.ean13.clear();
    }

    BOOST_OUTCOME_TRY(name, requiredText(QStringLiteral("name"), input.name, 200));
    out.name = name;

    if (input.price.isNegative())
        return Error::validation(QStringLiteral("price_cents"),
                                 QCoreApplication::translate("comptoir::Product", "must not be negative (got %1)")
                                     .arg(input.price.cents()));
    if (!allowedVatRates().contains(input.vatRateBp))
        return Error::validation(QStringLiteral("vat_rate_bp"),
                                 QCoreApplication::translate("comptoir::Product",
                                                             "%1 is not a French VAT rate (0, 210, 550, 1000 or 2000 "
                                                             "basis points)")
                                     .arg(input.vatRateBp));
    if (input.cost.isNegative())
        return Error::validation(QStringLiteral("cost_cents"),
                                 QCoreApplication::translate("comptoir::Product", "must not be negative (got %1)")
                                     .arg(input.cost.cents()));
    if (input.reorderThreshold < 0)
        return Error::validation(QStringLiteral("reorder_threshold"),
                                 QCoreApplication::translate("comptoir::Product", "must not be negative (got %1)")
                                     .arg(input.reorderThreshold));
    if (input.categoryId < 0)
        out.categoryId = 0;
    if (input.supplierId < 0)
        out.supplierId = 0;
    return out;
}

} // namespace comptoir
