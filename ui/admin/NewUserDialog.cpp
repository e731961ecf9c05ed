#include "admin/NewUserDialog.h"

#include "admin/RoleNames.h"
#include "widgets/FieldError.h"
#include "widgets/FormErrors.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace comptoir::ui {

NewUserDialog::NewUserDialog(Create create, QWidget *parent)
    : QDialog(parent),
      m_create(std::move(create)),
      m_login(new QLineEdit(this)),
      m_name(new QLineEdit(this)),
      m_role(new QComboBox(this)),
      m_password(new QLineEdit(this)),
      m_confirm(new QLineEdit(this)),
      m_general(new FieldError(this)),
      m_errors(new FormErrors(m_general))
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

    auto *form = new QFormLayout;
    form->addRow(tr("Login"), m_errors->wrap(m_login, {QStringLiteral("login")}));
    form->addRow(tr("Full name"), m_errors->wrap(m_name, {QStringLiteral("display_name"), QStringLiteral("name")}));
    form->addRow(tr("Role"), m_errors->wrap(m_role, {QStringLiteral("role")}));
    form->addRow(tr("Password"), m_errors->wrap(m_password, {QStringLiteral("password")}));
    form->addRow(tr("Password again"), m_errors->wrap(m_confirm, {QStringLiteral("confirm")}));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
    ok->setText(tr("Create"));
    ok->setObjectName(QStringLiteral("create"));
    connect(buttons, &QDialogButtonBox::accepted, this, &NewUserDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_general);
    layout->addWidget(buttons);
    setMinimumWidth(440);
}

NewUserDialog::~NewUserDialog()
{
    delete m_errors;
}

void NewUserDialog::submit()
{
    if (m_busy)
        return;
    m_errors->clear();
    if (m_password->text() != m_confirm->text()) {
        m_errors->show(Error::validation(QStringLiteral("confirm"), tr("the two passwords differ")));
        return;
    }
    m_busy = true;
    const NewUser input{m_login->text().trimmed(), m_name->text().trimmed(), m_role->currentData().toString(),
                        m_password->text()};
    const Result<qint64> created = m_create(input);
    m_busy = false;
    if (!created) {
        m_errors->show(created.error());
        return;
    }
    m_createdId = created.value();
    accept();
}

} // namespace comptoir::ui
