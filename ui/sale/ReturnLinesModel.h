#pragma once

#include "domain/Sale.h"
#include "services/ReturnService.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace comptoir::ui {

/**
 * The lines of a past sale on the returns screen: product, sold, already returned,
 * returnable, and the quantity to return now (editable, from 0 to returnable).
 */
class ReturnLinesModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReturnLinesModel)

public:
    enum Column { ProductColumn, SoldColumn, ReturnedColumn, ReturnableColumn, ToReturnColumn, RefundColumn, ColumnCount };
    static constexpr int RawRole = Qt::UserRole + 1;

    explicit ReturnLinesModel(QObject *parent = nullptr);

    /** Shows `sale`'s lines; `names` by product id, `returned` by line_no. */
    void setSale(const Sale &sale, const QHash<qint64, QString> &names, const QHash<int, qint64> &returned);
    void clear();

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /** Sets the quantity to return of `row`, clamped to 0..returnable. */
    void setToReturn(int row, qint64 quantity);
    qint64 returnable(int row) const;
    /** The lines with a quantity to return, as ReturnService takes them. */
    QList<ReturnLineRequest> requests() const;
    /** What the chosen quantities refund (returnedShareCents(), as the core computes it). */
    qint64 refundCents() const;

private:
    struct Row {
        SaleLine line;
        QString name;
        qint64 returned = 0;
        qint64 toReturn = 0;
    };
    qint64 refundOf(const Row &row) const;

    QList<Row> m_rows;
};

} // namespace comptoir::ui
