#pragma once

#include "access/Session.h"
#include "domain/Result.h"

#include <QDialog>

#include <functional>

class QLabel;
class QLineEdit;
class QPushButton;

namespace comptoir::ui {

/**
 * Asks for a login and a password and hands them to `authenticate` (the core's sign-in).
 * A refusal is shown inline under the fields, the password is cleared and the login kept;
 * the dialog only closes on success, with session() set.
 */
class SignInDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SignInDialog)

public:
    using Authenticator = std::function<Result<Session>(const QString &login, const QString &password)>;

    SignInDialog(const QString &storeName, Authenticator authenticate, QWidget *parent = nullptr);

    const Session &session() const { return m_session; }
    void setLogin(const QString &login);

private:
    void trySignIn();

    Authenticator m_authenticate;
    Session m_session;
    QLineEdit *m_login;
    QLineEdit *m_password;
    QLabel *m_error;
    QPushButton *m_signIn;
};

} // namespace comptoir::ui
