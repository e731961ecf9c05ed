#pragma once

#include "common/AppContext.h"

#include <QWidget>

class QPushButton;
class QTableWidget;

namespace comptoir::ui {

class StatusLine;

/**
 * The technician's user administration ("user.admin"): every account with its role and
 * state; create, disable or re-enable, reset a password (which also lifts a lock-out).
 * No customer data here.
 */
class UsersTab final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UsersTab)

public:
    explicit UsersTab(const AppContext &context, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }

public slots:
    void reload();
    void newUser();
    void toggleActive();
    void resetPassword();

private:
    qint64 selectedId() const;
    QString selectedLogin() const;
    void updateButtons();

    const AppContext &m_context;
    QTableWidget *m_table;
    QPushButton *m_toggle;
    QPushButton *m_reset;
    StatusLine *m_status;
};

} // namespace comptoir::ui
