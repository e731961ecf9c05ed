#pragma once

#include "common/AppContext.h"
#include "domain/Result.h"
#include "domain/Sale.h"
#include "services/SaleService.h"

#include <QDialog>
#include <QList>

#include <functional>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace comptoir::ui {

class FieldError;

/**
 * Takes the payments of a sale from the keyboard: F5 cash, F6 card, F7 cheque, F8 gift
 * voucher, F9 store credit (a credit note number), F10 the attached customer's deposit;
 * Enter on an amount adds the payment and puts what is still due in the amount; Delete
 * removes the selected payment. Cash may exceed what is due: the change is shown large.
 * Validate (F12, or Enter on an empty amount) only once the payments cover the total.
 *
 * Double-click safe: the first activation disables Validate and calls the recorder once;
 * any later activation does nothing. A refusal from the core is shown inline and the
 * dialog stays open (the counter keeps its basket).
 */
class PaymentDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PaymentDialog)

public:
    /** Records the sale with these payments (SaleService::record with the counter's lines). */
    using Recorder = std::function<Result<Sale>(const QList<PaymentRequest> &payments)>;

    PaymentDialog(const AppContext &context, qint64 totalCents, qint64 customerId, Recorder record,
                  QWidget *parent = nullptr);

    const QList<PaymentRequest> &payments() const { return m_payments; }
    /** What is still due (0 once covered). */
    qint64 remainingCents() const;
    /** The change to give back: cash handed over beyond what is due. */
    qint64 changeCents() const;
    bool isCovered() const;
    /** The sale once recorded. */
    const std::optional<Sale> &sale() const { return m_sale; }
    /** How many times the recorder was called (a double activation must leave it at 1). */
    int recordCalls() const { return m_recordCalls; }
    QString errorText() const;

    void setMethod(PaymentMethod method);
    PaymentMethod method() const;
    /** Adds the payment typed in the fields; false with an inline message. */
    bool addPayment();
    void removePayment(int row);
    /** Records the sale once, if the payments cover the total. */
    void validate();

    QLineEdit *amountField() const { return m_amount; }
    QPushButton *validateButton() const { return m_validate; }

Q_SIGNALS:
    void saleRecorded(const comptoir::Sale &sale);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void reject() override;

private:
    qint64 nonCashCents() const;
    qint64 cashCents() const;
    void refresh();
    /** Sizes the payment list to its rows (two to six; more scroll). */
    void fitPaymentList();
    void showError(const QString &message);

    const AppContext &m_context;
    qint64 m_total;
    qint64 m_customerId;
    Recorder m_record;
    QList<PaymentRequest> m_payments;
    std::optional<Sale> m_sale;
    bool m_recording = false;
    int m_recordCalls = 0;
    int m_listRowHeight = 0; ///< of one payment row (fitPaymentList)

    QComboBox *m_method;
    QLabel *m_referenceLabel;
    QLineEdit *m_reference;
    QLineEdit *m_amount;
    QListWidget *m_list;
    QLabel *m_totalLabel;
    QLabel *m_remaining;
    QLabel *m_change;
    FieldError *m_error;
    QPushButton *m_validate;
    QPushButton *m_cancel;
};

} // namespace comptoir::ui
