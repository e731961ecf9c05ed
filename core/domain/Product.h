#pragma once

#include "domain/Money.h"
#include "domain/Result.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace comptoir {

/** What the catalogue says about an article; validated by validateProduct(). */
struct ProductInput {
    QString sku;             ///< required, 1 to 32 of [A-Za-z0-9._-], unique (case ignored)
    QString ean13;           ///< optional, unique; a valid EAN-13 when given
    QString name;            ///< required
    qint64 categoryId = 0;   ///< 0: no category
    qint64 supplierId = 0;   ///< 0: no supplier
    Money price;             ///< VAT included, >= 0
    int vatRateBp = 2000;    ///< one of allowedVatRates()
    Money cost;              ///< purchase cost excluding VAT, >= 0
    qint64 reorderThreshold = 0; ///< a stock level below this is an alert
    bool active = true;
};

/** A stored product, with its category name and cached stock level as read. */
struct Product : ProductInput {
    qint64 id = 0;
    QString categoryName;
    qint64 stockLevel = 0;
    QDateTime createdAt;
    QDateTime updatedAt;
};

/** A product category. */
struct Category {
    qint64 id = 0;
    QString name;
};

/** The French VAT rates, in basis points: 0, 2.1 %, 5.5 %, 10 % and 20 %. */
const QList<int> &allowedVatRates();

/** A category name: required, at most 100 characters; returned trimmed. */
Result<QString> validateCategoryName(const QString &name, const QString &field = QStringLiteral("name"));

/** A stock keeping unit: trimmed, 1 to 32 letters, digits, dots, underscores or dashes. */
Result<QString> validateSku(const QString &value, const QString &field = QStringLiteral("sku"));

/**
 * Checks every field and returns the normalised input (trimmed SKU and name, EAN-13 checked).
 * The first rule broken is returned, naming its field. References (category, supplier) and
 * uniqueness are checked by the service.
 */
Result<ProductInput> validateProduct(const ProductInput &input);

} // namespace comptoir
