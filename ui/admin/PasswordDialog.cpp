#include "admin/PasswordDialog.h"

#include "widgets/FieldError.h"
#include "widgets/FormErrors.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace comptoir::ui {

namespace {
QLineEdit *passwordField(QWidget *parent, const QString &name)
{
    auto *field = new QLineEdit(parent);
    field->setObjectName(name);
    field->setEchoMode(QLineEdit::Password);
    return field;
}
} // namespace

PasswordDialog::PasswordDialog(Mode mode, const QString &login, Apply apply, QWidget *parent)
    : QDialog(parent),
      m_apply(std::move(apply)),
      m_password(passwordField(this, QStringLiteral("newPassword"))),
      m_confirm(passwordField(this, QStringLiteral("confirmPassword"))),
      m_general(new FieldError(this)),
      m_errors(new FormErrors(m_general))
{
    setObjectName(QStringLiteral("PasswordDialog"));
    setWindowTitle(mode == Mode::ChangeOwn ? tr("Change my password") : tr("Reset the password of %1").arg(login));
    auto *intro = new QLabel(tr("At least 12 characters; a sentence you remember is fine."), this);
    intro->setWordWrap(true);

    auto *form = new QFormLayout;
    if (mode == Mode::ChangeOwn) {
        m_current = passwordField(this, QStringLiteral("currentPassword"));
        form->addRow(tr("Current password"), m_errors->wrap(m_current, {QStringLiteral("old_password")}));
    }
    form->addRow(tr("New password"), m_errors->wrap(m_password, {QStringLiteral("password"), QStringLiteral("new_password")}));
    form->addRow(tr("New password again"), m_errors->wrap(m_confirm, {QStringLiteral("confirm")}));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(mode == Mode::ChangeOwn ? tr("Change") : tr("Reset"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("ok"));
    connect(buttons, &QDialogButtonBox::accepted, this, &PasswordDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_general);
    layout->addWidget(buttons);
    setMinimumWidth(420);
}

PasswordDialog::~PasswordDialog()
{
    delete m_errors;
}

void PasswordDialog::submit()
{
    m_errors->clear();
    if (m_password->text() != m_confirm->text()) {
        m_errors->show(Error::validation(QStringLiteral("confirm"), tr("the two new passwords differ")));
        return;
    }
    const Status done = m_apply(m_current ? m_current->text() : QString(), m_password->text());
    if (!done) {
        m_errors->show(done.error());
        return;
    }
    accept();
}

} // namespace comptoir::ui
