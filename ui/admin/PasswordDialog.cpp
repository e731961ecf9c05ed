#include "admin/PasswordDialog.h"

#include <QLineEdit>

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
    : FormDialog(parent, mode == Mode::ChangeOwn ? tr("Change") : tr("Reset"), QStringLiteral("ok")),
      m_apply(std::move(apply)),
      m_password(passwordField(this, QStringLiteral("newPassword"))),
      m_confirm(passwordField(this, QStringLiteral("confirmPassword")))
{
    setObjectName(QStringLiteral("PasswordDialog"));
    setWindowTitle(mode == Mode::ChangeOwn ? tr("Change my password") : tr("Reset the password of %1").arg(login));
    setIntro(tr("At least 12 characters; a sentence you remember is fine."));
    if (mode == Mode::ChangeOwn) {
        m_current = passwordField(this, QStringLiteral("currentPassword"));
        addRow(tr("Current password"), m_current, {QStringLiteral("old_password")});
    }
    addRow(tr("New password"), m_password, {QStringLiteral("password"), QStringLiteral("new_password")});
    addRow(tr("New password again"), m_confirm, {QStringLiteral("confirm")});
    setMinimumWidth(420);
}

Status PasswordDialog::write()
{
    if (m_password->text() != m_confirm->text())
        return Error::validation(QStringLiteral("confirm"), tr("the two new passwords differ"));
    return m_apply(m_current ? m_current->text() : QString(), m_password->text());
}

} // namespace comptoir::ui
