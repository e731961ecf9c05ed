#pragma once

#include "domain/Result.h"
#include "domain/User.h"

#include <QDialog>

#include <functional>

class QComboBox;
class QLineEdit;

namespace comptoir::ui {

class FieldError;
class FormErrors;

/**
 * The technician's "New user" form: login, full name, role and a password typed twice.
 * `create` calls UserAdminService::createUser; its refusal is shown next to the field it
 * names and nothing is created until the form is valid. A second click on Create while
 * the first is being handled does nothing.
 */
class NewUserDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NewUserDialog)

public:
    using Create = std::function<Result<qint64>(const NewUser &)>;

    explicit NewUserDialog(Create create, QWidget *parent = nullptr);
    ~NewUserDialog() override;

    qint64 createdId() const { return m_createdId; }

private:
    void submit();

    Create m_create;
    qint64 m_createdId = 0;
    bool m_busy = false;
    QLineEdit *m_login;
    QLineEdit *m_name;
    QComboBox *m_role;
    QLineEdit *m_password;
    QLineEdit *m_confirm;
    FieldError *m_general;
    FormErrors *m_errors;
};

} // namespace comptoir::ui
