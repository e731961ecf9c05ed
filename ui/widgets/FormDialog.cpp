#include "widgets/FormDialog.h"

#include "widgets/FieldError.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace comptoir::ui {

FormDialog::FormDialog(QWidget *parent, const QString &acceptText, const QString &acceptName)
    : QDialog(parent),
      m_layout(new QVBoxLayout(this)),
      m_form(new QFormLayout),
      m_general(new FieldError(this)),
      m_errors(m_general)
{
    m_general->setObjectName(QStringLiteral("generalError"));
    auto *buttons = new QDialogButtonBox(acceptText.isEmpty() ? QDialogButtonBox::Save | QDialogButtonBox::Cancel
                                                              : QDialogButtonBox::Cancel,
                                         this);
    m_accept = acceptText.isEmpty() ? buttons->button(QDialogButtonBox::Save)
                                    : buttons->addButton(acceptText, QDialogButtonBox::AcceptRole);
    m_accept->setObjectName(acceptName);
    m_accept->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &FormDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    m_layout->addLayout(m_form);
    m_layout->addWidget(m_general);
    m_layout->addWidget(buttons);
}

FormDialog::~FormDialog() = default;

QString FormDialog::fieldError(const QString &field) const
{
    const FieldError *e = m_errors.errorFor(field);
    return e && !e->isHidden() ? e->text() : QString();
}

void FormDialog::setIntro(const QString &text)
{
    if (!m_intro) {
        m_intro = new QLabel(this);
        m_intro->setTextFormat(Qt::PlainText);
        m_intro->setWordWrap(true);
        m_layout->insertWidget(0, m_intro);
    }
    m_intro->setText(text);
}

void FormDialog::addRow(const QString &label, QWidget *field, const QStringList &names, QWidget *focus)
{
    m_form->addRow(label, m_errors.wrap(field, names, focus));
}

void FormDialog::addRow(const QString &label, QWidget *widget)
{
    m_form->addRow(label, widget);
}

Status FormDialog::keep(const Result<qint64> &created)
{
    if (!created)
        return created.error();
    m_savedId = *created;
    return {};
}

void FormDialog::submit()
{
    if (!m_accept->isEnabled())
        return; // a second click while the first is being recorded
    m_accept->setEnabled(false);
    m_errors.clear();
    if (Status written = write(); !written) {
        m_errors.show(written.error());
        m_accept->setEnabled(true);
        return;
    }
    accept();
}

} // namespace comptoir::ui
