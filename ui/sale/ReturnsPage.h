#pragma once

#include "access/Session.h"
#include "common/AppContext.h"
#include "domain/CreditNote.h"
#include "domain/Sale.h"

#include <QWidget>

#include <functional>
#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace comptoir::ui {

class FieldError;
class ReceiptPanel;
class ReturnLinesModel;

/**
 * Returns (sale.refund only; SalePage does not build it otherwise): find a past sale by its
 * number, pick the quantities to return per line (sold / already returned / returnable),
 * restock or damaged, refund by the original method or as store credit, a reason; then the
 * credit note and its receipt. Above refund.approval_threshold, a session without
 * refund.approve gets a manager to sign in on this screen, whose session approves.
 */
class ReturnsPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReturnsPage)

public:
    /** Asks a manager to sign in; nullopt if cancelled. Replaceable for tests. */
    using ApproverSource = std::function<std::optional<Session>(QWidget *parent)>;

    explicit ReturnsPage(const AppContext &context, QWidget *parent = nullptr);

    /** Loads sale `number`; false with the inline message. */
    bool loadSale(qint64 number);
    /** Records the return of the chosen quantities (once per activation; double-click safe). */
    std::optional<CreditNote> recordReturn();
    void setApproverSource(ApproverSource source) { m_approver = std::move(source); }

    ReturnLinesModel *lines() const { return m_lines; }
    QTableView *linesView() const { return m_view; }
    QLineEdit *saleNumberField() const { return m_number; }
    QCheckBox *damagedBox() const { return m_damaged; }
    QComboBox *refundChoice() const { return m_refund; }
    QLineEdit *reasonField() const { return m_reason; }
    ReceiptPanel *receiptPanel() const { return m_receipt; }
    QString errorText() const;
    const std::optional<CreditNote> &lastNote() const { return m_lastNote; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void refreshRefund();
    std::optional<Session> askManager();

    const AppContext &m_context;
    QLineEdit *m_number;
    QPushButton *m_find;
    FieldError *m_numberError;
    QLabel *m_saleInfo;
    ReturnLinesModel *m_lines;
    QTableView *m_view;
    QCheckBox *m_damaged;
    QComboBox *m_refund;
    QLineEdit *m_reason;
    QLabel *m_refundTotal;
    FieldError *m_error;
    QPushButton *m_record;
    ReceiptPanel *m_receipt;
    std::optional<Sale> m_sale;
    std::optional<CreditNote> m_lastNote;
    ApproverSource m_approver;
    bool m_recording = false;
};

} // namespace comptoir::ui
