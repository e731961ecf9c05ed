#include "admin/NewUserDialog.h"

#include "admin/RoleNames.h"

#include <QComboBox>
#include <QLineEdit>

namespace comptoir::ui {

NewUserDialog::NewUserDialog(Create create, QWidget *parent)
    : FormDialog(parent, tr("Create"), QStringLiteral("create")),
      m_create(std::move(create)),
      m_login(new QLineEdit(this)),
      m_name(new QLineEdit(this)),
      m_role(new QComboBox(this)),
      m_password(new QLineEdit(this)),
      m_confirm(new QLineEdit(this))
{
    setObjectName(QStringLiteral("NewUserDialog"));
    setWindowTitle(tr("New user"));
    m_login->setObjectName(QStringLiteral("login"));
    m_name->setObjectName(QStringLiteral("displayName"));
    m_role->setObjectName(QStringLiteral("role"));
    m_password->setObjectName(QStringLiteral("password"));
    m_confirm->setObjectName(QStringLiteral("confirm"));
    m_password->setEchoMode(QLineEdit::Password);
    m_confirm->setEchoMode(QLineEdit::Password);
    for (const QString &code : roleCodes())
        m_role->addItem(roleTitle(code), code);

    addRow(tr("Login"), m_login, {QStringLiteral("login")});
    addRow(tr("Full name"), m_name, {QStringLiteral("display_name"), QStringLiteral("name")});
    addRow(tr("Role"), m_role, {QStringLiteral("role")});
    addRow(tr("Password"), m_password, {QStringLiteral("password")});
    addRow(tr("Password again"), m_confirm, {QStringLiteral("confirm")});
    setMinimumWidth(440);
}

Status NewUserDialog::write()
{
    if (m_password->text() != m_confirm->text())
        return Error::validation(QStringLiteral("confirm"), tr("the two passwords differ"));
    const NewUser input{m_login->text().trimmed(), m_name->text().trimmed(), m_role->currentData().toString(),
                        m_password->text()};
    return keep(m_create(input));
}

} // namespace comptoir::ui
