#pragma once

#include "common/AppContext.h"

#include <QWidget>

class QPushButton;
class QTableWidget;

namespace comptoir::ui {

class StatusLine;

/**
 * Backups ("backup.run"): the backups of this workstation's backup folder, "Back up now"
 * (online backup, checked before it counts) and, with "backup.restore", "Restore…": the
 * application closes the database, restores the chosen backup (the replaced file is kept
 * aside) and asks for a new sign-in — a database cannot be replaced while it is open.
 */
class BackupsTab final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BackupsTab)

public:
    BackupsTab(const AppContext &context, const QString &folder, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }

public slots:
    void reload();
    void backupNow();
    void restoreSelected();

signals:
    /** The user confirmed a restore of `backupPath`: the shell closes and restores it. */
    void restoreRequested(const QString &backupPath);

private:
    const AppContext &m_context;
    QString m_folder;
    QTableWidget *m_table;
    QPushButton *m_restore = nullptr;
    StatusLine *m_status;
};

} // namespace comptoir::ui
