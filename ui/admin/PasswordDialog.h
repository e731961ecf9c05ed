#pragma once

#include "widgets/FormDialog.h"

#include <functional>

class QLineEdit;

namespace comptoir::ui {

/**
 * Asks for a new password twice (and the current one when a user changes their own), then
 * hands it to `apply`, which calls the core (AuthService::changePassword or
 * UserAdminService::resetPassword). The core's refusal (too short, wrong current password)
 * is shown next to the field it names; the dialog closes only on success.
 */
class PasswordDialog final : public FormDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PasswordDialog)

public:
    enum class Mode { ChangeOwn, Reset };
    using Apply = std::function<Status(const QString &current, const QString &newPassword)>;

    PasswordDialog(Mode mode, const QString &login, Apply apply, QWidget *parent = nullptr);

private:
    Status write() override;

    Apply m_apply;
    QLineEdit *m_current = nullptr;
    QLineEdit *m_password;
    QLineEdit *m_confirm;
};

} // namespace comptoir::ui
