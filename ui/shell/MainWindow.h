#pragma once

#include "common/AppContext.h"

#include <QKeySequence>
#include <QMainWindow>

#include <functional>

class QListWidget;
class QStackedWidget;
class QLabel;

namespace comptoir::ui {

class AboutDialog;
class ExportDialog;
class GlobalSearch;
class ImportWizard;
class Navigator;
class SettingsDialog;

/**
 * The shell: a sidebar of areas, the current area's page, and a status bar with the
 * signed-in user and the store. Areas are registered with the permission they need; a
 * role that lacks it never sees the area (the core still enforces every call). Pages ask
 * for another area through the window's Navigator (see registerAreas for who answers).
 */
class MainWindow final : public QMainWindow {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    using PageFactory = std::function<QWidget *(const AppContext &, QWidget *parent)>;

    struct Area {
        QString id;          ///< stable name, e.g. "customers"
        QString title;       ///< translated sidebar label
        QString permission;  ///< empty: every signed-in user
        QKeySequence shortcut;
        PageFactory factory; ///< built on first visit
    };

    /** The window of `session` over `services` (which must outlive it). */
    MainWindow(AppServices &services, Session session, QWidget *parent = nullptr);

    /** Adds an area if the session holds its permission; returns whether it was added. */
    bool addArea(Area area);
    /** The ids of the areas shown, in sidebar order. */
    QStringList areaIds() const;
    /**
     * Shows an area by id (builds its page on first visit). "area:section" also shows a
     * section of the page, if the page has a Q_INVOKABLE bool showSection(QString) (e.g.
     * "admin:backups"); false if the area or the section is not there for this user.
     */
    bool showArea(const QString &id);
    QWidget *currentPage() const;
    /**
     * Ctrl+K: shows the global customer search (null when the role has no Customers
     * area). The customer chosen opens in the Customers area (its openCustomer slot).
     */
    GlobalSearch *openGlobalSearch();
    /** Tools > Settings… (Ctrl+,): opens the settings dialog, non-blocking. */
    SettingsDialog *openSettings();
    /** File > Import… ("import.run"): the import wizard, non-blocking; null without the permission. */
    ImportWizard *openImportWizard();
    /** File > Export… ("export.run" or "customer.export"); null without either. */
    ExportDialog *openExportDialog();
    /** Help > About Comptoir: version, licence and third-party notices; non-blocking. */
    AboutDialog *openAbout();
    const AppContext &context() const { return m_context; }
    /** Where pages ask for another area; the window shows areas it asks for. */
    Navigator *navigator() const { return m_navigator; }
    /** Tools > Change my password…: every signed-in user; modal. */
    void changeOwnPassword();
    /** The backup a technician asked to restore (empty: none); read after the window closed. */
    QString pendingRestore() const { return m_pendingRestore; }

public slots:
    /** Remembers `backupPath` and closes the window: the shell restores it once the database is closed. */
    void requestRestore(const QString &backupPath);

private:
    void onAreaSelected(int row);

    Navigator *m_navigator;
    AppContext m_context;
    QListWidget *m_sidebar;
    QStackedWidget *m_pages;
    QLabel *m_userLabel;
    QLabel *m_storeLabel;
    QList<Area> m_areas;
    QList<QWidget *> m_built;
    GlobalSearch *m_globalSearch = nullptr;
    QString m_pendingRestore;
};

} // namespace comptoir::ui
