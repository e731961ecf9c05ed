#include "admin/AdminPage.h"

#include "admin/AuditLabels.h"
#include "admin/BackupsTab.h"
#include "admin/JournalTab.h"
#include "admin/UsersTab.h"
#include "services/AuditService.h"
#include "services/UserAdminService.h"

#include <QJsonDocument>
#include <QLocale>
#include <QTabWidget>
#include <QVBoxLayout>

namespace comptoir::ui {

AdminPage::AdminPage(const AppContext &context, const QString &backupFolder, QWidget *parent)
    : QWidget(parent), m_context(context), m_tabs(new QTabWidget(this))
{
    setObjectName(QStringLiteral("AdminPage"));
    m_tabs->setObjectName(QStringLiteral("adminTabs"));
    const Session &s = m_context.session;
    if (s.can(QStringLiteral("user.admin"))) {
        m_tabs->addTab(new UsersTab(m_context, this), tr("Users"));
        m_sections << QStringLiteral("users");
    }
    if (s.can(QStringLiteral("backup.run"))) {
        auto *backups = new BackupsTab(m_context, backupFolder, this);
        connect(backups, &BackupsTab::restoreRequested, this, &AdminPage::restoreRequested);
        m_tabs->addTab(backups, tr("Backups"));
        m_sections << QStringLiteral("backups");
    }
    if (s.can(QStringLiteral("loginlog.view"))) {
        m_tabs->addTab(loginLogTab(), tr("Sign-in log"));
        m_sections << QStringLiteral("signins");
    }
    if (s.can(QStringLiteral("audit.view")) || s.can(QStringLiteral("audit.view.system"))) {
        m_tabs->addTab(auditTab(), tr("Audit trail"));
        m_sections << QStringLiteral("audit");
    }
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
}

bool AdminPage::allowed(const Session &session)
{
    for (const char *p : {"user.admin", "backup.run", "loginlog.view", "audit.view", "audit.view.system"}) {
        if (session.can(QLatin1String(p)))
            return true;
    }
    return false;
}

bool AdminPage::showSection(const QString &section)
{
    const qsizetype index = m_sections.indexOf(section);
    if (index < 0)
        return false;
    m_tabs->setCurrentIndex(int(index));
    return true;
}

QWidget *AdminPage::loginLogTab()
{
    auto load = [this](const QString &login) -> Result<QList<JournalRow>> {
        UserAdminService::LoginFilter filter;
        filter.login = login;
        filter.limit = 500;
        auto events = m_context.services->users().loginHistory(m_context.session, filter);
        if (!events)
            return events.error();
        const QLocale locale;
        QList<JournalRow> rows;
        for (const LoginEvent &e : *events) {
            rows.append({{locale.toString(e.at.toLocalTime(), QLocale::ShortFormat), e.login,
                          e.success ? tr("success") : tr("refused"), AuditLabels::signInOutcome(e.reason)},
                         {QString(), QString(), QString(), e.reason}});
        }
        return rows;
    };
    auto *tab = new JournalTab({tr("Time"), tr("Login"), tr("Result"), tr("Detail")}, load, this);
    tab->setObjectName(QStringLiteral("LoginLogTab"));
    return tab;
}

QWidget *AdminPage::auditTab()
{
    auto load = [this](const QString &login) -> Result<QList<JournalRow>> {
        AuditService &audit = m_context.services->audit();
        AuditService::Filter filter;
        filter.login = login;
        filter.limit = 500;
        auto entries = audit.list(m_context.session, filter);
        if (!entries)
            return entries.error();
        const QLocale locale;
        QList<JournalRow> rows;
        for (const AuditEntry &e : *entries) {
            // The stored codes and JSON stay readable as tooltips.
            const QString json = QString::fromUtf8(QJsonDocument(e.changes).toJson(QJsonDocument::Compact));
            rows.append({{locale.toString(e.at.toLocalTime(), QLocale::ShortFormat), e.login,
                          AuditLabels::action(e.action), AuditLabels::entity(e.entity),
                          e.entityId ? QString::number(e.entityId) : QString(), AuditLabels::details(e.changes)},
                         {QString(), QString(), e.action, e.entity, QString(), e.changes.isEmpty() ? QString() : json}});
        }
        return rows;
    };
    auto *tab = new JournalTab({tr("Time"), tr("Login"), tr("Action"), tr("Entity"), tr("Id"), tr("Details")}, load,
                               this);
    tab->setObjectName(QStringLiteral("AuditTab"));
    return tab;
}

} // namespace comptoir::ui
