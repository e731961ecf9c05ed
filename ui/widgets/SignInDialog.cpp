#include "widgets/SignInDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace comptoir::ui {

SignInDialog::SignInDialog(const QString &storeName, Authenticator authenticate, QWidget *parent)
    : QDialog(parent),
      m_authenticate(std::move(authenticate)),
      m_login(new QLineEdit(this)),
      m_password(new QLineEdit(this)),
      m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("SignInDialog"));
    setWindowTitle(tr("Sign in — Comptoir"));
    m_login->setObjectName(QStringLiteral("login"));
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->setVisible(false);

    auto *title = new QLabel(storeName, this);
    title->setTextFormat(Qt::PlainText);
    QFont f = title->font();
    f.setPointSizeF(f.pointSizeF() * 1.5);
    f.setBold(true);
    title->setFont(f);

    auto *form = new QFormLayout;
    form->addRow(tr("&Login"), m_login);
    form->addRow(tr("&Password"), m_password);

    auto *buttons = new QDialogButtonBox(this);
    m_signIn = buttons->addButton(tr("Sign in"), QDialogButtonBox::AcceptRole);
    m_signIn->setObjectName(QStringLiteral("signIn"));
    m_signIn->setDefault(true);
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &SignInDialog::trySignIn);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(380);
}

void SignInDialog::setLogin(const QString &login)
{
    m_login->setText(login);
    m_password->setFocus();
}

void SignInDialog::trySignIn()
{
    if (m_login->text().trimmed().isEmpty()) {
        m_error->setText(tr("Enter your login."));
        m_error->setVisible(true);
        m_login->setFocus();
        return;
    }
    m_signIn->setEnabled(false); // one attempt at a time, however impatient the click
    const Result<Session> result = m_authenticate(m_login->text().trimmed(), m_password->text());
    m_signIn->setEnabled(true);
    if (!result) {
        m_error->setText(result.error().message);
        m_error->setVisible(true);
        m_password->clear();
        m_password->setFocus();
        return;
    }
    m_session = result.value();
    accept();
}

} // namespace comptoir::ui
