#pragma once

#include "domain/Product.h"
#include "domain/Sale.h"
#include "services/SaleService.h"

#include <QAbstractTableModel>
#include <QList>

#include <optional>

namespace comptoir::ui {

/** One line of the basket at the counter, before the sale is recorded. */
struct BasketLine {
    Product product;
    qint64 quantity = 1;
    std::optional<qint64> unitPriceOverride; ///< price.override only
    qint64 discountCents = 0;                ///< off the line total (price.override only)
    QString overrideReason;

    qint64 unitPriceCents() const { return unitPriceOverride.value_or(product.price.cents()); }
    qint64 totalCents() const { return quantity * unitPriceCents() - discountCents; }
};

/**
 * The basket of the sale counter: product, unit price, quantity, discount and line total.
 * Adding a product already in the basket adds one unit to its line. The totals are not
 * computed here: saleLines() feeds computeSaleTotals().
 */
class SaleLinesModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SaleLinesModel)

public:
    enum Column { ProductColumn, UnitPriceColumn, QuantityColumn, DiscountColumn, TotalColumn, ColumnCount };
    /** The raw value of a cell (cents, quantity, name) for sorting and tests. */
    static constexpr int RawRole = Qt::UserRole + 1;

    explicit SaleLinesModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /** Adds one unit of `product`; returns the row of its line. */
    int addProduct(const Product &product);
    /** Sets the quantity of `row` (a quantity under 1 is refused: remove the line instead). */
    bool setQuantity(int row, qint64 quantity);
    void removeLine(int row);
    /** A price override and/or a discount with its reason (the core checks price.override). */
    void setOverride(int row, std::optional<qint64> unitPriceCents, qint64 discountCents, const QString &reason);
    void clear();

    const QList<BasketLine> &lines() const { return m_lines; }
    bool isEmpty() const { return m_lines.isEmpty(); }
    /** The lines as computeSaleTotals() takes them. */
    QList<SaleLine> saleLines() const;
    /** The lines as SaleService::record() takes them. */
    QList<SaleLineRequest> requests() const;

private:
    void rowChanged(int row);

    QList<BasketLine> m_lines;
};

} // namespace comptoir::ui
