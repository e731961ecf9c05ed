#pragma once

#include "common/AppContext.h"
#include "domain/Product.h"
#include "domain/Sale.h"

#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace comptoir::ui {

class FieldError;
class PaymentDialog;
class ReceiptPanel;
class SaleCustomerBar;
class SaleLinesModel;
class SaleTotalsView;

/**
 * The till, keyboard first. The code field has the focus: an EAN-13 or a SKU typed or
 * scanned (digits then Enter) adds one unit; other text then Enter, or F2, searches the
 * products by name. With the code field empty, + and − change the selected line's
 * quantity, Up/Down select a line and Delete removes it; in the table, typing a number sets
 * the quantity. F3 attaches a customer, F4 changes a price (price.override), F12 pays.
 */
class SaleCounter final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SaleCounter)

public:
    explicit SaleCounter(const AppContext &context, QWidget *parent = nullptr);

    /** Adds one unit of the product with this EAN-13 or SKU; false with the inline message. */
    bool addCode(const QString &code);
    void addProduct(const Product &product);
    /** F2: the product search, seeded with `text` (non-blocking). */
    void searchProducts(const QString &text);
    /** F12: the payment dialog (non-blocking); null when the basket is empty. */
    PaymentDialog *pay();
    /** F4: a price override / discount on the selected line (price.override only). */
    void overridePrice();
    void attachCustomer(qint64 customerId);
    /** Empties the basket and detaches the customer. */
    void clearSale();

    QLineEdit *codeField() const { return m_code; }
    QString codeMessage() const;
    QTableView *linesView() const { return m_view; }
    SaleLinesModel *lines() const { return m_lines; }
    SaleCustomerBar *customerBar() const { return m_customer; }
    SaleTotalsView *totals() const { return m_totals; }
    ReceiptPanel *receiptPanel() const { return m_receipt; }
    /** The dialog of the sale in progress, or of the last sale until the next one. */
    PaymentDialog *paymentDialog() const;
    const std::optional<Sale> &lastSale() const { return m_lastSale; }

protected:
    void keyPressEvent(QKeyEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onCodeEntered();
    int selectedRow() const;
    void selectRow(int row);
    void changeQuantity(qint64 delta);
    void removeSelected();
    void refreshTotals();
    void saleRecorded(const Sale &sale);

    const AppContext &m_context;
    QLineEdit *m_code;
    FieldError *m_codeError;
    QPushButton *m_search;
    QPushButton *m_price;
    QPushButton *m_payButton;
    SaleCustomerBar *m_customer;
    SaleLinesModel *m_lines;
    QTableView *m_view;
    SaleTotalsView *m_totals;
    ReceiptPanel *m_receipt;
    QLabel *m_hint;
    QPointer<PaymentDialog> m_payment;
    std::optional<Sale> m_lastSale;
    QString m_typedQuantity; ///< digits typed in the table, applied as the quantity
    QTimer m_typedTimer;
};

} // namespace comptoir::ui
