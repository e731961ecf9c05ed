#pragma once

#include "common/AppContext.h"

#include <QWidget>

class QTabWidget;

namespace comptoir::ui {

class ReturnsPage;
class SaleCounter;

/**
 * The "Sale" area: the counter (SaleCounter) and, for a session holding sale.refund only,
 * a Returns tab (ReturnsPage) — absent, not merely disabled, for an intern. Alt+C and
 * Alt+R switch tabs. A customer page's "New sale" reaches it through the window
 * (Navigator::startSale, then attachCustomer()).
 */
class SalePage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SalePage)

public:
    explicit SalePage(const AppContext &context, QWidget *parent = nullptr);

    SaleCounter *counter() const { return m_counter; }
    /** Null when the session may not refund. */
    ReturnsPage *returns() const { return m_returns; }
    QTabWidget *tabs() const { return m_tabs; }
    void showCounter();
    /** Shows the returns tab; false when the session may not refund. */
    bool showReturns();

public Q_SLOTS:
    /** Attaches customer `customerId` to the sale in progress and shows the counter. */
    void attachCustomer(qint64 customerId);

private:
    QTabWidget *m_tabs;
    SaleCounter *m_counter;
    ReturnsPage *m_returns = nullptr;
};

} // namespace comptoir::ui
