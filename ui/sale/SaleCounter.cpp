#include "sale/SaleCounter.h"

#include "domain/Money.h"
#include "domain/Validation.h"
#include "sale/PaymentDialog.h"
#include "sale/PriceOverrideDialog.h"
#include "sale/ProductSearchPopup.h"
#include "sale/ReceiptDocument.h"
#include "sale/ReceiptPanel.h"
#include "sale/SaleCustomerBar.h"
#include "sale/SaleLinesModel.h"
#include "sale/SaleTotalsView.h"
#include "services/ProductService.h"
#include "services/SaleService.h"
#include "widgets/ColumnMemory.h"
#include "widgets/FieldError.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableView>
#include <QTextDocument>
#include <QVBoxLayout>

namespace comptoir::ui {

namespace {

bool isDigits(const QString &text)
{
    static const QRegularExpression digits(QStringLiteral("^[0-9]+$"));
    return digits.match(text).hasMatch();
}

bool looksLikeSku(const QString &text)
{
    static const QRegularExpression sku(QStringLiteral("^[A-Za-z0-9._-]{1,32}$"));
    return sku.match(text).hasMatch();
}

} // namespace

SaleCounter::SaleCounter(const AppContext &context, QWidget *parent)
    : QWidget(parent),
      m_context(context),
      m_code(new QLineEdit(this)),
      m_codeError(new FieldError(this)),
      m_search(new QPushButton(tr("Search (F2)"), this)),
      m_price(new QPushButton(tr("Price… (F4)"), this)),
      m_payButton(new QPushButton(tr("Pay (F12)"), this)),
      m_customer(new SaleCustomerBar(context, this)),
      m_lines(new SaleLinesModel(this)),
      m_view(new QTableView(this)),
      m_totals(new SaleTotalsView(this)),
      m_receipt(new ReceiptPanel(this)),
      m_hint(new QLabel(this))
{
    setObjectName(QStringLiteral("saleCounter"));
    m_code->setObjectName(QStringLiteral("code"));
    m_code->setPlaceholderText(tr("Scan or type an EAN-13 or a SKU, or a name, then Enter"));
    QFont big = m_code->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    m_code->setFont(big);
    m_code->setMinimumWidth(380);
    m_codeError->setObjectName(QStringLiteral("codeError"));
    m_codeError->setWordWrap(true);
    m_search->setObjectName(QStringLiteral("searchProduct"));
    m_price->setObjectName(QStringLiteral("overridePrice"));
    m_price->setVisible(m_context.session.can(QStringLiteral("price.override")));
    m_payButton->setObjectName(QStringLiteral("pay"));
    QFont payFont = m_payButton->font();
    payFont.setPointSizeF(payFont.pointSizeF() * 1.4);
    payFont.setBold(true);
    m_payButton->setFont(payFont);
    m_payButton->setMinimumHeight(44);
    for (QPushButton *b : {m_search, m_price, m_payButton})
        b->setFocusPolicy(Qt::NoFocus); // the keyboard stays in the code field

    m_view->setObjectName(QStringLiteral("lines"));
    m_view->setModel(m_lines);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->setVisible(false);
    m_view->horizontalHeader()->setSectionResizeMode(SaleLinesModel::ProductColumn, QHeaderView::Stretch);
    for (int c = SaleLinesModel::UnitPriceColumn; c < SaleLinesModel::ColumnCount; ++c)
        m_view->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);

    m_hint->setObjectName(QStringLiteral("counterHint"));
    m_hint->setWordWrap(true);
    m_hint->setStyleSheet(QStringLiteral("color: palette(mid);"));
    m_hint->setText(tr("Enter adds · + / − quantity · Delete removes the line · F2 products · F3 customer%1 · F12 pay")
                        .arg(m_price->isVisible() ? tr(" · F4 price") : QString()));

    auto *codeRow = new QHBoxLayout;
    codeRow->addWidget(m_code, 2);
    codeRow->addWidget(m_codeError, 2);
    codeRow->addWidget(m_search);
    codeRow->addWidget(m_price);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_totals, 1);
    bottom->addWidget(m_payButton, 0, Qt::AlignBottom);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(codeRow);
    layout->addWidget(m_customer);
    layout->addWidget(m_view, 1);
    layout->addLayout(bottom);
    layout->addWidget(m_hint);
    layout->addWidget(m_receipt);
    setFocusProxy(m_code);

    m_typedTimer.setSingleShot(true);
    m_typedTimer.setInterval(1500);
    connect(&m_typedTimer, &QTimer::timeout, this, [this]() { m_typedQuantity.clear(); });
    connect(m_code, &QLineEdit::returnPressed, this, &SaleCounter::onCodeEntered);
    connect(m_code, &QLineEdit::textEdited, m_codeError, &FieldError::clearMessage);
    connect(m_search, &QPushButton::clicked, this, [this]() { searchProducts(m_code->text()); });
    connect(m_price, &QPushButton::clicked, this, &SaleCounter::overridePrice);
    connect(m_payButton, &QPushButton::clicked, this, &SaleCounter::pay);
    connect(m_lines, &QAbstractItemModel::dataChanged, this, &SaleCounter::refreshTotals);
    connect(m_lines, &QAbstractItemModel::rowsInserted, this, &SaleCounter::refreshTotals);
    connect(m_lines, &QAbstractItemModel::rowsRemoved, this, &SaleCounter::refreshTotals);
    connect(m_lines, &QAbstractItemModel::modelReset, this, &SaleCounter::refreshTotals);
    connect(m_view, &QTableView::doubleClicked, this, [this]() { overridePrice(); });
    m_code->installEventFilter(this);
    m_view->installEventFilter(this);
    rememberColumns(m_view->horizontalHeader(), QStringLiteral("sale/lines"));
    refreshTotals();
}

PaymentDialog *SaleCounter::paymentDialog() const
{
    return m_payment;
}

QString SaleCounter::codeMessage() const
{
    return m_codeError->text();
}

void SaleCounter::onCodeEntered()
{
    const QString text = m_code->text().trimmed();
    if (text.isEmpty())
        return;
    addCode(text);
}

bool SaleCounter::addCode(const QString &code)
{
    const QString text = code.trimmed();
    m_codeError->clearMessage();
    ProductService &products = m_context.services->products();
    if (isDigits(text) && text.size() == 13) {
        if (!validation::ean13(text)) {
            m_codeError->show(tr("Invalid barcode (wrong check digit): %1").arg(text));
            m_code->selectAll();
            return false;
        }
        auto found = products.findByEan13(m_context.session, text);
        if (!found && found.error().code == ErrorCode::NotFound) {
            auto bySku = products.findBySku(m_context.session, text); // a SKU may be made of 13 digits
            if (bySku) {
                addProduct(*bySku);
                return true;
            }
        }
        if (!found) {
            m_codeError->show(found.error().code == ErrorCode::NotFound ? tr("Unknown barcode: %1").arg(text)
                                                                        : found.error().message);
            m_code->selectAll();
            return false;
        }
        addProduct(*found);
        return true;
    }
    if (looksLikeSku(text)) {
        auto found = products.findBySku(m_context.session, text);
        if (found) {
            addProduct(*found);
            return true;
        }
        if (found.error().code != ErrorCode::NotFound) {
            m_codeError->show(found.error().message);
            return false;
        }
        if (isDigits(text)) {
            m_codeError->show(tr("Unknown code: %1").arg(text));
            m_code->selectAll();
            return false;
        }
    }
    searchProducts(text); // a name, or letters that are no SKU: let the user pick
    return false;
}

void SaleCounter::addProduct(const Product &product)
{
    if (!product.active) {
        m_codeError->show(tr("%1 is no longer sold").arg(product.name));
        m_code->selectAll();
        return;
    }
    m_receipt->dismiss();
    const int row = m_lines->addProduct(product);
    selectRow(row);
    m_code->clear();
    m_code->setFocus();
}

void SaleCounter::searchProducts(const QString &text)
{
    auto *popup = new ProductSearchPopup(m_context, text.trimmed(), this);
    connect(popup, &ProductSearchPopup::productChosen, this, [this](const Product &p) {
        m_codeError->clearMessage();
        addProduct(p);
    });
    connect(popup, &QDialog::finished, m_code, [this]() { m_code->setFocus(); });
    popup->open();
}

PaymentDialog *SaleCounter::pay()
{
    if (m_payment && m_payment->isVisible())
        return m_payment;
    if (m_payment)
        m_payment->deleteLater(); // the previous sale's, kept until now so late clicks find it
    if (m_lines->isEmpty()) {
        m_codeError->show(tr("The basket is empty: scan an article first"));
        return nullptr;
    }
    const SaleTotals totals = computeSaleTotals(m_lines->saleLines());
    const qint64 customerId = m_customer->customerId();
    auto record = [this, customerId](const QList<PaymentRequest> &payments) -> Result<Sale> {
        SaleRequest request;
        request.lines = m_lines->requests();
        request.customerId = customerId;
        request.payments = payments;
        return m_context.services->sales().record(m_context.session, request);
    };
    m_payment = new PaymentDialog(m_context, totals.totalCents, customerId, record, this);
    connect(m_payment, &PaymentDialog::saleRecorded, this, &SaleCounter::saleRecorded);
    connect(m_payment, &QDialog::finished, m_code, [this]() { m_code->setFocus(); });
    m_payment->open();
    m_payment->amountField()->setFocus();
    m_payment->amountField()->selectAll();
    return m_payment;
}

void SaleCounter::saleRecorded(const Sale &sale)
{
    m_lastSale = sale;
    qint64 change = 0;
    for (const Payment &p : sale.payments)
        change += p.changeCents;
    const QString message = change > 0 ? tr("Sale n° %1 recorded — change %2").arg(sale.number).arg(Money::fromCents(change).toString())
                                        : tr("Sale n° %1 recorded — %2").arg(sale.number).arg(Money::fromCents(sale.totalCents).toString());
    m_receipt->showReceipt(message, ReceiptDocument::forSale(m_context, sale),
                           tr("receipt-%1.pdf").arg(sale.number));
    m_lines->clear();
    m_customer->detach();
    m_codeError->clearMessage();
    m_code->clear();
    m_code->setFocus();
}

void SaleCounter::overridePrice()
{
    if (!m_context.session.can(QStringLiteral("price.override")))
        return;
    const int row = selectedRow();
    if (row < 0) {
        m_codeError->show(tr("Select a line first"));
        return;
    }
    const BasketLine line = m_lines->lines().at(row);
    PriceOverrideDialog dialog(line.product.name, line.product.price.cents(), line.unitPriceCents(), line.discountCents,
                               line.overrideReason, this);
    if (dialog.exec() == QDialog::Accepted)
        m_lines->setOverride(row, dialog.unitPriceCents(), dialog.discountCents(), dialog.reason());
    m_code->setFocus();
}

void SaleCounter::attachCustomer(qint64 customerId)
{
    m_customer->attach(customerId);
    m_code->setFocus();
}

void SaleCounter::clearSale()
{
    m_lines->clear();
    m_customer->detach();
    m_codeError->clearMessage();
    m_code->clear();
}

int SaleCounter::selectedRow() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void SaleCounter::selectRow(int row)
{
    if (row < 0 || row >= m_lines->rowCount())
        return;
    m_view->setCurrentIndex(m_lines->index(row, SaleLinesModel::QuantityColumn));
    m_view->selectRow(row);
}

void SaleCounter::changeQuantity(qint64 delta)
{
    const int row = selectedRow();
    if (row < 0)
        return;
    const qint64 quantity = m_lines->lines().at(row).quantity + delta;
    if (quantity < 1) {
        m_codeError->show(tr("Delete removes the line"));
        return;
    }
    m_lines->setQuantity(row, quantity);
}

void SaleCounter::removeSelected()
{
    const int row = selectedRow();
    if (row < 0)
        return;
    m_lines->removeLine(row);
    selectRow(qMin(row, m_lines->rowCount() - 1));
}

void SaleCounter::refreshTotals()
{
    m_totals->setTotals(computeSaleTotals(m_lines->saleLines()));
    m_payButton->setEnabled(!m_lines->isEmpty());
}

void SaleCounter::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_F2:
        searchProducts(m_code->text());
        return;
    case Qt::Key_F3:
        m_customer->pick();
        m_code->setFocus();
        return;
    case Qt::Key_F4:
        overridePrice();
        return;
    case Qt::Key_F12:
        pay();
        return;
    default:
        QWidget::keyPressEvent(event);
    }
}

bool SaleCounter::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    auto *key = static_cast<QKeyEvent *>(event);
    const int k = key->key();
    if (watched == m_code && m_code->text().isEmpty()) {
        // An empty code field lends its keys to the basket.
        if (k == Qt::Key_Plus || k == Qt::Key_Minus) {
            changeQuantity(k == Qt::Key_Plus ? 1 : -1);
            return true;
        }
        if (k == Qt::Key_Delete) {
            removeSelected();
            return true;
        }
        if (k == Qt::Key_Up || k == Qt::Key_Down) {
            const int row = selectedRow();
            selectRow(k == Qt::Key_Up ? qMax(0, row - 1) : qMin(m_lines->rowCount() - 1, row + 1));
            return true;
        }
    }
    if (watched == m_view) {
        if (k == Qt::Key_Plus || k == Qt::Key_Minus) {
            changeQuantity(k == Qt::Key_Plus ? 1 : -1);
            return true;
        }
        if (k == Qt::Key_Delete || k == Qt::Key_Backspace) {
            removeSelected();
            return true;
        }
        if (k >= Qt::Key_0 && k <= Qt::Key_9) {
            // Typing a number sets the quantity: "1" then "2" gives 12.
            m_typedQuantity += QChar(char16_t(u'0' + (k - Qt::Key_0)));
            m_typedTimer.start();
            const qint64 quantity = m_typedQuantity.toLongLong();
            if (quantity >= 1 && selectedRow() >= 0)
                m_lines->setQuantity(selectedRow(), quantity);
            return true;
        }
        if (k == Qt::Key_Return || k == Qt::Key_Enter || k == Qt::Key_Escape) {
            m_typedQuantity.clear();
            m_code->setFocus();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace comptoir::ui
