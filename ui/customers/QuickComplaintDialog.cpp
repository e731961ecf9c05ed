#include "customers/QuickComplaintDialog.h"

#include "services/ComplaintService.h"
#include "widgets/FieldError.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace comptoir::ui {

QuickComplaintDialog::QuickComplaintDialog(const AppContext &context, qint64 customerId, QWidget *parent)
    : FormDialog(parent),
      m_context(context),
      m_customerId(customerId),
      m_category(new QComboBox(this)),
      m_subject(new QLineEdit(this)),
      m_description(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("QuickComplaintDialog"));
    setWindowTitle(tr("New complaint"));
    m_category->setObjectName(QStringLiteral("category"));
    m_subject->setObjectName(QStringLiteral("subject"));
    m_subject->setMaxLength(200);
    m_description->setObjectName(QStringLiteral("description"));
    m_description->setTabChangesFocus(true);
    if (auto categories = m_context.services->complaints().categories(m_context.session)) {
        for (const ComplaintCategory &c : *categories)
            m_category->addItem(tr("%1 (answer within %2 days)").arg(c.name).arg(c.slaDays), c.id);
    } else {
        generalError()->show(categories.error().message);
    }

    addRow(tr("Category"), m_category, {QStringLiteral("category_id")});
    addRow(tr("Subject"), m_subject, {QStringLiteral("subject")});
    addRow(tr("Description"), m_description, {QStringLiteral("description")});
    resize(520, sizeHint().height());
}

Status QuickComplaintDialog::write()
{
    ComplaintInput in;
    in.customerId = m_customerId;
    in.categoryId = m_category->currentData().toLongLong();
    in.subject = m_subject->text();
    in.description = m_description->toPlainText();
    return keep(m_context.services->complaints().open(m_context.session, in));
}

} // namespace comptoir::ui
