#include "customers/QuickComplaintDialog.h"

#include "services/ComplaintService.h"
#include "widgets/FieldError.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace comptoir::ui {

QuickComplaintDialog::QuickComplaintDialog(const AppContext &context, qint64 customerId, QWidget *parent)
    : QDialog(parent),
      m_context(context),
      m_customerId(customerId),
      m_category(new QComboBox(this)),
      m_subject(new QLineEdit(this)),
      m_description(new QPlainTextEdit(this)),
      m_generalError(new FieldError(this)),
      m_errors(m_generalError)
{
    setObjectName(QStringLiteral("QuickComplaintDialog"));
    setWindowTitle(tr("New complaint"));
    m_category->setObjectName(QStringLiteral("category"));
    m_subject->setObjectName(QStringLiteral("subject"));
    m_subject->setMaxLength(200);
    m_description->setObjectName(QStringLiteral("description"));
    m_description->setTabChangesFocus(true);
    ComplaintService &service = m_context.services->complaints();
    if (auto categories = service.categories(m_context.session)) {
        for (const ComplaintCategory &c : *categories)
            m_category->addItem(tr("%1 (answer within %2 days)").arg(c.name).arg(c.slaDays), c.id);
    } else {
        m_generalError->show(categories.error().message);
    }

    auto *form = new QFormLayout;
    const std::tuple<QString, QWidget *, QString> rows[] = {
        {tr("Category"), m_category, QStringLiteral("category_id")},
        {tr("Subject"), m_subject, QStringLiteral("subject")},
        {tr("Description"), m_description, QStringLiteral("description")}};
    for (const auto &[label, widget, field] : rows)
        form->addRow(label, m_errors.wrap(widget, {field}));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_save = buttons->button(QDialogButtonBox::Save);
    m_save->setObjectName(QStringLiteral("save"));
    m_save->setDefault(true);
    connect(m_save, &QPushButton::clicked, this, &QuickComplaintDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_generalError);
    layout->addWidget(buttons);
    resize(520, sizeHint().height());
}

void QuickComplaintDialog::save()
{
    if (m_busy)
        return;
    m_busy = true;
    m_save->setEnabled(false);
    m_errors.clear();
    ComplaintInput in;
    in.customerId = m_customerId;
    in.categoryId = m_category->currentData().toLongLong();
    in.subject = m_subject->text();
    in.description = m_description->toPlainText();
    auto id = m_context.services->complaints().open(m_context.session, in);
    if (!id) {
        m_errors.show(id.error());
        m_busy = false;
        m_save->setEnabled(true);
        return;
    }
    m_savedId = *id;
    accept();
}

} // namespace comptoir::ui
