#include "admin/UsersTab.h"

#include "admin/NewUserDialog.h"
#include "admin/PasswordDialog.h"
#include "admin/RoleNames.h"
#include "services/UserAdminService.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace comptoir::ui {

namespace {
enum Column { Login, Name, Role, State, PasswordChanged, ColumnCount };

QTableWidgetItem *cell(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    return item;
}
} // namespace

UsersTab::UsersTab(const AppContext &context, QWidget *parent)
    : QWidget(parent),
      m_context(context),
      m_table(new QTableWidget(0, ColumnCount, this)),
      m_toggle(new QPushButton(this)),
      m_reset(new QPushButton(tr("Reset password…"), this)),
      m_status(new QLabel(this))
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
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
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
    UserAdminService admin(*m_context.db, *m_context.clock, m_hasher);
    const auto users = admin.users(m_context.session);
    m_table->setSortingEnabled(false);
    m_table->setRowCount(0);
    if (!users) {
        showStatus(users.error().toString(), true);
        return;
    }
    const QLocale locale;
    const QDateTime now = m_context.clock->nowUtc();
    m_table->setRowCount(int(users->size()));
    for (int row = 0; row < users->size(); ++row) {
        const User &u = users->at(row);
        QString state = u.active ? tr("Active") : tr("Disabled");
        if (u.active && u.lockedUntil.isValid() && u.lockedUntil > now)
            state = tr("Locked until %1").arg(locale.toString(u.lockedUntil.toLocalTime().time(), QLocale::ShortFormat));
        auto *login = cell(u.login);
        login->setData(Qt::UserRole, u.id);
        login->setData(Qt::UserRole + 1, u.active);
        m_table->setItem(row, Login, login);
        m_table->setItem(row, Name, cell(u.displayName));
        m_table->setItem(row, Role, cell(roleTitle(u.role)));
        m_table->setItem(row, State, cell(state));
        m_table->setItem(row, PasswordChanged,
                         cell(u.passwordChangedAt.isValid()
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
        UserAdminService admin(*m_context.db, *m_context.clock, m_hasher);
        return admin.createUser(m_context.session, input);
    }, this);
    if (dialog.exec() == QDialog::Accepted) {
        reload();
        showStatus(tr("User created."), false);
    }
}

void UsersTab::toggleActive()
{
    const qint64 id = selectedId();
    if (id == 0)
        return;
    const bool active = m_table->item(m_table->currentRow(), Login)->data(Qt::UserRole + 1).toBool();
    const QString login = selectedLogin();
    UserAdminService admin(*m_context.db, *m_context.clock, m_hasher);
    if (Status s = admin.setActive(m_context.session, id, !active); !s) {
        showStatus(s.error().toString(), true);
        return;
    }
    reload();
    showStatus(active ? tr("%1 is disabled.").arg(login) : tr("%1 is enabled again.").arg(login), false);
}

void UsersTab::resetPassword()
{
    const qint64 id = selectedId();
    if (id == 0)
        return;
    const QString login = selectedLogin();
    PasswordDialog dialog(PasswordDialog::Mode::Reset, login, [this, id](const QString &, const QString &password) {
        UserAdminService admin(*m_context.db, *m_context.clock, m_hasher);
        return admin.resetPassword(m_context.session, id, password);
    }, this);
    if (dialog.exec() == QDialog::Accepted) {
        reload();
        showStatus(tr("The password of %1 is reset.").arg(login), false);
    }
}

void UsersTab::showStatus(const QString &message, bool error)
{
    m_status->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QString());
    m_status->setText(message);
}

} // namespace comptoir::ui
