#include "sale/SaleCustomerBar.h"

#include "services/CustomerService.h"
#include "widgets/CustomerPicker.h"
#include "widgets/FieldError.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace comptoir::ui {

SaleCustomerBar::SaleCustomerBar(const AppContext &context, QWidget *parent)
    : QWidget(parent),
      m_context(context),
      m_key(new QLineEdit(this)),
      m_find(new QPushButton(tr("Find… (F3)"), this)),
      m_detach(new QPushButton(tr("Detach"), this)),
      m_name(new QLabel(this)),
      m_error(new FieldError(this))
{
    setObjectName(QStringLiteral("saleCustomerBar"));
    m_key->setObjectName(QStringLiteral("customerKey"));
    m_key->setPlaceholderText(tr("Customer: loyalty card, phone or e-mail, then Enter"));
    m_key->setClearButtonEnabled(true);
    // The whole hint shows (the French one was cut before "Entrée"), with room for the clear button.
    m_key->setMinimumWidth(m_key->fontMetrics().horizontalAdvance(m_key->placeholderText()) + 48);
    m_find->setObjectName(QStringLiteral("findCustomer"));
    m_detach->setObjectName(QStringLiteral("detachCustomer"));
    m_name->setObjectName(QStringLiteral("customerName"));
    m_name->setTextFormat(Qt::PlainText); // names are customer-supplied text
    QFont bold = m_name->font();
    bold.setBold(true);
    m_name->setFont(bold);
    m_error->setObjectName(QStringLiteral("customerError"));

    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_key, 2);
    row->addWidget(m_find);
    row->addWidget(m_name, 3);
    row->addWidget(m_detach);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(row);
    layout->addWidget(m_error);
    display(Customer());

    connect(m_key, &QLineEdit::returnPressed, this, [this]() {
        if (!m_key->text().trimmed().isEmpty())
            attachByKey(m_key->text());
    });
    connect(m_find, &QPushButton::clicked, this, &SaleCustomerBar::pick);
    connect(m_detach, &QPushButton::clicked, this, &SaleCustomerBar::detach);
}

bool SaleCustomerBar::attach(qint64 id)
{
    if (id <= 0) {
        detach();
        return true;
    }
    auto found = m_context.services->customers().findById(m_context.session, id);
    if (!found) {
        m_error->show(found.error().message);
        return false;
    }
    display(*found);
    return true;
}

bool SaleCustomerBar::attachByKey(const QString &key)
{
    const QString k = key.trimmed();
    CustomerService &customers = m_context.services->customers();
    auto found = customers.findByLoyaltyCard(m_context.session, k);
    if (!found && found.error().code == ErrorCode::NotFound)
        found = customers.findByPhone(m_context.session, k);
    if (!found && found.error().code != ErrorCode::PermissionDenied && k.contains(QLatin1Char('@')))
        found = customers.findByEmail(m_context.session, k);
    if (!found) {
        m_error->show(found.error().code == ErrorCode::PermissionDenied
                          ? found.error().message
                          : tr("No customer with the card, phone or e-mail \"%1\"").arg(k));
        m_key->selectAll();
        return false;
    }
    display(*found);
    return true;
}

void SaleCustomerBar::pick()
{
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("pickCustomerDialog"));
    dialog.setWindowTitle(tr("Attach a customer"));
    auto *picker = new CustomerPicker(m_context, &dialog);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, &dialog);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(picker);
    layout->addWidget(buttons);
    dialog.resize(460, 260);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    connect(picker, &CustomerPicker::customerChanged, &dialog, [&dialog](qint64 id) {
        if (id > 0)
            dialog.accept();
    });
    picker->setFocus();
    if (dialog.exec() == QDialog::Accepted)
        attach(picker->customerId());
}

void SaleCustomerBar::detach()
{
    display(Customer());
}

QString SaleCustomerBar::message() const
{
    return m_error->text();
}

void SaleCustomerBar::display(const Customer &customer)
{
    const bool changed = customer.id != m_customer.id;
    m_customer = customer;
    m_error->clearMessage();
    if (customer.id > 0) {
        m_key->clear();
        m_name->setText(tr("%1 — %n loyalty point(s)", nullptr, int(customer.loyaltyPoints)).arg(customer.displayName()));
    } else {
        m_name->setText(tr("No customer"));
    }
    m_detach->setEnabled(customer.id > 0);
    if (changed)
        Q_EMIT customerChanged(customer.id);
}

} // namespace comptoir::ui
