#include "sale/ReturnsPage.h"

#include "domain/Money.h"
#include "sale/PaymentLabels.h"
#include "sale/ReceiptDocument.h"
#include "sale/ReceiptPanel.h"
#include "sale/ReturnLinesModel.h"
#include "services/AuthService.h"
#include "services/CustomerService.h"
#include "services/ProductService.h"
#include "services/ReturnService.h"
#include "services/SaleService.h"
#include "services/StoreService.h"
#include "widgets/FieldError.h"
#include "widgets/SignInDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QTextDocument>
#include <QVBoxLayout>

namespace comptoir::ui {

namespace {

/** The method the core refunds "by the original method": the largest payment's (ReturnService). */
PaymentMethod originalMethod(const Sale &sale)
{
    const Payment *largest = nullptr;
    for (const Payment &p : sale.payments) {
        if (!largest || p.amountCents > largest->amountCents)
            largest = &p;
    }
    if (!largest || largest->method == PaymentMethod::Deposit)
        return PaymentMethod::StoreCredit;
    return largest->method;
}

} // namespace

ReturnsPage::ReturnsPage(const AppContext &context, QWidget *parent)
    : QWidget(parent),
      m_context(context),
      m_number(new QLineEdit(this)),
      m_find(new QPushButton(tr("&Find"), this)),
      m_numberError(new FieldError(this)),
      m_saleInfo(new QLabel(this)),
      m_lines(new ReturnLinesModel(this)),
      m_view(new QTableView(this)),
      m_damaged(new QCheckBox(tr("&Damaged goods (not put back on the shelf)"), this)),
      m_refund(new QComboBox(this)),
      m_reason(new QLineEdit(this)),
      m_refundTotal(new QLabel(this)),
      m_error(new FieldError(this)),
      m_record(new QPushButton(tr("&Record the return"), this)),
      m_receipt(new ReceiptPanel(this))
{
    setObjectName(QStringLiteral("returnsPage"));
    m_number->setObjectName(QStringLiteral("saleNumber"));
    m_number->setPlaceholderText(tr("Receipt number, then Enter"));
    m_number->setMaximumWidth(260);
    m_find->setObjectName(QStringLiteral("findSale"));
    m_numberError->setObjectName(QStringLiteral("saleNumberError"));
    m_saleInfo->setObjectName(QStringLiteral("saleInfo"));
    m_saleInfo->setTextFormat(Qt::PlainText);
    m_view->setObjectName(QStringLiteral("returnLines"));
    m_view->setModel(m_lines);
    m_view->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_view->installEventFilter(this); // a digit typed on a line sets its quantity to return
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->setVisible(false);
    m_view->horizontalHeader()->setSectionResizeMode(ReturnLinesModel::ProductColumn, QHeaderView::Stretch);
    for (int c = ReturnLinesModel::SoldColumn; c < ReturnLinesModel::ColumnCount; ++c)
        m_view->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_damaged->setObjectName(QStringLiteral("damaged"));
    m_refund->setObjectName(QStringLiteral("refundChoice"));
    m_refund->addItem(tr("Original method of payment"));
    m_refund->addItem(tr("Store credit (credit note usable later)"));
    m_reason->setObjectName(QStringLiteral("returnReason"));
    m_reason->setPlaceholderText(tr("e.g. wrong size, faulty"));
    m_refundTotal->setObjectName(QStringLiteral("refundTotal"));
    m_refundTotal->setTextFormat(Qt::PlainText);
    QFont big = m_refundTotal->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    m_refundTotal->setFont(big);
    m_error->setObjectName(QStringLiteral("returnError"));
    m_record->setObjectName(QStringLiteral("recordReturn"));
    m_record->setAutoDefault(false);

    auto *findRow = new QHBoxLayout;
    findRow->addWidget(new QLabel(tr("Sale n°"), this));
    findRow->addWidget(m_number);
    findRow->addWidget(m_find);
    findRow->addWidget(m_numberError, 1);
    findRow->addStretch(1); // keeps the field and the button compact while no error is shown
    auto *form = new QFormLayout;
    form->addRow(QString(), m_damaged);
    form->addRow(tr("Re&fund"), m_refund);
    form->addRow(tr("Rea&son"), m_reason);
    auto *bottom = new QHBoxLayout;
    bottom->addLayout(form, 1);
    bottom->addWidget(m_refundTotal, 0, Qt::AlignBottom);
    bottom->addWidget(m_record, 0, Qt::AlignBottom);
    auto *hint = new QLabel(tr("Type the quantity to return in the \"To return\" column (arrows to move, a number "
                               "then Enter), then Record the return."),
                            this);
    hint->setWordWrap(true);
    hint->setStyleSheet(QStringLiteral("color: palette(mid);"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(findRow);
    layout->addWidget(m_saleInfo);
    layout->addWidget(m_view, 1);
    layout->addWidget(hint);
    layout->addLayout(bottom);
    layout->addWidget(m_error);
    layout->addWidget(m_receipt);
    setFocusProxy(m_number);

    connect(m_number, &QLineEdit::returnPressed, this, [this]() { loadSale(m_number->text().trimmed().toLongLong()); });
    connect(m_find, &QPushButton::clicked, this, [this]() { loadSale(m_number->text().trimmed().toLongLong()); });
    connect(m_lines, &QAbstractItemModel::dataChanged, this, &ReturnsPage::refreshRefund);
    connect(m_lines, &QAbstractItemModel::modelReset, this, &ReturnsPage::refreshRefund);
    connect(m_record, &QPushButton::clicked, this, [this]() { recordReturn(); });
    m_approver = [this](QWidget *) { return askManager(); };
    refreshRefund();
}

QString ReturnsPage::errorText() const
{
    return m_error->text().isEmpty() ? m_numberError->text() : m_error->text();
}

bool ReturnsPage::loadSale(qint64 number)
{
    m_numberError->clearMessage();
    m_error->clearMessage();
    m_sale.reset();
    m_lines->clear();
    m_saleInfo->clear();
    if (number <= 0) {
        m_numberError->show(tr("Type the number printed on the receipt"));
        m_number->setFocus();
        return false;
    }
    auto sale = m_context.services->sales().findByNumber(m_context.session, number);
    if (!sale) {
        m_numberError->show(sale.error().code == ErrorCode::NotFound ? tr("No sale n° %1").arg(number) : sale.error().message);
        m_number->selectAll();
        return false;
    }
    auto returned = m_context.services->returns().returnedQuantities(m_context.session, number);
    if (!returned) {
        m_numberError->show(returned.error().message);
        return false;
    }
    QHash<qint64, QString> names;
    ProductService &products = m_context.services->products();
    for (const SaleLine &l : sale->lines) {
        if (!names.contains(l.productId)) {
            auto p = products.findById(m_context.session, l.productId);
            names.insert(l.productId, p ? p->name : tr("Product #%1").arg(l.productId));
        }
    }
    m_sale = *sale;
    m_lines->setSale(*sale, names, *returned);
    QString customer = tr("anonymous");
    if (sale->customerId > 0) {
        auto c = m_context.services->customers().findById(m_context.session, sale->customerId);
        if (c)
            customer = c->displayName();
    }
    m_saleInfo->setText(tr("Sale n° %1 of %2 — %3 — customer: %4 — paid by %5")
                            .arg(sale->number)
                            .arg(QLocale().toString(sale->at.toLocalTime(), QLocale::ShortFormat))
                            .arg(Money::fromCents(sale->totalCents).toString(), customer,
                                 paymentMethodInSentence(originalMethod(*sale))));
    m_refund->setItemText(0, tr("Original method of payment (%1)").arg(paymentMethodLabel(originalMethod(*sale))));
    m_view->setFocus();
    m_view->setCurrentIndex(m_lines->index(0, ReturnLinesModel::ToReturnColumn));
    return true;
}

std::optional<CreditNote> ReturnsPage::recordReturn()
{
    if (m_recording || !m_sale)
        return std::nullopt;
    m_error->clearMessage();
    ReturnRequest request;
    request.saleNumber = m_sale->number;
    request.lines = m_lines->requests();
    request.damaged = m_damaged->isChecked();
    request.refund = m_refund->currentIndex() == 1 ? RefundChoice::StoreCredit : RefundChoice::Original;
    request.reason = m_reason->text().trimmed();
    if (request.lines.isEmpty()) {
        m_error->show(tr("Choose at least one quantity to return"));
        m_view->setFocus();
        return std::nullopt;
    }
    if (request.reason.isEmpty()) {
        m_error->show(tr("Say why the goods come back"));
        m_reason->setFocus();
        return std::nullopt;
    }
    m_recording = true;
    m_record->setEnabled(false);
    ReturnService &returns = m_context.services->returns();
    Result<CreditNote> note = returns.returnLines(m_context.session, request);
    std::optional<Session> approver;
    if (!note && note.error().code == ErrorCode::PermissionDenied && note.error().field == QLatin1String("refund.approve")) {
        m_error->show(tr("This refund is above the approval threshold: a manager must sign in to approve it"));
        approver = m_approver ? m_approver(this) : std::nullopt;
        if (approver) {
            request.approver = &*approver;
            note = returns.returnLines(m_context.session, request);
        }
    }
    m_recording = false;
    m_record->setEnabled(true);
    if (!note) {
        if (!approver || note.error().field != QLatin1String("refund.approve"))
            m_error->show(note.error().message);
        else
            m_error->show(tr("%1 may not approve refunds").arg(approver->displayName));
        return std::nullopt;
    }
    m_error->clearMessage();
    m_lastNote = *note;
    m_receipt->showReceipt(tr("Credit note n° %1 recorded — refund %2 (%3)")
                               .arg(note->number)
                               .arg(Money::fromCents(note->totalCents).toString(), refundMethodLabel(note->refundMethod)),
                           ReceiptDocument::forCreditNote(m_context, *note, *m_sale),
                           tr("credit-note-%1.pdf").arg(note->number));
    const qint64 number = m_sale->number;
    m_reason->clear();
    m_damaged->setChecked(false);
    loadSale(number); // the returned quantities moved on
    return *note;
}

bool ReturnsPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        const int k = static_cast<QKeyEvent *>(event)->key();
        const int row = m_view->currentIndex().row();
        if (k >= Qt::Key_0 && k <= Qt::Key_9 && row >= 0) {
            m_lines->setToReturn(row, k - Qt::Key_0);
            return true;
        }
        if ((k == Qt::Key_Return || k == Qt::Key_Enter) && !m_view->isPersistentEditorOpen(m_view->currentIndex()) && m_view->indexWidget(m_view->currentIndex()) == nullptr) {
            m_reason->setFocus();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void ReturnsPage::refreshRefund()
{
    const qint64 refund = m_lines->refundCents();
    m_refundTotal->setText(tr("Refund %1").arg(Money::fromCents(refund).toString()));
    m_record->setEnabled(m_sale.has_value() && refund > 0 && !m_recording);
}

std::optional<Session> ReturnsPage::askManager()
{
    const auto store = m_context.services->store().info();
    const QString storeName = store ? store->name : QString();
    AuthService &auth = m_context.services->auth();
    SignInDialog dialog(storeName, [&auth](const QString &login, const QString &password) { return auth.signIn(login, password); },
                        this);
    dialog.setWindowTitle(tr("Manager approval"));
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.session();
}

} // namespace comptoir::ui
