#pragma once

#include "domain/User.h"
#include "widgets/FormDialog.h"

#include <functional>

class QComboBox;
class QLineEdit;

namespace comptoir::ui {

/**
 * The technician's "New user" form: login, full name, role and a password typed twice.
 * `create` calls UserAdminService::createUser; its refusal is shown next to the field it
 * names and nothing is created until the form is valid. A second click on Create while
 * the first is being handled does nothing.
 */
class NewUserDialog final : public FormDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NewUserDialog)

public:
    using Create = std::function<Result<qint64>(const NewUser &)>;

    explicit NewUserDialog(Create create, QWidget *parent = nullptr);

private:
    Status write() override;

    Create m_create;
    QLineEdit *m_login;
    QLineEdit *m_name;
    QComboBox *m_role;
    QLineEdit *m_password;
    QLineEdit *m_confirm;
};

} // namespace comptoir::ui
