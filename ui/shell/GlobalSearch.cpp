#include "shell/GlobalSearch.h"

#include "domain/Validation.h"
#include "services/CustomerService.h"

#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

namespace comptoir::ui {

GlobalSearch::GlobalSearch(const AppContext &context, QWidget *parent)
    : QDialog(parent, Qt::Popup | Qt::FramelessWindowHint),
      m_context(context),
      m_input(new QLineEdit(this)),
      m_results(new QListWidget(this)),
      m_hint(new QLabel(this))
{
    setObjectName(QStringLiteral("GlobalSearch"));
    setWindowTitle(tr("Find a customer"));
    m_input->setObjectName(QStringLiteral("globalSearchInput"));
    m_input->setPlaceholderText(tr("Find a customer: name, e-mail, phone, city…"));
    m_input->setClearButtonEnabled(true);
    QFont big = m_input->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    m_input->setFont(big);
    m_results->setObjectName(QStringLiteral("globalSearchResults"));
    m_results->setFocusPolicy(Qt::NoFocus);
    m_results->setUniformItemSizes(true);
    m_results->setSpacing(2);
    m_hint->setObjectName(QStringLiteral("globalSearchHint"));
    m_hint->setTextFormat(Qt::PlainText);
    m_hint->setStyleSheet(QStringLiteral("color: palette(mid);"));
    m_hint->setText(tr("Enter opens the customer · Esc closes"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_input);
    layout->addWidget(m_results, 1);
    layout->addWidget(m_hint);
    setStyleSheet(QStringLiteral("#GlobalSearch { border: 1px solid palette(mid); }"));
    resize(560, 380);

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(kDebounceMs);
    connect(&m_debounce, &QTimer::timeout, this, &GlobalSearch::search);
    connect(m_input, &QLineEdit::textChanged, this, [this]() { m_debounce.start(); });
    connect(m_results, &QListWidget::itemActivated, this, &GlobalSearch::choose);
    connect(m_results, &QListWidget::itemClicked, this, &GlobalSearch::choose);
    m_input->installEventFilter(this);
}

void GlobalSearch::start()
{
    m_input->clear();
    m_results->clear();
    if (QWidget *p = parentWidget()) {
        const QRect area = p->window()->geometry();
        move(area.center().x() - width() / 2, area.top() + area.height() / 6);
    }
    show();
    raise();
    activateWindow();
    m_input->setFocus();
}

void GlobalSearch::searchNow()
{
    if (m_debounce.isActive())
        search();
}

int GlobalSearch::resultCount() const
{
    return m_results->count();
}

void GlobalSearch::search()
{
    m_debounce.stop();
    m_results->clear();
    const QString text = m_input->text().trimmed();
    if (text.size() < kMinLength) // one letter matches too many customers to be useful
        return;
    auto found = m_context.services->customers().search(m_context.session, text, kLimit);
    if (!found) {
        m_hint->setText(found.error().message);
        return;
    }
    for (const Customer &c : *found) {
        QStringList parts{c.displayName()};
        for (const QString &extra : {c.email, validation::phoneForDisplay(c.phone),
                                     (c.postalCode + QLatin1Char(' ') + c.city).trimmed()})
            if (!extra.isEmpty())
                parts << extra;
        auto *item = new QListWidgetItem(parts.join(QStringLiteral("  ·  ")), m_results);
        item->setData(Qt::UserRole, c.id);
    }
    if (m_results->count() > 0)
        m_results->setCurrentRow(0);
    m_hint->setText(m_results->count() > 0 ? tr("Enter opens the customer · Esc closes")
                                           : tr("No customer matches \"%1\"").arg(text));
}

void GlobalSearch::choose()
{
    searchNow();
    QListWidgetItem *item = m_results->currentItem();
    if (!item)
        return;
    const qint64 id = item->data(Qt::UserRole).toLongLong();
    accept();
    Q_EMIT customerChosen(id);
}

bool GlobalSearch::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_input && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            choose();
            return true;
        }
        if (key == Qt::Key_Down || key == Qt::Key_Up) {
            searchNow();
            const int row = m_results->currentRow() + (key == Qt::Key_Down ? 1 : -1);
            if (row >= 0 && row < m_results->count())
                m_results->setCurrentRow(row);
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace comptoir::ui
