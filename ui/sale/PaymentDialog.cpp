#include "sale/PaymentDialog.h"

#include "domain/Money.h"
#include "sale/PaymentLabels.h"
#include "services/DepositService.h"
#include "services/ReturnService.h"
#include "widgets/FieldError.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace comptoir::ui {

namespace {

const QList<PaymentMethod> kMethods{PaymentMethod::Cash,    PaymentMethod::Card,        PaymentMethod::Cheque,
                                    PaymentMethod::Voucher, PaymentMethod::StoreCredit, PaymentMethod::Deposit};

QLabel *bigLabel(QWidget *parent, const QString &name, qreal scale)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setTextFormat(Qt::PlainText);
    label->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    QFont f = label->font();
    f.setPointSizeF(f.pointSizeF() * scale);
    f.setBold(true);
    label->setFont(f);
    return label;
}

} // namespace

PaymentDialog::PaymentDialog(const AppContext &context, qint64 totalCents, qint64 customerId, Recorder record,
                             QWidget *parent)
    : QDialog(parent),
      m_context(context),
      m_total(totalCents),
      m_customerId(customerId),
      m_record(std::move(record)),
      m_method(new QComboBox(this)),
      m_referenceLabel(new QLabel(this)),
      m_reference(new QLineEdit(this)),
      m_amount(new QLineEdit(this)),
      m_list(new QListWidget(this)),
      m_totalLabel(bigLabel(this, QStringLiteral("paymentTotal"), 1.4)),
      m_remaining(bigLabel(this, QStringLiteral("remaining"), 1.4)),
      m_change(bigLabel(this, QStringLiteral("change"), 2.4)),
      m_error(new FieldError(this)),
      m_validate(new QPushButton(tr("&Validate (F12)"), this)),
      m_cancel(new QPushButton(tr("Cancel"), this))
{
    setObjectName(QStringLiteral("paymentDialog"));
    setWindowTitle(tr("Payment"));
    m_method->setObjectName(QStringLiteral("method"));
    for (int i = 0; i < kMethods.size(); ++i)
        m_method->addItem(tr("%1 (F%2)").arg(paymentMethodLabel(kMethods.at(i))).arg(5 + i));
    m_reference->setObjectName(QStringLiteral("reference"));
    m_amount->setObjectName(QStringLiteral("amount"));
    m_amount->setPlaceholderText(tr("Amount, then Enter"));
    QFont f = m_amount->font();
    f.setPointSizeF(f.pointSizeF() * 1.4);
    m_amount->setFont(f);
    m_list->setObjectName(QStringLiteral("payments"));
    // As tall as its rows (see fitPaymentList; more scroll): the dialog stays compact.
    m_list->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_error->setObjectName(QStringLiteral("paymentError"));
    m_change->setStyleSheet(QStringLiteral("color: #0a6b2c;"));
    m_validate->setObjectName(QStringLiteral("validate"));
    m_cancel->setObjectName(QStringLiteral("cancel"));
    // Enter belongs to the amount field (add a payment); no button may steal it.
    for (QPushButton *b : {m_validate, m_cancel}) {
        b->setAutoDefault(false);
        b->setDefault(false);
    }

    auto *hint = new QLabel(tr("F5 cash · F6 card · F7 cheque · F8 gift voucher · F9 store credit · F10 deposit · "
                               "Enter adds the payment · Delete removes the selected one"),
                            this);
    hint->setWordWrap(true);
    hint->setStyleSheet(QStringLiteral("color: palette(mid);"));
    auto *form = new QFormLayout;
    form->addRow(tr("&Method"), m_method);
    form->addRow(m_referenceLabel, m_reference);
    form->addRow(tr("&Amount (€)"), m_amount);
    auto *figures = new QFormLayout;
    figures->addRow(tr("Total"), m_totalLabel);
    figures->addRow(tr("Still due"), m_remaining);
    figures->addRow(tr("Change to give"), m_change);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_validate);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_list);
    layout->addLayout(figures);
    layout->addWidget(hint);
    layout->addLayout(buttons);
    fitPaymentList();
    resize(520, heightForWidth(520) > 0 ? heightForWidth(520) : sizeHint().height());

    connect(m_method, &QComboBox::currentIndexChanged, this, [this]() { setMethod(method()); });
    connect(m_validate, &QPushButton::clicked, this, &PaymentDialog::validate);
    connect(m_cancel, &QPushButton::clicked, this, &PaymentDialog::reject);
    setMethod(PaymentMethod::Cash);
    refresh();
}

qint64 PaymentDialog::nonCashCents() const
{
    qint64 sum = 0;
    for (const PaymentRequest &p : m_payments)
        if (p.method != PaymentMethod::Cash)
            sum += p.amountCents;
    return sum;
}

qint64 PaymentDialog::cashCents() const
{
    qint64 sum = 0;
    for (const PaymentRequest &p : m_payments)
        if (p.method == PaymentMethod::Cash)
            sum += p.amountCents;
    return sum;
}

qint64 PaymentDialog::remainingCents() const
{
    return qMax<qint64>(0, m_total - nonCashCents() - cashCents());
}

qint64 PaymentDialog::changeCents() const
{
    const qint64 due = m_total - nonCashCents();
    return cashCents() > 0 ? qMax<qint64>(0, cashCents() - due) : 0;
}

bool PaymentDialog::isCovered() const
{
    // The core's rule (SaleService): cash covers what the other payments leave, or they sum exactly.
    const qint64 due = m_total - nonCashCents();
    return cashCents() > 0 ? (due > 0 && cashCents() >= due) : due == 0;
}

QString PaymentDialog::errorText() const
{
    return m_error->text();
}

PaymentMethod PaymentDialog::method() const
{
    return kMethods.value(m_method->currentIndex(), PaymentMethod::Cash);
}

void PaymentDialog::setMethod(PaymentMethod method)
{
    const int index = int(kMethods.indexOf(method));
    if (m_method->currentIndex() != index) {
        m_method->setCurrentIndex(index); // comes back here through currentIndexChanged
        return;
    }
    const bool credit = method == PaymentMethod::StoreCredit;
    const bool deposit = method == PaymentMethod::Deposit;
    m_referenceLabel->setText(credit ? tr("Credit note n°") : deposit ? tr("Deposit n°") : QString());
    m_reference->setPlaceholderText(credit ? tr("number printed on the credit note") : tr("number of the customer's deposit"));
    m_referenceLabel->setVisible(credit || deposit);
    m_reference->setVisible(credit || deposit);
    m_reference->clear();
    m_error->clearMessage();
    if (deposit && m_customerId <= 0)
        showError(tr("Attach the customer first: a deposit is applied to its owner's sale"));
    if (credit || deposit) {
        m_reference->setFocus();
    } else {
        m_amount->setFocus();
        m_amount->selectAll();
    }
}

bool PaymentDialog::addPayment()
{
    if (m_sale || m_recording)
        return false;
    m_error->clearMessage();
    PaymentRequest p;
    p.method = method();
    qint64 referenceId = 0;
    if (p.method == PaymentMethod::StoreCredit || p.method == PaymentMethod::Deposit) {
        bool ok = false;
        referenceId = m_reference->text().trimmed().toLongLong(&ok);
        if (!ok || referenceId <= 0) {
            showError(p.method == PaymentMethod::StoreCredit ? tr("Type the number of the credit note")
                                                             : tr("Type the number of the deposit"));
            m_reference->setFocus();
            return false;
        }
    }
    if (p.method == PaymentMethod::Deposit) {
        auto deposit = m_context.services->deposits().find(m_context.session, referenceId);
        if (!deposit) {
            showError(deposit.error().message);
            return false;
        }
        if (deposit->customerId != m_customerId || deposit->status != DepositStatus::Open) {
            showError(tr("Deposit n° %1 is not an open deposit of this customer").arg(referenceId));
            return false;
        }
        for (const PaymentRequest &q : m_payments) {
            if (q.depositId == referenceId) {
                showError(tr("Deposit n° %1 is already used").arg(referenceId));
                return false;
            }
        }
        p.depositId = referenceId;
        p.amountCents = deposit->amountCents; // a deposit is applied whole
    } else {
        auto amount = Money::parse(m_amount->text());
        if (!amount) {
            showError(amount.error().message);
            m_amount->setFocus();
            return false;
        }
        p.amountCents = amount->cents();
    }
    if (p.amountCents <= 0) {
        showError(tr("The amount must be greater than zero"));
        return false;
    }
    const qint64 dueBeforeCash = m_total - nonCashCents();
    if (p.method != PaymentMethod::Cash && p.amountCents > dueBeforeCash - cashCents() && cashCents() == 0) {
        showError(tr("Only %1 is still due: only cash may exceed it").arg(Money::fromCents(remainingCents()).toString()));
        return false;
    }
    if (p.method != PaymentMethod::Cash && p.amountCents >= dueBeforeCash && cashCents() > 0) {
        showError(tr("With cash already given, other payments must leave something to pay in cash"));
        return false;
    }
    if (p.method == PaymentMethod::Cash && dueBeforeCash <= 0) {
        showError(tr("Nothing is left to pay in cash"));
        return false;
    }
    if (p.method == PaymentMethod::StoreCredit) {
        auto left = m_context.services->returns().remainingCredit(m_context.session, referenceId);
        if (!left) {
            showError(left.error().message);
            return false;
        }
        qint64 used = 0;
        for (const PaymentRequest &q : m_payments)
            if (q.creditNoteId == referenceId)
                used += q.amountCents;
        if (p.amountCents > *left - used) {
            showError(tr("Credit note n° %1 has only %2 left").arg(referenceId).arg(Money::fromCents(*left - used).toString()));
            m_amount->setText(Money::fromCents(qMax<qint64>(0, *left - used)).toPlainString());
            m_amount->setFocus();
            m_amount->selectAll();
            return false;
        }
        p.creditNoteId = referenceId;
    }
    // The core takes all the cash as one payment: a second amount in cash adds to it.
    bool merged = false;
    if (p.method == PaymentMethod::Cash) {
        for (PaymentRequest &q : m_payments) {
            if (q.method == PaymentMethod::Cash) {
                q.amountCents += p.amountCents;
                merged = true;
            }
        }
    }
    if (!merged)
        m_payments.append(p);
    m_reference->clear();
    refresh();
    setMethod(method());
    m_amount->setFocus();
    m_amount->selectAll();
    return true;
}

void PaymentDialog::removePayment(int row)
{
    if (m_sale || m_recording || row < 0 || row >= m_payments.size())
        return;
    m_payments.removeAt(row);
    refresh();
}

void PaymentDialog::validate()
{
    // Once recorded or while recording, every further activation is a no-op.
    if (m_sale || m_recording)
        return;
    if (!isCovered()) {
        showError(tr("The payments do not cover the total yet: %1 still due").arg(Money::fromCents(remainingCents()).toString()));
        return;
    }
    m_recording = true;
    m_validate->setEnabled(false);
    m_cancel->setEnabled(false);
    ++m_recordCalls;
    Result<Sale> recorded = m_record(m_payments);
    m_recording = false;
    if (!recorded) {
        showError(recorded.error().message);
        m_validate->setEnabled(true);
        m_cancel->setEnabled(true);
        return;
    }
    m_sale = recorded.value();
    Q_EMIT saleRecorded(*m_sale);
    accept();
}

void PaymentDialog::reject()
{
    if (m_recording || m_sale)
        return;
    QDialog::reject();
}

void PaymentDialog::keyPressEvent(QKeyEvent *event)
{
    const int key = event->key();
    if (key >= Qt::Key_F5 && key <= Qt::Key_F10) {
        setMethod(kMethods.at(key - Qt::Key_F5));
        return;
    }
    if (key == Qt::Key_F12) {
        validate();
        return;
    }
    if (key == Qt::Key_Return || key == Qt::Key_Enter) {
        if (m_list->hasFocus() || m_validate->hasFocus()) {
            validate();
        } else if (m_reference->hasFocus() && method() == PaymentMethod::StoreCredit) {
            m_amount->setFocus();
            m_amount->selectAll();
        } else if (m_amount->text().trimmed().isEmpty() && method() != PaymentMethod::Deposit) {
            validate(); // nothing more to add: Enter validates
        } else {
            addPayment();
        }
        return;
    }
    if (key == Qt::Key_Delete && m_list->hasFocus()) {
        removePayment(m_list->currentRow());
        return;
    }
    QDialog::keyPressEvent(event);
}

void PaymentDialog::refresh()
{
    m_list->clear();
    for (const PaymentRequest &p : m_payments) {
        QString text = tr("%1: %2").arg(paymentMethodLabel(p.method), Money::fromCents(p.amountCents).toString());
        if (p.creditNoteId)
            text += QLatin1Char(' ') + tr("(credit note n° %1)").arg(p.creditNoteId);
        if (p.depositId)
            text += QLatin1Char(' ') + tr("(deposit n° %1)").arg(p.depositId);
        if (p.method == PaymentMethod::Cash)
            text += QLatin1Char(' ') + tr("(handed over)");
        m_list->addItem(text);
    }
    fitPaymentList();
    m_totalLabel->setText(Money::fromCents(m_total).toString());
    m_remaining->setText(Money::fromCents(remainingCents()).toString());
    m_change->setText(Money::fromCents(changeCents()).toString());
    const qint64 due = remainingCents();
    m_amount->setText(due > 0 ? Money::fromCents(due).toPlainString() : QString());
    m_validate->setEnabled(isCovered() && !m_sale && !m_recording);
}

void PaymentDialog::fitPaymentList()
{
    constexpr int kPaymentListMinRows = 2;
    constexpr int kPaymentListMaxRows = 6;
    const int rows = qBound(kPaymentListMinRows, m_list->count(), kPaymentListMaxRows);
    if (m_listRowHeight <= 0) { // measured once on a sample row, so an empty list has the same rows
        m_list->addItem(QStringLiteral("0"));
        m_listRowHeight = m_list->sizeHintForRow(0);
        delete m_list->takeItem(0);
    }
    m_list->setFixedHeight(rows * m_listRowHeight + 2 * m_list->frameWidth() + 4);
}

void PaymentDialog::showError(const QString &message)
{
    m_error->show(message);
}

} // namespace comptoir::ui
