#include "stock/StockPage.h"

#include "export/ExportDialog.h"
#include "services/ProductService.h"
#include "services/StaffService.h"
#include "services/StockListService.h"
#include "services/StockService.h"
#include "stock/StockMoveDialog.h"
#include "widgets/ColumnMemory.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace comptoir::ui {

namespace {

constexpr int kLevelColumn = 4;
/** The products list's page, and how many search matches it shows. */
constexpr int kStockPageRows = 200;

void setUpTable(QTableView *table, const QString &name)
{
    table->setObjectName(name);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->verticalHeader()->setVisible(false);
}

} // namespace

StockPage::StockPage(const AppContext &context, QWidget *parent)
    : QWidget(parent),
      m_context(context),
      m_userNames(std::make_shared<QHash<qint64, QString>>()),
      m_search(new QLineEdit(this)),
      m_alertsOnly(new QCheckBox(tr("&Below threshold only"), this)),
      m_delivery(new QPushButton(tr("&Delivery…"), this)),
      m_adjustment(new QPushButton(tr("&Adjustment…"), this)),
      m_loss(new QPushButton(tr("&Loss…"), this)),
      m_export(new QPushButton(tr("E&xport this list…"), this)),
      m_error(new QLabel(this)),
      m_products(new QTableView(this)),
      m_movesTitle(new QLabel(this)),
      m_moves(new QTableView(this)),
      m_productModel(nullptr),
      m_moveModel(nullptr)
{
    setObjectName(QStringLiteral("StockPage"));
    m_search->setObjectName(QStringLiteral("search"));
    m_search->setPlaceholderText(tr("Search by name, SKU or EAN-13"));
    m_search->setClearButtonEnabled(true);
    m_alertsOnly->setObjectName(QStringLiteral("alertsOnly"));
    m_delivery->setObjectName(QStringLiteral("delivery"));
    m_adjustment->setObjectName(QStringLiteral("adjustment"));
    m_loss->setObjectName(QStringLiteral("loss"));
    const bool canMove = m_context.session.can(QStringLiteral("stock.move"));
    for (QPushButton *b : {m_delivery, m_adjustment, m_loss}) {
        b->setVisible(canMove);
        b->setEnabled(false);
    }
    m_export->setObjectName(QStringLiteral("exportList"));
    m_export->setVisible(m_context.session.can(QStringLiteral("export.run")));
    m_export->setToolTip(tr("Export the products shown, with the search and filter applied, as CSV or XLSX"));
    m_error->setTextFormat(Qt::PlainText);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->setVisible(false);
    m_movesTitle->setTextFormat(Qt::PlainText);
    QFont bold = m_movesTitle->font();
    bold.setBold(true);
    m_movesTitle->setFont(bold);

    const QLocale locale;
    const Qt::Alignment left = Qt::AlignLeft | Qt::AlignVCenter;
    const Qt::Alignment right = Qt::AlignRight | Qt::AlignVCenter;
    m_productModel = new PagedTableModel<Product>(
        {
            {tr("SKU"), [](const Product &p) { return QVariant(p.sku); }, nullptr, left},
            {tr("Product"), [](const Product &p) { return QVariant(p.name); }, nullptr, left},
            {tr("Category"), [](const Product &p) { return QVariant(p.categoryName); }, nullptr, left},
            {tr("Price"), [](const Product &p) { return QVariant(p.price.toString()); },
             [](const Product &p) { return QVariant(p.price.cents()); }, right},
            {tr("In stock"), [locale](const Product &p) { return QVariant(locale.toString(p.stockLevel)); },
             [](const Product &p) { return QVariant(p.stockLevel); }, right},
            {tr("Threshold"), [locale](const Product &p) { return QVariant(locale.toString(p.reorderThreshold)); },
             [](const Product &p) { return QVariant(p.reorderThreshold); }, right},
        },
        this, kStockPageRows);
    m_productModel->setDecorate([](const Product &p, int column, int role) -> QVariant {
        const bool low = p.stockLevel < p.reorderThreshold;
        if (role == Qt::BackgroundRole && low)
            return QColor(0xff, 0xec, 0xd2);
        if (role == Qt::ForegroundRole && low && column == kLevelColumn)
            return QColor(0xb0, 0x00, 0x20);
        if (role == Qt::ForegroundRole && !p.active)
            return QColor(0x8a, 0x8a, 0x8a);
        if (role == Qt::FontRole && low && column == kLevelColumn) {
            QFont f;
            f.setBold(true);
            return f;
        }
        if (role == Qt::ToolTipRole && low)
            return tr("Below its reorder threshold");
        return {};
    });
    setUpTable(m_products, QStringLiteral("productsTable"));
    m_products->setModel(m_productModel);
    m_products->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_products->setColumnWidth(0, 120);
    m_products->setColumnWidth(2, 160);
    m_products->setColumnWidth(3, 100);
    m_products->setColumnWidth(4, 90);
    m_products->setColumnWidth(5, 90);
    rememberColumns(m_products->horizontalHeader(), QStringLiteral("stock.products"));

    auto names = m_userNames;
    m_moveModel = new PagedTableModel<StockMove>(
        {
            {tr("Date"), [locale](const StockMove &m) { return QVariant(locale.toString(m.at.toLocalTime(), QLocale::ShortFormat)); },
             [](const StockMove &m) { return QVariant(m.at); }, left},
            {tr("Kind"), [](const StockMove &m) { return QVariant(stockMoveKindLabel(m.kind)); }, nullptr, left},
            {tr("Quantity"),
             [locale](const StockMove &m) {
                 return QVariant(m.quantity > 0 ? QStringLiteral("+") + locale.toString(m.quantity) : locale.toString(m.quantity));
             },
             [](const StockMove &m) { return QVariant(m.quantity); }, right},
            {tr("Reason"), [](const StockMove &m) { return QVariant(m.reason); }, nullptr, left},
            {tr("By"),
             [names](const StockMove &m) {
                 return QVariant(m.userId == 0 ? tr("system") : names->value(m.userId, tr("user #%1").arg(m.userId)));
             },
             nullptr, left},
        },
        this);
    m_moveModel->setDecorate([](const StockMove &m, int column, int role) -> QVariant {
        if (role == Qt::ForegroundRole && column == 2)
            return m.quantity < 0 ? QColor(0xb0, 0x00, 0x20) : QColor(0x1e, 0x7a, 0x34);
        return {};
    });
    setUpTable(m_moves, QStringLiteral("movesTable"));
    m_moves->setModel(m_moveModel);
    m_moves->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_moves->setColumnWidth(0, 160);
    m_moves->setColumnWidth(1, 110);
    m_moves->setColumnWidth(2, 80);
    m_moves->setColumnWidth(4, 150);
    rememberColumns(m_moves->horizontalHeader(), QStringLiteral("stock.moves"));

    auto *top = new QHBoxLayout;
    top->addWidget(m_search, 1);
    top->addWidget(m_alertsOnly);
    top->addSpacing(12);
    for (QPushButton *b : {m_delivery, m_adjustment, m_loss})
        top->addWidget(b);
    top->addSpacing(12);
    top->addWidget(m_export);

    auto *movesBox = new QWidget(this);
    auto *movesLayout = new QVBoxLayout(movesBox);
    movesLayout->setContentsMargins(0, 6, 0, 0);
    movesLayout->addWidget(m_movesTitle);
    movesLayout->addWidget(m_moves, 1);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_products);
    splitter->addWidget(movesBox);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_error);
    layout->addWidget(splitter, 1);

    m_searchTimer.setSingleShot(true);
    m_searchTimer.setInterval(250);
    connect(&m_searchTimer, &QTimer::timeout, this, &StockPage::reload);
    connect(m_search, &QLineEdit::textChanged, this, [this]() { m_searchTimer.start(); });
    connect(m_search, &QLineEdit::returnPressed, this, &StockPage::reload);
    connect(m_alertsOnly, &QCheckBox::toggled, this, &StockPage::reload);
    // Selection, not the current row: the current row changes before the row is selected.
    connect(m_products->selectionModel(), &QItemSelectionModel::selectionChanged, this, &StockPage::showMoves);
    connect(m_delivery, &QPushButton::clicked, this, [this]() { recordMove(StockMoveKind::Delivery); });
    connect(m_adjustment, &QPushButton::clicked, this, [this]() { recordMove(StockMoveKind::Adjustment); });
    connect(m_loss, &QPushButton::clicked, this, [this]() { recordMove(StockMoveKind::Loss); });
    connect(m_export, &QPushButton::clicked, this, &StockPage::exportList);
    setTabOrder(m_search, m_alertsOnly);
    setTabOrder(m_alertsOnly, m_products);
    setTabOrder(m_products, m_delivery);
    setTabOrder(m_delivery, m_adjustment);
    setTabOrder(m_adjustment, m_loss);
    setTabOrder(m_loss, m_moves);
    reload();
}

void StockPage::reload()
{
    m_searchTimer.stop();
    const qint64 keep = m_shownProduct;
    const StockListFilter filter = currentFilter();
    const AppContext *context = &m_context;
    m_productModel->setFetch([context, filter](int offset, int limit, int, Qt::SortOrder) {
        StockListService &list = context->services->stockLists();
        return list.list(context->session, filter, offset, limit);
    });
    m_error->setVisible(!m_productModel->lastError().isEmpty());
    m_error->setText(m_productModel->lastError());
    selectProduct(keep);
}

StockListFilter StockPage::currentFilter() const
{
    StockListFilter filter;
    filter.search = m_search->text().trimmed();
    filter.belowThreshold = m_alertsOnly->isChecked();
    filter.searchLimit = kStockPageRows;
    return filter;
}

ExportDialog *StockPage::exportList()
{
    if (!m_context.session.can(QStringLiteral("export.run")))
        return nullptr;
    if (m_searchTimer.isActive())
        reload(); // the rows exported are the rows shown
    const StockListFilter filter = currentFilter();
    ListExport list;
    if (filter.belowThreshold)
        list.description = filter.search.isEmpty()
                               ? tr("The stock list: the products below their reorder threshold")
                               : tr("The stock list: the products below their reorder threshold matching \"%1\"")
                                     .arg(filter.search);
    else
        list.description = filter.search.isEmpty()
                               ? tr("The stock list: every product")
                               : tr("The stock list: the products matching \"%1\" (at most %2, as shown)")
                                     .arg(filter.search)
                                     .arg(filter.searchLimit);
    list.stem = tr("stock-list");
    list.run = [filter](ExportService &service, const Session &session, const QString &path, const ExportOptions &options) {
        return service.exportStockList(session, filter, path, options);
    };
    auto *dialog = new ExportDialog(m_context, std::move(list), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

void StockPage::selectProduct(qint64 id)
{
    const QList<Product> &rows = m_productModel->rows();
    for (int i = 0; i < rows.size(); ++i) {
        if (rows.at(i).id == id) {
            m_products->selectRow(i);
            m_products->scrollTo(m_productModel->index(i, 0));
            showMoves();
            return;
        }
    }
    m_products->clearSelection();
    showMoves();
}

const Product *StockPage::selectedProduct() const
{
    const QModelIndex current = m_products->selectionModel()->currentIndex();
    if (!current.isValid() || !m_products->selectionModel()->isRowSelected(current.row(), QModelIndex()))
        return nullptr;
    return m_productModel->rowAt(current.row());
}

void StockPage::showMoves()
{
    const Product *product = selectedProduct();
    for (QPushButton *b : {m_delivery, m_adjustment, m_loss})
        b->setEnabled(product != nullptr);
    m_shownProduct = product ? product->id : 0;
    if (!product) {
        m_movesTitle->setText(tr("Select a product to see its stock moves."));
        m_moveModel->setFetch(nullptr);
        return;
    }
    m_movesTitle->setText(tr("Moves of %1 — %2").arg(product->sku, product->name));
    const AppContext *context = &m_context;
    const qint64 productId = product->id;
    auto names = m_userNames;
    m_moveModel->setFetch([context, productId, names](int offset, int limit, int, Qt::SortOrder) {
        StockService &stock = context->services->stock();
        auto page = stock.moves(context->session, productId, offset, limit);
        if (page) {
            // Who recorded the moves of this page, in one query.
            QList<qint64> missing;
            for (const StockMove &m : *page)
                if (m.userId > 0 && !names->contains(m.userId) && !missing.contains(m.userId))
                    missing.append(m.userId);
            if (!missing.isEmpty()) {
                StaffService &staff = context->services->staff();
                if (auto found = staff.displayNames(context->session, missing))
                    names->insert(*found);
            }
        }
        return page;
    });
}

void StockPage::recordMove(StockMoveKind kind)
{
    const Product *product = selectedProduct();
    if (!product || !m_context.session.can(QStringLiteral("stock.move")))
        return;
    // Fresh figures: the list may be older than the last sale.
    ProductService &products = m_context.services->products();
    auto current = products.findById(m_context.session, product->id);
    auto *dialog = new StockMoveDialog(m_context, kind, current ? *current : *product, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, &StockPage::reload);
    dialog->open();
}

void StockPage::setBelowThresholdOnly(bool on)
{
    m_alertsOnly->setChecked(on); // reloads when it changes
}

void StockPage::openItem(qint64 id)
{
    ProductService &products = m_context.services->products();
    auto product = products.findById(m_context.session, id);
    if (!product)
        return;
    m_shownProduct = id;
    {
        const QSignalBlocker blockSearch(m_search);
        const QSignalBlocker blockAlerts(m_alertsOnly);
        m_search->setText(product->sku);
        m_alertsOnly->setChecked(false);
    }
    reload();
    m_products->setFocus();
}

} // namespace comptoir::ui
