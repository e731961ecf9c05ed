#pragma once

#include "common/AppContext.h"

#include <QWidget>

class QStackedWidget;

namespace comptoir::ui {

class CustomerListPage;
class CustomerPage;

/**
 * The "customers" area: the list, and the 360° page of the customer opened from it (or
 * from the global search, through openCustomer()).
 */
class CustomersArea final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CustomersArea)

public:
    explicit CustomersArea(const AppContext &context, QWidget *parent = nullptr);

    CustomerListPage *listPage() const { return m_list; }
    CustomerPage *customerPage() const { return m_page; }
    bool isShowingCustomer() const;

public Q_SLOTS:
    /** Shows the page of customer `id` (also what the window does for Navigator::openCustomer). */
    bool openCustomer(qint64 id);
    void showList();
    /** New customer dialog; opens the customer created (or the duplicate chosen). */
    void createCustomer();
    void mergeCustomers(qint64 firstId, qint64 secondId);

private:
    void startSale(qint64 customerId);

    const AppContext &m_context;
    QStackedWidget *m_stack;
    CustomerListPage *m_list;
    CustomerPage *m_page;
};

} // namespace comptoir::ui
