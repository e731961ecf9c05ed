#pragma once

#include "common/AppContext.h"

#include <QStringList>
#include <QWidget>

class QTabWidget;

namespace comptoir::ui {

/**
 * The Administration area: users ("user.admin"), backups ("backup.run"), the sign-in log
 * ("loginlog.view") and the audit trail ("audit.view": everything; "audit.view.system":
 * the technician's share, which never carries customer data). Each tab is shown only to
 * the roles allowed; the core checks every call again.
 */
class AdminPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AdminPage)

public:
    AdminPage(const AppContext &context, const QString &backupFolder, QWidget *parent = nullptr);

    QTabWidget *tabs() const { return m_tabs; }
    /** Whether the role may see any tab of this area (the area is registered only then). */
    static bool allowed(const Session &session);
    /**
     * Shows the tab `section` ("users", "backups", "signins", "audit"), for
     * `comptoir --area admin:<section>` (MainWindow::showArea); false if this role lacks it.
     */
    Q_INVOKABLE bool showSection(const QString &section);

signals:
    void restoreRequested(const QString &backupPath);

private:
    QWidget *loginLogTab();
    QWidget *auditTab();

    const AppContext &m_context;
    QTabWidget *m_tabs;
    QStringList m_sections; ///< the section id of each tab, in tab order
};

} // namespace comptoir::ui
