#include "dashboard/CustomerListDialog.h"

#include "services/CustomerService.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableView>
#include <QVBoxLayout>

namespace comptoir::ui {

CustomerListDialog::CustomerListDialog(const AppContext &context, const QString &title, QList<qint64> customerIds,
                                       QWidget *parent)
    : QDialog(parent),
      m_context(context),
      m_ids(std::move(customerIds)),
      m_model(nullptr),
      m_table(new QTableView(this))
{
    setObjectName(QStringLiteral("CustomerListDialog"));
    // Every field given: GCC 12 cannot aggregate-initialise Column's defaulted std::function.
    const Qt::Alignment left = Qt::AlignLeft | Qt::AlignVCenter;
    m_model = new PagedTableModel<Customer>(
        {
            {tr("Name"), [](const Customer &c) { return QVariant(c.displayName()); }, nullptr, left},
            {tr("City"), [](const Customer &c) { return QVariant(c.city); }, nullptr, left},
            {tr("Loyalty card"), [](const Customer &c) { return QVariant(c.loyaltyCard); }, nullptr, left},
            {tr("E-mail"), [](const Customer &c) { return QVariant(c.email); }, nullptr, left},
        },
        this, 100);
    setWindowTitle(title);
    auto *count = new QLabel(tr("%n customer(s). Double-click one to open their page.", nullptr, int(m_ids.size())), this);
    count->setTextFormat(Qt::PlainText);
    m_table->setObjectName(QStringLiteral("customers"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->resizeSection(0, 220);
    m_table->horizontalHeader()->resizeSection(1, 160);
    m_table->horizontalHeader()->resizeSection(2, 120);

    // A page of ids at a time: a segment may hold tens of thousands of customers.
    m_model->setFetch([this](int offset, int limit, int, Qt::SortOrder) -> Result<QList<Customer>> {
        CustomerService &customers = m_context.services->customers();
        QList<Customer> page;
        for (int i = offset; i < std::min<qsizetype>(m_ids.size(), qsizetype(offset) + limit); ++i) {
            auto customer = customers.findById(m_context.session, m_ids.at(i));
            if (!customer)
                return customer.error();
            page.append(*customer);
        }
        return page;
    });
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        if (const Customer *c = m_model->rowAt(index.row()))
            Q_EMIT customerChosen(c->id);
    });

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(count);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(720, 480);
}

} // namespace comptoir::ui
