#pragma once

#include "common/AppContext.h"
#include "domain/Product.h"
#include "domain/StockMove.h"
#include "widgets/FormDialog.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace comptoir::ui {

/** The name of a kind of stock move, as shown to people. */
QString stockMoveKindLabel(StockMoveKind kind);

/**
 * Records a delivery, an adjustment (signed) or a loss for one product, with its reason.
 * A move that would leave the stock below zero is refused by the core and shown under
 * the quantity; nothing is written until the move is accepted.
 */
class StockMoveDialog final : public FormDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StockMoveDialog)

public:
    StockMoveDialog(const AppContext &context, StockMoveKind kind, const Product &product, QWidget *parent = nullptr);

    StockMoveKind kind() const { return m_kind; }

private:
    /** The text of the action button for a move of `kind`. */
    static QString actionText(StockMoveKind kind);
    Status write() override;
    void updateAfter();

    const AppContext &m_context;
    StockMoveKind m_kind;
    qint64 m_productId;
    qint64 m_level;
    QSpinBox *m_quantity;
    QLineEdit *m_reason;
    QComboBox *m_supplier = nullptr;
    QLabel *m_after;
};

} // namespace comptoir::ui
