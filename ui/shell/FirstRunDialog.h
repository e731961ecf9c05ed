#pragma once

#include "domain/User.h"

#include <QDialog>

#include <functional>

class QFormLayout;
class QLabel;
class QLineEdit;

namespace comptoir {
struct Error;
}

namespace comptoir::ui {

/**
 * A new store: asks for the store's name and the two first accounts (the manager and
 * the IT technician). No default password is ever shipped. `create` gets the entries and
 * returns the core's refusal, shown inline, or nothing on success.
 */
class FirstRunDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FirstRunDialog)

public:
    struct Entries {
        QString storeName;
        NewUser manager;
        NewUser technician;
    };
    using Creator = std::function<std::optional<Error>(const Entries &)>;

    explicit FirstRunDialog(Creator create, QWidget *parent = nullptr);

private:
    struct AccountFields {
        QLineEdit *login;
        QLineEdit *name;
        QLineEdit *password;
        QLineEdit *confirm;
    };
    AccountFields addAccountFields(QFormLayout *form);
    void submit();

    Creator m_create;
    QLineEdit *m_storeName;
    AccountFields m_manager;
    AccountFields m_technician;
    QLabel *m_error;
};

} // namespace comptoir::ui
