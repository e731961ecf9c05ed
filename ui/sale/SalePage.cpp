#include "sale/SalePage.h"

#include "sale/ReturnsPage.h"
#include "sale/SaleCounter.h"

#include <QTabWidget>
#include <QVBoxLayout>

namespace comptoir::ui {

SalePage::SalePage(const AppContext &context, QWidget *parent)
    : QWidget(parent), m_tabs(new QTabWidget(this)), m_counter(new SaleCounter(context, m_tabs))
{
    setObjectName(QStringLiteral("SalePage"));
    m_tabs->setObjectName(QStringLiteral("saleTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_counter, tr("&Counter"));
    if (context.session.can(QStringLiteral("sale.refund"))) {
        m_returns = new ReturnsPage(context, m_tabs);
        m_tabs->addTab(m_returns, tr("&Returns"));
    }
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);
    setFocusProxy(m_counter);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this]() {
        if (QWidget *w = m_tabs->currentWidget())
            w->setFocus();
    });
}

void SalePage::showCounter()
{
    m_tabs->setCurrentWidget(m_counter);
    m_counter->setFocus();
}

bool SalePage::showReturns()
{
    if (!m_returns)
        return false;
    m_tabs->setCurrentWidget(m_returns);
    m_returns->setFocus();
    return true;
}

void SalePage::attachCustomer(qint64 customerId)
{
    showCounter();
    m_counter->attachCustomer(customerId);
}

} // namespace comptoir::ui
