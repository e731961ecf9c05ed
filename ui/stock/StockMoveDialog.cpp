#include "stock/StockMoveDialog.h"

#include "services/ProductService.h"
#include "services/StockService.h"
#include "widgets/FieldError.h"
#include "widgets/FormErrors.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace comptoir::ui {

QString stockMoveKindLabel(StockMoveKind kind)
{
    switch (kind) {
    case StockMoveKind::Delivery:
        return QCoreApplication::translate("comptoir::ui::StockMoveDialog", "Delivery");
    case StockMoveKind::Adjustment:
        return QCoreApplication::translate("comptoir::ui::StockMoveDialog", "Adjustment");
    case StockMoveKind::Loss:
        return QCoreApplication::translate("comptoir::ui::StockMoveDialog", "Loss");
    case StockMoveKind::Sale:
        return QCoreApplication::translate("comptoir::ui::StockMoveDialog", "Sale");
    case StockMoveKind::Return:
        return QCoreApplication::translate("comptoir::ui::StockMoveDialog", "Return");
    case StockMoveKind::Damaged:
        return QCoreApplication::translate("comptoir::ui::StockMoveDialog", "Damaged");
    case StockMoveKind::Import:
        return QCoreApplication::translate("comptoir::ui::StockMoveDialog", "Import");
    }
    return toString(kind);
}

StockMoveDialog::StockMoveDialog(const AppContext &context, StockMoveKind kind, const Product &product,
                                 QWidget *parent)
    : QDialog(parent),
      m_context(context),
      m_kind(kind),
      m_productId(product.id),
      m_level(product.stockLevel),
      m_quantity(new QSpinBox(this)),
      m_reason(new QLineEdit(this)),
      m_after(new QLabel(this)),
      m_general(new FieldError(this)),
      m_errors(new FormErrors(m_general))
{
    setObjectName(QStringLiteral("StockMoveDialog"));
    const QLocale locale;
    auto *about = new QLabel(tr("%1 — %2, in stock: %3").arg(product.sku, product.name, locale.toString(product.stockLevel)),
                             this);
    about->setTextFormat(Qt::PlainText);
    about->setWordWrap(true);
    m_quantity->setObjectName(QStringLiteral("quantity"));
    m_reason->setObjectName(QStringLiteral("reason"));
    m_after->setObjectName(QStringLiteral("after"));
    m_after->setTextFormat(Qt::PlainText);
    m_general->setObjectName(QStringLiteral("generalError"));

    auto *form = new QFormLayout;
    QString quantityLabel = tr("&Quantity:");
    QString okText;
    switch (kind) {
    case StockMoveKind::Adjustment:
        setWindowTitle(tr("Stock adjustment"));
        m_quantity->setRange(-1'000'000, 1'000'000);
        m_quantity->setValue(0);
        quantityLabel = tr("&Change (+ or −):");
        m_reason->setPlaceholderText(tr("e.g. inventory count (required)"));
        okText = tr("&Record adjustment");
        break;
    case StockMoveKind::Loss:
        setWindowTitle(tr("Stock loss"));
        m_quantity->setRange(0, 1'000'000);
        m_quantity->setValue(1);
        quantityLabel = tr("&Units lost:");
        m_reason->setPlaceholderText(tr("e.g. breakage, theft (required)"));
        okText = tr("&Record loss");
        break;
    default:
        setWindowTitle(tr("Delivery"));
        m_quantity->setRange(0, 1'000'000);
        m_quantity->setValue(1);
        quantityLabel = tr("&Units received:");
        m_reason->setPlaceholderText(tr("e.g. delivery note number (optional)"));
        okText = tr("&Record delivery");
        break;
    }
    form->addRow(quantityLabel, m_errors->wrap(m_quantity, {QStringLiteral("quantity")}));
    form->addRow(tr("R&eason:"), m_errors->wrap(m_reason, {QStringLiteral("reason")}));
    if (kind == StockMoveKind::Delivery) {
        m_supplier = new QComboBox(this);
        m_supplier->setObjectName(QStringLiteral("supplier"));
        m_supplier->addItem(tr("No supplier"), qint64(0));
        ProductService &products = m_context.services->products();
        if (auto suppliers = products.suppliers(m_context.session))
            for (const Supplier &s : *suppliers)
                m_supplier->addItem(s.name, s.id);
        m_supplier->setCurrentIndex(std::max(0, m_supplier->findData(product.supplierId)));
        form->addRow(tr("&Supplier:"), m_errors->wrap(m_supplier, {QStringLiteral("supplier_id")}));
    }
    form->addRow(tr("Level after:"), m_after);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_save = buttons->addButton(okText, QDialogButtonBox::AcceptRole);
    m_save->setObjectName(QStringLiteral("save"));
    m_save->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &StockMoveDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_quantity, &QSpinBox::valueChanged, this, &StockMoveDialog::updateAfter);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(about);
    layout->addLayout(form);
    layout->addWidget(m_general);
    layout->addWidget(buttons);
    setMinimumWidth(440);
    updateAfter();
    m_quantity->selectAll();
}

StockMoveDialog::~StockMoveDialog()
{
    delete m_errors;
}

void StockMoveDialog::updateAfter()
{
    const qint64 entered = m_quantity->value();
    const qint64 after = m_kind == StockMoveKind::Loss ? m_level - entered : m_level + entered;
    m_after->setText(QLocale().toString(after));
    m_after->setStyleSheet(after < 0 ? QStringLiteral("color: #b00020;") : QString());
}

void StockMoveDialog::submit()
{
    if (!m_save->isEnabled())
        return; // a second click while the first is recorded
    m_save->setEnabled(false);
    m_errors->clear();
    StockService &stock = m_context.services->stock();
    const qint64 quantity = m_quantity->value();
    const QString reason = m_reason->text();
    Result<qint64> id = Error{};
    switch (m_kind) {
    case StockMoveKind::Adjustment:
        id = stock.recordAdjustment(m_context.session, m_productId, quantity, reason);
        break;
    case StockMoveKind::Loss:
        id = stock.recordLoss(m_context.session, m_productId, quantity, reason);
        break;
    default:
        id = stock.recordDelivery(m_context.session, m_productId, quantity, reason,
                                  m_supplier ? m_supplier->currentData().toLongLong() : 0);
        break;
    }
    if (!id) {
        m_errors->show(id.error());
        m_save->setEnabled(true);
        return;
    }
    m_recordedId = *id;
    accept();
}

} // namespace comptoir::ui
