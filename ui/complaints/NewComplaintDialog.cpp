#include "complaints/NewComplaintDialog.h"

#include "services/ComplaintService.h"
#include "widgets/CustomerPicker.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace comptoir::ui {

NewComplaintDialog::NewComplaintDialog(const AppContext &context, const QList<StaffMember> &staff, QWidget *parent)
    : FormDialog(parent, tr("&Open complaint"), QStringLiteral("create")),
      m_context(context),
      m_customer(new CustomerPicker(context, this)),
      m_category(new QComboBox(this)),
      m_subject(new QLineEdit(this)),
      m_description(new QPlainTextEdit(this)),
      m_assignee(new QComboBox(this))
{
    setObjectName(QStringLiteral("NewComplaintDialog"));
    setWindowTitle(tr("New complaint"));
    m_category->setObjectName(QStringLiteral("category"));
    m_category->addItem(tr("Choose a category"), qint64(0));
    if (auto categories = m_context.services->complaints().categories(m_context.session))
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

    addRow(tr("&Customer:"), m_customer, {QStringLiteral("customer_id")}, m_customer->searchField());
    addRow(tr("C&ategory:"), m_category, {QStringLiteral("category_id")});
    addRow(tr("&Subject:"), m_subject, {QStringLiteral("subject")});
    addRow(tr("&Description:"), m_description, {QStringLiteral("description")});
    addRow(tr("Assign &to:"), m_assignee, {QStringLiteral("assigned_to")});
    setMinimumWidth(520);
}

void NewComplaintDialog::setCustomer(qint64 id, const QString &name)
{
    m_customer->setCustomer(id, name);
}

Status NewComplaintDialog::write()
{
    ComplaintInput input;
    input.customerId = m_customer->customerId();
    input.categoryId = m_category->currentData().toLongLong();
    input.subject = m_subject->text();
    input.description = m_description->toPlainText();
    input.assignedTo = m_assignee->currentData().toLongLong();
    return keep(m_context.services->complaints().open(m_context.session, input));
}

} // namespace comptoir::ui
