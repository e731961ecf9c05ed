#pragma once

#include "common/AppContext.h"
#include "domain/Customer.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace comptoir::ui {

class FieldError;

/**
 * The customer of the sale at the counter: a field that takes a loyalty card, a phone
 * number or an e-mail (Enter), or the CustomerPicker in a small dialog (F3 from the page,
 * or "Find…"); shows the customer's name and loyalty points once attached.
 */
class SaleCustomerBar final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SaleCustomerBar)

public:
    explicit SaleCustomerBar(const AppContext &context, QWidget *parent = nullptr);

    qint64 customerId() const { return m_customer.id; }
    const Customer &customer() const { return m_customer; }
    QLineEdit *keyField() const { return m_key; }
    /** Attaches customer `id` (0 detaches); false with an inline message if not found. */
    bool attach(qint64 id);
    /** Looks `key` up as a card, a phone number, then an e-mail; false with an inline message. */
    bool attachByKey(const QString &key);
    /** Opens the customer search (CustomerPicker) in a small dialog (blocking). */
    void pick();
    void detach();
    QString message() const;

Q_SIGNALS:
    void customerChanged(qint64 id);

private:
    void display(const Customer &customer);

    const AppContext &m_context;
    QLineEdit *m_key;
    QPushButton *m_find;
    QPushButton *m_detach;
    QLabel *m_name;
    FieldError *m_error;
    Customer m_customer;
};

} // namespace comptoir::ui
