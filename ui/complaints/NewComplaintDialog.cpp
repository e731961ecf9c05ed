#include "complaints/NewComplaintDialog.h"

#include "services/ComplaintService.h"
#include "widgets/CustomerPicker.h"
#include "widgets/FieldError.h"
#include "widgets/FormErrors.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace comptoir::ui {

NewComplaintDialog::NewComplaintDialog(const AppContext &context, const QList<StaffMember> &staff, QWidget *parent)
    : QDialog(parent),
      m_context(context),
      m_customer(new CustomerPicker(context, this)),
      m_category(new QComboBox(this)),
      m_subject(new QLineEdit(this)),
      m_description(new QPlainTextEdit(this)),
      m_assignee(new QComboBox(this)),
      m_general(new FieldError(this)),
      m_errors(new FormErrors(m_general))
{
    setObjectName(QStringLiteral("NewComplaintDialog"));
    setWindowTitle(tr("New complaint"));
    m_category->setObjectName(QStringLiteral("category"));
    m_category->addItem(tr("Choose a category"), qint64(0));
    ComplaintService &service = m_context.services->complaints();
    if (auto categories = service.categories(m_context.session))
        for (const ComplaintCategory &c : *categories)
            m_category->addItem(tr("%1 (answer within %n day(s))", nullptr, c.slaDays).arg(c.name), c.id);
    m_subject->setObjectName(QStringLiteral("subject"));
    m_description->setObjectName(QStringLiteral("description"));
    m_description->setTabChangesFocus(true);
    m_description->setFixedHeight(100);
    m_assignee->setObjectName(QStringLiteral("assignee"));
    m_assignee->addItem(tr("Nobody yet"), qint64(0));
    for (const StaffMember &m : staff)
        m_assignee->addItem(m.displayName, m.id);
    m_general->setObjectName(QStringLiteral("generalError"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Customer:"), m_errors->wrap(m_customer, {QStringLiteral("customer_id")}, m_customer->searchField()));
    form->addRow(tr("C&ategory:"), m_errors->wrap(m_category, {QStringLiteral("category_id")}));
    form->addRow(tr("&Subject:"), m_errors->wrap(m_subject, {QStringLiteral("subject")}));
    form->addRow(tr("&Description:"), m_errors->wrap(m_description, {QStringLiteral("description")}));
    form->addRow(tr("Assign &to:"), m_errors->wrap(m_assignee, {QStringLiteral("assigned_to")}));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_create = buttons->addButton(tr("&Open complaint"), QDialogButtonBox::AcceptRole);
    m_create->setObjectName(QStringLiteral("create"));
    m_create->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &NewComplaintDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_general);
    layout->addWidget(buttons);
    setMinimumWidth(520);
}

NewComplaintDialog::~NewComplaintDialog()
{
    delete m_errors;
}

void NewComplaintDialog::setCustomer(qint64 id, const QString &name)
{
    m_customer->setCustomer(id, name);
}

void NewComplaintDialog::submit()
{
    if (!m_create->isEnabled())
        return;
    m_create->setEnabled(false);
    m_errors->clear();
    ComplaintInput input;
    input.customerId = m_customer->customerId();
    input.categoryId = m_category->currentData().toLongLong();
    input.subject = m_subject->text();
    input.description = m_description->toPlainText();
    input.assignedTo = m_assignee->currentData().toLongLong();
    ComplaintService &service = m_context.services->complaints();
    auto id = service.open(m_context.session, input);
    if (!id) {
        m_errors->show(id.error());
        m_create->setEnabled(true);
        return;
    }
    m_createdId = *id;
    accept();
}

} // namespace comptoir::ui
