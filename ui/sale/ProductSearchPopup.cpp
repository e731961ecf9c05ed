#include "sale/ProductSearchPopup.h"

#include "services/ProductService.h"

#include <QCoreApplication>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

namespace comptoir::ui {

ProductSearchPopup::ProductSearchPopup(const AppContext &context, const QString &text, QWidget *parent)
    : QDialog(parent),
      m_context(context),
      m_search(new QLineEdit(text, this)),
      m_results(new QListWidget(this)),
      m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("productSearchPopup"));
    setWindowTitle(tr("Find a product"));
    setAttribute(Qt::WA_DeleteOnClose);
    m_search->setObjectName(QStringLiteral("productSearch"));
    m_search->setPlaceholderText(tr("Name, SKU or EAN-13"));
    m_search->setClearButtonEnabled(true);
    m_results->setObjectName(QStringLiteral("productResults"));
    m_results->setUniformItemSizes(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setObjectName(QStringLiteral("productSearchMessage"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_search);
    layout->addWidget(m_results, 1);
    layout->addWidget(m_message);
    resize(520, 360);

    m_timer.setSingleShot(true);
    m_timer.setInterval(150);
    connect(&m_timer, &QTimer::timeout, this, &ProductSearchPopup::searchNow);
    connect(m_search, &QLineEdit::textEdited, this, [this]() { m_timer.start(); });
    connect(m_results, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) { choose(m_results->row(item)); });
    m_search->installEventFilter(this);
    m_results->installEventFilter(this);
    searchNow();
    m_results->setFocus();
}

void ProductSearchPopup::searchNow()
{
    m_timer.stop();
    m_results->clear();
    m_found.clear();
    const QString text = m_search->text().trimmed();
    if (text.isEmpty()) {
        m_message->setText(tr("Type part of a name, a SKU or an EAN-13"));
        return;
    }
    auto found = m_context.services->products().search(m_context.session, text, 30);
    if (!found) {
        m_message->setText(found.error().message);
        return;
    }
    for (const Product &p : *found) {
        if (!p.active)
            continue;
        m_found.append(p);
        // Plain list items never interpret markup: names from imports stay text.
        m_results->addItem(tr("%1 — %2 — %3").arg(p.name, p.price.toString(), p.sku));
    }
    m_message->setText(m_found.isEmpty() ? tr("No product matches \"%1\"").arg(text)
                                         : tr("%n product(s): arrows and Enter to add", nullptr, int(m_found.size())));
    if (!m_found.isEmpty())
        m_results->setCurrentRow(0);
}

bool ProductSearchPopup::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (watched == m_search && (key->key() == Qt::Key_Down || key->key() == Qt::Key_Up)) {
            m_results->setFocus();
            QCoreApplication::sendEvent(m_results, event);
            return true;
        }
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            if (watched == m_search && m_timer.isActive())
                searchNow();
            choose(m_results->currentRow());
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void ProductSearchPopup::choose(int row)
{
    if (row < 0 || row >= m_found.size())
        return;
    Q_EMIT productChosen(m_found.at(row));
    accept();
}

} // namespace comptoir::ui
