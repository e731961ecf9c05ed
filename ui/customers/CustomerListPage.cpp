#include "customers/CustomerListPage.h"

#include "domain/Validation.h"
#include "export/ExportDialog.h"
#include "services/CustomerService.h"
#include "widgets/ColumnMemory.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace comptoir::ui {

namespace {

QList<PagedTableModel<Customer>::Column> customerColumns()
{
    using Column = PagedTableModel<Customer>::Column;
    const auto right = Qt::AlignRight | Qt::AlignVCenter;
    return {
        Column{CustomerListPage::tr("Name"),
               [](const Customer &c) { return QVariant(c.lastName + QStringLiteral(", ") + c.firstName); }},
        Column{CustomerListPage::tr("E-mail"), [](const Customer &c) { return QVariant(c.email); }},
        Column{CustomerListPage::tr("Phone"),
               [](const Customer &c) { return QVariant(validation::phoneForDisplay(c.phone)); },
               [](const Customer &c) { return QVariant(c.phone); }},
        Column{CustomerListPage::tr("Postal code"), [](const Customer &c) { return QVariant(c.postalCode); }},
        Column{CustomerListPage::tr("City"), [](const Customer &c) { return QVariant(c.city); }},
        Column{CustomerListPage::tr("Status"),
               [](const Customer &c) {
                   return QVariant(c.status == CustomerStatus::Customer ? CustomerListPage::tr("Customer")
                                                                        : CustomerListPage::tr("Prospect"));
               },
               [](const Customer &c) { return QVariant(toString(c.status)); }},
        Column{CustomerListPage::tr("Loyalty card"), [](const Customer &c) { return QVariant(c.loyaltyCard); }},
        Column{CustomerListPage::tr("Points"), [](const Customer &c) { return QVariant(QLocale().toString(c.loyaltyPoints)); },
               [](const Customer &c) { return QVariant(c.loyaltyPoints); }, right},
    };
}

} // namespace

CustomerListPage::CustomerListPage(const AppContext &context, QWidget *parent)
    : QWidget(parent),
      m_context(context),
      m_search(new QLineEdit(this)),
      m_table(new QTableView(this)),
      m_model(new PagedTableModel<Customer>(customerColumns(), this)),
      m_info(new QLabel(this)),
      m_new(new QPushButton(tr("&New customer"), this)),
      m_merge(new QPushButton(tr("&Merge…"), this)),
      m_export(new QPushButton(tr("E&xport this list…"), this))
{
    setObjectName(QStringLiteral("CustomerListPage"));
    m_search->setObjectName(QStringLiteral("customerSearch"));
    m_search->setPlaceholderText(tr("Search by name, e-mail, phone or city"));
    m_search->setClearButtonEnabled(true);
    m_table->setObjectName(QStringLiteral("customerTable"));
    m_info->setObjectName(QStringLiteral("customerCount"));
    m_info->setTextFormat(Qt::PlainText);
    m_new->setObjectName(QStringLiteral("newCustomer"));
    m_merge->setObjectName(QStringLiteral("mergeCustomers"));
    m_new->setVisible(m_context.session.can(QStringLiteral("customer.write")));
    m_merge->setVisible(m_context.session.can(QStringLiteral("customer.merge")));
    m_export->setObjectName(QStringLiteral("exportList"));
    m_export->setVisible(m_context.session.can(QStringLiteral("customer.export")));
    m_export->setToolTip(tr("Export the customers shown, with the search applied, as CSV or XLSX"));
    m_merge->setToolTip(tr("Select the two records of the same person in the list (Ctrl+click), then merge them"));

    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->setVisible(false);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->setWordWrap(false);
    QHeaderView *header = m_table->horizontalHeader();
    header->setStretchLastSection(false);
    header->setHighlightSections(false);
    const int widths[] = {200, 250, 115, 90, 150, 85, 110, 60};
    for (int i = 0; i < int(std::size(widths)); ++i)
        header->resizeSection(i, widths[i]);
    rememberColumns(header, QStringLiteral("customers"));
    header->setSectionResizeMode(1, QHeaderView::Stretch); // the e-mail takes the room left
    m_table->installEventFilter(this);
    m_search->installEventFilter(this);

    auto *top = new QHBoxLayout;
    top->addWidget(m_search, 1);
    top->addWidget(m_new);
    top->addWidget(m_merge);
    top->addWidget(m_export);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_info);

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(kDebounceMs);
    connect(&m_debounce, &QTimer::timeout, this, [this]() { applySearch(); });
    connect(m_search, &QLineEdit::textChanged, this, [this]() { m_debounce.start(); });
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex &) { openCurrent(); });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &CustomerListPage::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &CustomerListPage::updateButtons);
    connect(m_new, &QPushButton::clicked, this, &CustomerListPage::createRequested);
    connect(m_merge, &QPushButton::clicked, this, [this]() {
        const QModelIndexList rows = m_table->selectionModel()->selectedRows();
        if (rows.size() != 2)
            return;
        const Customer *a = m_model->rowAt(rows.at(0).row());
        const Customer *b = m_model->rowAt(rows.at(1).row());
        if (a && b)
            Q_EMIT mergeRequested(a->id, b->id);
    });
    connect(m_export, &QPushButton::clicked, this, &CustomerListPage::exportList);
    setFocusProxy(m_search);
    applySearch();
}

ExportDialog *CustomerListPage::exportList()
{
    if (!m_context.session.can(QStringLiteral("customer.export")))
        return nullptr;
    searchNow(); // the rows exported are the rows shown
    CustomerListFilter filter;
    filter.search = m_appliedText;
    filter.limit = kSearchLimit;
    auto *dialog = new ExportDialog(m_context, filter, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

QString CustomerListPage::searchText() const
{
    return m_search->text().trimmed();
}

void CustomerListPage::searchNow()
{
    if (m_debounce.isActive())
        applySearch();
}

void CustomerListPage::reload()
{
    applySearch(true);
}

void CustomerListPage::applySearch(bool force)
{
    m_debounce.stop();
    const QString typed = searchText();
    const QString effective = typed.size() >= kMinSearchLength ? typed : QString();
    if (!force && m_applied && effective == m_appliedText) {
        updateInfo(); // the same rows: nothing to fetch again
        return;
    }
    m_applied = true;
    m_appliedText = effective;
    const Session session = m_context.session;
    const QString text = m_appliedText;
    CustomerService *customers = &m_context.services->customers();
    if (text.isEmpty()) {
        m_model->setFetch([customers, session](int offset, int limit, int, Qt::SortOrder) {
            return customers->list(session, offset, limit);
        });
    } else {
        // The search returns the best matches at once; there is no second page.
        m_model->setFetch([customers, session, text](int offset, int, int, Qt::SortOrder) -> Result<QList<Customer>> {
            if (offset > 0)
                return QList<Customer>();
            return customers->search(session, text, kSearchLimit);
        });
    }
    updateInfo();
}

void CustomerListPage::updateInfo()
{
    if (!m_model->lastError().isEmpty()) {
        m_info->setText(m_model->lastError());
        return;
    }
    const QLocale locale;
    if (m_appliedText.isEmpty()) {
        if (!searchText().isEmpty()) {
            m_info->setText(tr("Type at least %1 characters to search").arg(kMinSearchLength));
            return;
        }
        auto total = m_context.services->customers().count(m_context.session);
        m_info->setText(total ? tr("%1 customers").arg(locale.toString(*total)) : total.error().message);
    } else if (m_model->rowCount() >= kSearchLimit) {
        m_info->setText(tr("The %1 best matches are shown; type more to narrow the search").arg(kSearchLimit));
    } else if (m_model->rowCount() == 0) {
        m_info->setText(tr("No customer matches \"%1\"").arg(m_appliedText));
    } else {
        m_info->setText(tr("Matching customers: %1").arg(m_model->rowCount()));
    }
}

void CustomerListPage::openCurrent()
{
    const QModelIndex current = m_table->currentIndex();
    if (const Customer *c = m_model->rowAt(current.row()))
        Q_EMIT openRequested(c->id);
}

void CustomerListPage::updateButtons()
{
    m_merge->setEnabled(m_table->selectionModel()->selectedRows().size() == 2);
}

bool CustomerListPage::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        const bool enter = key == Qt::Key_Return || key == Qt::Key_Enter;
        if (watched == m_table && enter) {
            openCurrent();
            return true;
        }
        if (watched == m_search && (enter || key == Qt::Key_Down)) {
            searchNow();
            if (m_model->rowCount() > 0) {
                m_table->setFocus();
                if (!m_table->currentIndex().isValid())
                    m_table->selectRow(0);
                if (enter && m_model->rowCount() == 1)
                    openCurrent();
            }
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace comptoir::ui
