#include "admin/UsersTab.h"

#include "admin/NewUserDialog.h"
#include "admin/PasswordDialog.h"
#include "admin/RoleNames.h"
#include "services/UserAdminService.h"
#include "widgets/ReadOnlyItem.h"
#include "widgets/StatusLine.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace comptoir::ui {

namespace {
enum UserColumn { Login, Name, Role, State, PasswordChanged, UserColumnCount };
} // namespace

UsersTab::UsersTab(const AppContext &context, QWidget *parent)
    : QWidget(parent),
      m_context(context),
      m_table(new QTableWidget(0, UserColumnCount, this)),
      m_toggle(new QPushButton(this)),
      m_reset(new QPushButton(tr("Reset password…"), this)),
      m_status(new StatusLine(this))
{
    setObjectName(QStringLiteral("UsersTab"));
    m_table->setObjectName(QStringLiteral("usersTable"));
    m_table->setHorizontalHeaderLabels(
        {tr("Login"), tr("Full name"), tr("Role"), tr("State"), tr("Password changed")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setSortingEnabled(true);

    auto *create = new QPushButton(tr("New user…"), this);
    create->setObjectName(QStringLiteral("newUser"));
    m_toggle->setObjectName(QStringLiteral("toggleActive"));
    m_reset->setObjectName(QStringLiteral("resetPassword"));
    connect(create, &QPushButton::clicked, this, &UsersTab::newUser);
    connect(m_toggle, &QPushButton::clicked, this, &UsersTab::toggleActive);
    connect(m_reset, &QPushButton::clicked, this, &UsersTab::resetPassword);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &UsersTab::updateButtons);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(create);
    buttons->addWidget(m_toggle);
    buttons->addWidget(m_reset);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_status);
    reload();
}

void UsersTab::reload()
{
    UserAdminService &admin = m_context.services->users();
    const auto users = admin.users(m_context.session);
    m_table->setSortingEnabled(false);
    m_table->setRowCount(0);
    if (!users) {
        m_status->showError(users.error().toString());
        return;
    }
    const QLocale locale;
    const QDateTime now = m_context.clock().nowUtc();
    m_table->setRowCount(int(users->size()));
    for (int row = 0; row < users->size(); ++row) {
        const User &u = users->at(row);
        QString state = u.active ? tr("Active") : tr("Disabled");
        if (u.active && u.lockedUntil.isValid() && u.lockedUntil > now)
            state = tr("Locked until %1").arg(locale.toString(u.lockedUntil.toLocalTime().time(), QLocale::ShortFormat));
        auto *login = readOnlyItem(u.login);
        login->setData(Qt::UserRole, u.id);
        login->setData(Qt::UserRole + 1, u.active);
        m_table->setItem(row, Login, login);
        m_table->setItem(row, Name, readOnlyItem(u.displayName));
        m_table->setItem(row, Role, readOnlyItem(roleTitle(u.role)));
        m_table->setItem(row, State, readOnlyItem(state));
        m_table->setItem(row, PasswordChanged,
                         readOnlyItem(u.passwordChangedAt.isValid()
                                  ? locale.toString(u.passwordChangedAt.toLocalTime(), QLocale::ShortFormat)
                                  : QString()));
    }
    m_table->setSortingEnabled(true);
    m_table->resizeColumnsToContents();
    updateButtons();
}

qint64 UsersTab::selectedId() const
{
    const int row = m_table->currentRow();
    return row < 0 || !m_table->item(row, Login) ? 0 : m_table->item(row, Login)->data(Qt::UserRole).toLongLong();
}

QString UsersTab::selectedLogin() const
{
    const int row = m_table->currentRow();
    return row < 0 || !m_table->item(row, Login) ? QString() : m_table->item(row, Login)->text();
}

void UsersTab::updateButtons()
{
    const int row = m_table->currentRow();
    const bool any = row >= 0 && m_table->item(row, Login) && !m_table->selectedItems().isEmpty();
    const bool active = any && m_table->item(row, Login)->data(Qt::UserRole + 1).toBool();
    m_toggle->setText(any && !active ? tr("Enable") : tr("Disable"));
    m_toggle->setEnabled(any);
    m_reset->setEnabled(any);
}

void UsersTab::newUser()
{
    NewUserDialog dialog([this](const NewUser &input) {
        UserAdminService &admin = m_context.services->users();
        return admin.createUser(m_context.session, input);
    }, this);
    if (dialog.exec() == QDialog::Accepted) {
        reload();
        m_status->showMessage(tr("User created."));
    }
}

void UsersTab::toggleActive()
{
    const qint64 id = selectedId();
    if (id == 0)
        return;
    const bool active = m_table->item(m_table->currentRow(), Login)->data(Qt::UserRole + 1).toBool();
    const QString login = selectedLogin();
    UserAdminService &admin = m_context.services->users();
    if (Status s = admin.setActive(m_context.session, id, !active); !s) {
        m_status->showError(s.error().toString());
        return;
    }
    reload();
    m_status->showMessage(active ? tr("%1 is disabled.").arg(login) : tr("%1 is enabled again.").arg(login));
}

void UsersTab::resetPassword()
{
    const qint64 id = selectedId();
    if (id == 0)
        return;
    const QString login = selectedLogin();
    PasswordDialog dialog(PasswordDialog::Mode::Reset, login, [this, id](const QString &, const QString &password) {
        UserAdminService &admin = m_context.services->users();
        return admin.resetPassword(m_context.session, id, password);
    }, this);
    if (dialog.exec() == QDialog::Accepted) {
        reload();
        m_status->showMessage(tr("The password of %1 is reset.").arg(login));
    }
}

} // namespace comptoir::ui
