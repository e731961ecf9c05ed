#include "customers/CustomersArea.h"

#include "common/Navigator.h"
#include "customers/CustomerFormDialog.h"
#include "customers/CustomerListPage.h"
#include "customers/CustomerPage.h"
#include "customers/MergeDialog.h"

#include <QStackedWidget>
#include <QVBoxLayout>

namespace comptoir::ui {

CustomersArea::CustomersArea(const AppContext &context, QWidget *parent)
    : QWidget(parent),
      m_context(context),
      m_stack(new QStackedWidget(this)),
      m_list(new CustomerListPage(context, m_stack)),
      m_page(new CustomerPage(context, m_stack))
{
    setObjectName(QStringLiteral("CustomersArea"));
    m_stack->addWidget(m_list);
    m_stack->addWidget(m_page);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
    setFocusProxy(m_list);

    connect(m_list, &CustomerListPage::openRequested, this, &CustomersArea::openCustomer);
    connect(m_list, &CustomerListPage::createRequested, this, &CustomersArea::createCustomer);
    connect(m_list, &CustomerListPage::mergeRequested, this, &CustomersArea::mergeCustomers);
    connect(m_page, &CustomerPage::backRequested, this, &CustomersArea::showList);
    connect(m_page, &CustomerPage::openCustomerRequested, this, &CustomersArea::openCustomer);
    connect(m_page, &CustomerPage::changed, m_list, &CustomerListPage::reload);
    connect(m_page, &CustomerPage::newSaleRequested, this, &CustomersArea::startSale);
}

bool CustomersArea::isShowingCustomer() const
{
    return m_stack->currentWidget() == m_page;
}

bool CustomersArea::openCustomer(qint64 id)
{
    if (!m_page->setCustomer(id))
        return false;
    m_stack->setCurrentWidget(m_page);
    m_page->setFocus();
    return true;
}

void CustomersArea::showList()
{
    m_stack->setCurrentWidget(m_list);
    m_list->setFocus();
}

void CustomersArea::createCustomer()
{
    CustomerFormDialog dialog(m_context, std::nullopt, this);
    const int result = dialog.exec();
    if (result == QDialog::Accepted) {
        m_list->reload();
        openCustomer(dialog.savedId());
    } else if (result == CustomerFormDialog::OpenExisting) {
        openCustomer(dialog.existingId());
    }
}

void CustomersArea::mergeCustomers(qint64 firstId, qint64 secondId)
{
    MergeDialog dialog(m_context, firstId, secondId, this);
    if (dialog.exec() == QDialog::Accepted) {
        m_list->reload();
        openCustomer(dialog.keptId());
    }
}

void CustomersArea::startSale(qint64 customerId)
{
    // The sale counter is another area: the window switches to it and hands it the customer.
    if (m_context.navigator)
        m_context.navigator->startSale(customerId);
}

} // namespace comptoir::ui
