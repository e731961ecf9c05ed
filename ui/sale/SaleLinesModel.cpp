#include "sale/SaleLinesModel.h"

#include "domain/Money.h"

namespace comptoir::ui {

SaleLinesModel::SaleLinesModel(QObject *parent) : QAbstractTableModel(parent) {}

int SaleLinesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

int SaleLinesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SaleLinesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const BasketLine &line = m_lines.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case ProductColumn:
            return line.product.name;
        case UnitPriceColumn:
            return Money::fromCents(line.unitPriceCents()).toString();
        case QuantityColumn:
            return line.quantity;
        case DiscountColumn:
            return line.discountCents ? Money::fromCents(-line.discountCents).toString() : QString();
        case TotalColumn:
            return Money::fromCents(line.totalCents()).toString();
        default:
            return {};
        }
    }
    if (role == RawRole) {
        switch (index.column()) {
        case ProductColumn:
            return line.product.name;
        case UnitPriceColumn:
            return line.unitPriceCents();
        case QuantityColumn:
            return line.quantity;
        case DiscountColumn:
            return line.discountCents;
        case TotalColumn:
            return line.totalCents();
        default:
            return {};
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() != ProductColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole) {
        QString tip = tr("SKU %1").arg(line.product.sku);
        if (!line.product.ean13.isEmpty())
            tip += QLatin1Char('\n') + tr("EAN %1").arg(line.product.ean13);
        if (!line.overrideReason.isEmpty())
            tip += QLatin1Char('\n') + tr("Price changed: %1").arg(line.overrideReason);
        return tip;
    }
    return {};
}

QVariant SaleLinesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ProductColumn:
        return tr("Product");
    case UnitPriceColumn:
        return tr("Unit price");
    case QuantityColumn:
        return tr("Qty");
    case DiscountColumn:
        return tr("Discount");
    case TotalColumn:
        return tr("Total");
    default:
        return {};
    }
}

int SaleLinesModel::addProduct(const Product &product)
{
    for (int row = 0; row < m_lines.size(); ++row) {
        if (m_lines.at(row).product.id == product.id) {
            ++m_lines[row].quantity;
            rowChanged(row);
            return row;
        }
    }
    const int row = int(m_lines.size());
    beginInsertRows(QModelIndex(), row, row);
    BasketLine line;
    line.product = product;
    m_lines.append(line);
    endInsertRows();
    return row;
}

bool SaleLinesModel::setQuantity(int row, qint64 quantity)
{
    if (row < 0 || row >= m_lines.size() || quantity < 1)
        return false;
    m_lines[row].quantity = quantity;
    rowChanged(row);
    return true;
}

void SaleLinesModel::removeLine(int row)
{
    if (row < 0 || row >= m_lines.size())
        return;
    beginRemoveRows(QModelIndex(), row, row);
    m_lines.removeAt(row);
    endRemoveRows();
}

void SaleLinesModel::setOverride(int row, std::optional<qint64> unitPriceCents, qint64 discountCents, const QString &reason)
{
    if (row < 0 || row >= m_lines.size())
        return;
    BasketLine &line = m_lines[row];
    line.unitPriceOverride = unitPriceCents;
    line.discountCents = discountCents;
    line.overrideReason = (unitPriceCents || discountCents) ? reason : QString();
    rowChanged(row);
}

void SaleLinesModel::clear()
{
    if (m_lines.isEmpty())
        return;
    beginResetModel();
    m_lines.clear();
    endResetModel();
}

QList<SaleLine> SaleLinesModel::saleLines() const
{
    QList<SaleLine> out;
    out.reserve(m_lines.size());
    int no = 0;
    for (const BasketLine &b : m_lines) {
        SaleLine l;
        l.lineNo = ++no;
        l.productId = b.product.id;
        l.quantity = b.quantity;
        l.unitPriceCents = b.unitPriceCents();
        l.discountCents = b.discountCents;
        l.vatRateBp = b.product.vatRateBp;
        l.totalCents = lineTotalCents(l);
        out.append(l);
    }
    return out;
}

QList<SaleLineRequest> SaleLinesModel::requests() const
{
    QList<SaleLineRequest> out;
    out.reserve(m_lines.size());
    for (const BasketLine &b : m_lines) {
        SaleLineRequest r;
        r.productId = b.product.id;
        r.quantity = b.quantity;
        r.unitPriceCents = b.unitPriceOverride;
        r.discountCents = b.discountCents;
        r.overrideReason = b.overrideReason;
        out.append(r);
    }
    return out;
}

void SaleLinesModel::rowChanged(int row)
{
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

} // namespace comptoir::ui
