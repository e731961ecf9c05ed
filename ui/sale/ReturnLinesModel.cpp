#include "sale/ReturnLinesModel.h"

#include "domain/CreditNote.h"
#include "domain/Money.h"

#include <QFont>

namespace comptoir::ui {

ReturnLinesModel::ReturnLinesModel(QObject *parent) : QAbstractTableModel(parent) {}

void ReturnLinesModel::setSale(const Sale &sale, const QHash<qint64, QString> &names, const QHash<int, qint64> &returned)
{
    beginResetModel();
    m_rows.clear();
    for (const SaleLine &l : sale.lines)
        m_rows.append(Row{l, names.value(l.productId), returned.value(l.lineNo), 0});
    endResetModel();
}

void ReturnLinesModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

int ReturnLinesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ReturnLinesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

qint64 ReturnLinesModel::returnable(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return 0;
    return m_rows.at(row).line.quantity - m_rows.at(row).returned;
}

qint64 ReturnLinesModel::refundOf(const Row &row) const
{
    return row.toReturn > 0 ? returnedShareCents(row.line.totalCents, row.line.quantity, row.returned, row.toReturn) : 0;
}

QVariant ReturnLinesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::EditRole || role == RawRole) {
        switch (index.column()) {
        case ProductColumn:
            return r.name;
        case SoldColumn:
            return r.line.quantity;
        case ReturnedColumn:
            return r.returned;
        case ReturnableColumn:
            return returnable(index.row());
        case ToReturnColumn:
            return r.toReturn;
        case RefundColumn:
            return role == RawRole ? QVariant(refundOf(r)) : QVariant(Money::fromCents(refundOf(r)).toString());
        default:
            return {};
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() != ProductColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::FontRole && index.column() == ToReturnColumn && r.toReturn > 0) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    return {};
}

bool ReturnLinesModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || index.column() != ToReturnColumn || !index.isValid())
        return false;
    bool ok = false;
    const qint64 quantity = value.toLongLong(&ok);
    if (!ok)
        return false;
    setToReturn(index.row(), quantity);
    return true;
}

void ReturnLinesModel::setToReturn(int row, qint64 quantity)
{
    if (row < 0 || row >= m_rows.size())
        return;
    m_rows[row].toReturn = qBound<qint64>(0, quantity, returnable(row));
    Q_EMIT dataChanged(index(row, ToReturnColumn), index(row, RefundColumn));
}

Qt::ItemFlags ReturnLinesModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == ToReturnColumn && returnable(index.row()) > 0)
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant ReturnLinesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ProductColumn:
        return tr("Product");
    case SoldColumn:
        return tr("Sold");
    case ReturnedColumn:
        return tr("Already returned");
    case ReturnableColumn:
        return tr("Returnable");
    case ToReturnColumn:
        return tr("To return");
    case RefundColumn:
        return tr("Refund");
    default:
        return {};
    }
}

QList<ReturnLineRequest> ReturnLinesModel::requests() const
{
    QList<ReturnLineRequest> out;
    for (const Row &r : m_rows) {
        if (r.toReturn > 0)
            out.append(ReturnLineRequest{r.line.lineNo, r.toReturn});
    }
    return out;
}

qint64 ReturnLinesModel::refundCents() const
{
    qint64 sum = 0;
    for (const Row &r : m_rows)
        sum += refundOf(r);
    return sum;
}

} // namespace comptoir::ui
