#include "stock/StockMoveDialog.h"

#include "services/ProductService.h"
#include "services/StockService.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSpinBox>

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

QString StockMoveDialog::actionText(StockMoveKind kind)
{
    switch (kind) {
    case StockMoveKind::Adjustment:
        return tr("&Record adjustment");
    case StockMoveKind::Loss:
        return tr("&Record loss");
    default:
        return tr("&Record delivery");
    }
}

StockMoveDialog::StockMoveDialog(const AppContext &context, StockMoveKind kind, const Product &product,
                                 QWidget *parent)
    : FormDialog(parent, actionText(kind), QStringLiteral("save")),
      m_context(context),
      m_kind(kind),
      m_productId(product.id),
      m_level(product.stockLevel),
      m_quantity(new QSpinBox(this)),
      m_reason(new QLineEdit(this)),
      m_after(new QLabel(this))
{
    setObjectName(QStringLiteral("StockMoveDialog"));
    const QLocale locale;
    setIntro(tr("%1 — %2, in stock: %3").arg(product.sku, product.name, locale.toString(product.stockLevel)));
    m_quantity->setObjectName(QStringLiteral("quantity"));
    m_reason->setObjectName(QStringLiteral("reason"));
    m_after->setObjectName(QStringLiteral("after"));
    m_after->setTextFormat(Qt::PlainText);

    QString quantityLabel = tr("&Quantity:");
    switch (kind) {
    case StockMoveKind::Adjustment:
        setWindowTitle(tr("Stock adjustment"));
        m_quantity->setRange(-1'000'000, 1'000'000);
        m_quantity->setValue(0);
        quantityLabel = tr("&Change (+ or −):");
        m_reason->setPlaceholderText(tr("e.g. inventory count (required)"));
        break;
    case StockMoveKind::Loss:
        setWindowTitle(tr("Stock loss"));
        m_quantity->setRange(0, 1'000'000);
        m_quantity->setValue(1);
        quantityLabel = tr("&Units lost:");
        m_reason->setPlaceholderText(tr("e.g. breakage, theft (required)"));
        break;
    default:
        setWindowTitle(tr("Delivery"));
        m_quantity->setRange(0, 1'000'000);
        m_quantity->setValue(1);
        quantityLabel = tr("&Units received:");
        m_reason->setPlaceholderText(tr("e.g. delivery note number (optional)"));
        break;
    }
    addRow(quantityLabel, m_quantity, {QStringLiteral("quantity")});
    addRow(tr("R&eason:"), m_reason, {QStringLiteral("reason")});
    if (kind == StockMoveKind::Delivery) {
        m_supplier = new QComboBox(this);
        m_supplier->setObjectName(QStringLiteral("supplier"));
        m_supplier->addItem(tr("No supplier"), qint64(0));
        if (auto suppliers = m_context.services->products().suppliers(m_context.session))
            for (const Supplier &s : *suppliers)
                m_supplier->addItem(s.name, s.id);
        m_supplier->setCurrentIndex(std::max(0, m_supplier->findData(product.supplierId)));
        addRow(tr("&Supplier:"), m_supplier, {QStringLiteral("supplier_id")});
    }
    addRow(tr("Level after:"), m_after);
    connect(m_quantity, &QSpinBox::valueChanged, this, &StockMoveDialog::updateAfter);
    setMinimumWidth(440);
    updateAfter();
    m_quantity->selectAll();
}

void StockMoveDialog::updateAfter()
{
    const qint64 entered = m_quantity->value();
    const qint64 after = m_kind == StockMoveKind::Loss ? m_level - entered : m_level + entered;
    m_after->setText(QLocale().toString(after));
    m_after->setStyleSheet(after < 0 ? QStringLiteral("color: #b00020;") : QString());
}

Status StockMoveDialog::write()
{
    StockService &stock = m_context.services->stock();
    const qint64 quantity = m_quantity->value();
    const QString reason = m_reason->text();
    switch (m_kind) {
    case StockMoveKind::Adjustment:
        return keep(stock.recordAdjustment(m_context.session, m_productId, quantity, reason));
    case StockMoveKind::Loss:
        return keep(stock.recordLoss(m_context.session, m_productId, quantity, reason));
    default:
        return keep(stock.recordDelivery(m_context.session, m_productId, quantity, reason,
                                         m_supplier ? m_supplier->currentData().toLongLong() : 0));
    }
}

} // namespace comptoir::ui
