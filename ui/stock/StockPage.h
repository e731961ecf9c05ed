#pragma once

#include "common/AppContext.h"
#include "domain/Product.h"
#include "domain/StockMove.h"
#include "models/PagedTableModel.h"
#include "services/StockListService.h"

#include <QHash>
#include <QTimer>
#include <QWidget>

#include <memory>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace comptoir::ui {

class ExportDialog;

/**
 * "Stock": products with their level (those under their reorder threshold highlighted),
 * searchable, or the alerts only; the selected product's moves, newest first; and, with
 * stock.move, deliveries, adjustments and losses recorded through StockMoveDialog; with
 * export.run, "Export this list…" for the products shown (StockListService reads both).
 */
class StockPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StockPage)

public:
    explicit StockPage(const AppContext &context, QWidget *parent = nullptr);

    /** Shows product `id` selected, with its moves (from the home page's alerts). */
    void openItem(qint64 id);
    /** Lists only the products below their reorder threshold, or all (the "Below threshold only" box). */
    void setBelowThresholdOnly(bool on);

    QTableView *products() const { return m_products; }
    QTableView *moves() const { return m_moves; }
    PagedTableModel<Product> *productModel() const { return m_productModel; }
    PagedTableModel<StockMove> *moveModel() const { return m_moveModel; }
    /** Opens the dialog of `kind` for the selected product (non-blocking). */
    void recordMove(StockMoveKind kind);
    /** "Export this list…" (non-blocking): the products shown, with the search and the alerts filter. */
    ExportDialog *exportList();
    /** The selected product, or nullptr. */
    const Product *selectedProduct() const;

public Q_SLOTS:
    void reload();

private:
    StockListFilter currentFilter() const;
    void selectProduct(qint64 id);
    void showMoves();

    const AppContext &m_context;
    std::shared_ptr<QHash<qint64, QString>> m_userNames;
    QLineEdit *m_search;
    QCheckBox *m_alertsOnly;
    QPushButton *m_delivery;
    QPushButton *m_adjustment;
    QPushButton *m_loss;
    QPushButton *m_export;
    QLabel *m_error;
    QTableView *m_products;
    QLabel *m_movesTitle;
    QTableView *m_moves;
    PagedTableModel<Product> *m_productModel;
    PagedTableModel<StockMove> *m_moveModel;
    QTimer m_searchTimer;
    qint64 m_shownProduct = 0;
};

} // namespace comptoir::ui
