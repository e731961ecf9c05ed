#include "widgets/CustomerPicker.h"

#include "domain/Validation.h"
#include "services/CustomerService.h"

#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

namespace comptoir::ui {

namespace {
constexpr int kPickerIdRole = Qt::UserRole + 10;
constexpr int kNameRole = Qt::UserRole + 11;
} // namespace

CustomerPicker::CustomerPicker(const AppContext &context, QWidget *parent)
    : QWidget(parent),
      m_context(context),
      m_search(new QLineEdit(this)),
      m_results(new QListWidget(this)),
      m_chosen(new QLabel(this))
{
    setObjectName(QStringLiteral("customerPicker"));
    m_search->setObjectName(QStringLiteral("customerSearch"));
    m_search->setPlaceholderText(tr("Search a customer: name, phone or e-mail"));
    m_search->setClearButtonEnabled(true);
    m_results->setObjectName(QStringLiteral("customerResults"));
    m_results->setMaximumHeight(120);
    m_results->setVisible(false);
    m_chosen->setObjectName(QStringLiteral("customerChosen"));
    m_chosen->setTextFormat(Qt::PlainText);
    setFocusProxy(m_search);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_search);
    layout->addWidget(m_results);
    layout->addWidget(m_chosen);
    setCustomer(0, QString());

    m_timer.setSingleShot(true);
    m_timer.setInterval(200);
    connect(&m_timer, &QTimer::timeout, this, &CustomerPicker::searchNow);
    connect(m_search, &QLineEdit::textEdited, this, [this]() { m_timer.start(); });
    connect(m_results, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { choose(m_results->row(item)); });
    connect(m_results, &QListWidget::itemClicked, this,
            [this](QListWidgetItem *item) { choose(m_results->row(item)); });
    m_search->installEventFilter(this);
}

void CustomerPicker::setCustomer(qint64 id, const QString &name)
{
    m_customerId = id;
    m_customerName = id > 0 ? name : QString();
    m_chosen->setText(id > 0 ? tr("Customer: %1 (#%2)").arg(name).arg(id) : tr("No customer chosen"));
    Q_EMIT customerChanged(id);
}

void CustomerPicker::searchNow()
{
    m_timer.stop();
    m_results->clear();
    const QString text = m_search->text().trimmed();
    if (text.size() < 2) {
        m_results->setVisible(false);
        return;
    }
    CustomerService &customers = m_context.services->customers();
    auto found = customers.search(m_context.session, text, 20);
    if (!found) {
        auto *item = new QListWidgetItem(found.error().message, m_results);
        item->setFlags(Qt::NoItemFlags);
    } else if (found->isEmpty()) {
        auto *item = new QListWidgetItem(tr("No customer matches \"%1\"").arg(text), m_results);
        item->setFlags(Qt::NoItemFlags);
    } else {
        for (const Customer &c : *found) {
            QStringList details;
            if (!c.phone.isEmpty())
                details << validation::phoneForDisplay(c.phone);
            if (!c.email.isEmpty())
                details << c.email;
            if (!c.city.isEmpty())
                details << c.city;
            const QString label = details.isEmpty() ? c.displayName()
                                                    : tr("%1 — %2").arg(c.displayName(), details.join(QStringLiteral(", ")));
            auto *item = new QListWidgetItem(label, m_results);
            item->setData(kPickerIdRole, c.id);
            item->setData(kNameRole, c.displayName());
        }
        m_results->setCurrentRow(0);
    }
    m_results->setVisible(true);
}

void CustomerPicker::choose(int row)
{
    QListWidgetItem *item = m_results->item(row);
    if (!item || !(item->flags() & Qt::ItemIsEnabled))
        return;
    setCustomer(item->data(kPickerIdRole).toLongLong(), item->data(kNameRole).toString());
    m_results->setVisible(false);
    m_search->clear();
}

bool CustomerPicker::eventFilter(QObject *watched, QEvent *event)
{
    // Arrows move through the matches while the caret stays in the search field; Enter picks.
    if (watched == m_search && event->type() == QEvent::KeyPress && m_results->isVisible()) {
        auto *key = static_cast<QKeyEvent *>(event);
        const int row = m_results->currentRow();
        switch (key->key()) {
        case Qt::Key_Down:
            m_results->setCurrentRow(std::min(row + 1, m_results->count() - 1));
            return true;
        case Qt::Key_Up:
            m_results->setCurrentRow(std::max(row - 1, 0));
            return true;
        case Qt::Key_Return:
        case Qt::Key_Enter:
            if (m_timer.isActive())
                searchNow();
            choose(m_results->currentRow());
            return true; // never the dialog's default button while picking
        case Qt::Key_Escape:
            m_results->setVisible(false);
            return true;
        default:
            break;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace comptoir::ui
