#include "shell/MainWindow.h"

#include "admin/PasswordDialog.h"
#include "common/Navigator.h"
#include "export/ExportDialog.h"
#include "importer/ImportWizard.h"
#include "services/AuthService.h"
#include "services/StoreService.h"
#include "settings/SettingsDialog.h"
#include "shell/AboutDialog.h"
#include "shell/AreaIcons.h"
#include "shell/GlobalSearch.h"
#include "shell/WalCheckpointer.h"
#include "widgets/ThemeIcon.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>

namespace comptoir::ui {

MainWindow::MainWindow(AppServices &services, Session session, QWidget *parent)
    : QMainWindow(parent),
      m_navigator(new Navigator(this)),
      m_context{&services, std::move(session), m_navigator},
      m_sidebar(new QListWidget(this)),
      m_pages(new QStackedWidget(this)),
      m_userLabel(new QLabel(this)),
      m_storeLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("MainWindow"));
    setWindowTitle(tr("Comptoir"));
    new WalCheckpointer(services, this);
    m_sidebar->setObjectName(QStringLiteral("sidebar"));
    m_sidebar->setFixedWidth(200);
    m_sidebar->setSpacing(2);
    m_sidebar->setFrameShape(QFrame::NoFrame);
    m_sidebar->setIconSize(QSize(22, 22));
    QFont sidebarFont = m_sidebar->font();
    sidebarFont.setPointSizeF(sidebarFont.pointSizeF() * 1.1);
    m_sidebar->setFont(sidebarFont);

    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_sidebar);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);

    m_userLabel->setTextFormat(Qt::PlainText);
    m_storeLabel->setTextFormat(Qt::PlainText);
    m_userLabel->setObjectName(QStringLiteral("statusUser"));
    m_storeLabel->setObjectName(QStringLiteral("statusStore"));
    statusBar()->addWidget(m_userLabel);
    statusBar()->addPermanentWidget(m_storeLabel);
    m_userLabel->setText(tr("Signed in: %1 (%2)").arg(m_context.session.displayName, m_context.session.login));
    if (auto info = services.store().info())
        m_storeLabel->setText(info->name);

    connect(m_sidebar, &QListWidget::currentRowChanged, this, &MainWindow::onAreaSelected);
    connect(m_navigator, &Navigator::areaRequested, this, &MainWindow::showArea);
    auto *findCustomer = new QAction(this);
    findCustomer->setObjectName(QStringLiteral("globalSearchAction"));
    findCustomer->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    findCustomer->setShortcutContext(Qt::ApplicationShortcut);
    connect(findCustomer, &QAction::triggered, this, &MainWindow::openGlobalSearch);
    addAction(findCustomer);
    // File > Import… / Export…: only for the roles allowed (an intern or the technician sees neither).
    const bool canImport = m_context.session.can(QStringLiteral("import.run"));
    const bool canExport = !ExportDialog::allowedEntities(m_context.session).isEmpty();
    if (canImport || canExport) {
        QMenu *file = menuBar()->addMenu(tr("&File"));
        if (canImport) {
            QAction *import = file->addAction(tr("&Import…"), this, [this]() { openImportWizard(); });
            import->setObjectName(QStringLiteral("importAction"));
            import->setIcon(themeIcon(QStringLiteral("document-open")));
        }
        if (canExport) {
            QAction *exportAction = file->addAction(tr("&Export…"), this, [this]() { openExportDialog(); });
            exportAction->setObjectName(QStringLiteral("exportAction"));
            exportAction->setIcon(themeIcon(QStringLiteral("document-save-as")));
        }
    }
    QMenu *tools = menuBar()->addMenu(tr("&Tools"));
    QAction *settings = tools->addAction(tr("&Settings…"), this, [this]() { openSettings(); });
    settings->setObjectName(QStringLiteral("settingsAction"));
    settings->setIcon(themeIcon(QStringLiteral("preferences-desktop")));
    settings->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    QAction *password = tools->addAction(tr("Change my &password…"), this, [this]() { changeOwnPassword(); });
    password->setObjectName(QStringLiteral("changePasswordAction"));
    password->setIcon(themeIcon(QStringLiteral("dialog-password")));
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About Comptoir"), this, [this]() { openAbout(); });
    about->setObjectName(QStringLiteral("aboutAction"));
    about->setIcon(themeIcon(QStringLiteral("help-about")));
    resize(1280, 800);
}

bool MainWindow::addArea(Area area)
{
    if (!area.permission.isEmpty() && !m_context.session.can(area.permission))
        return false;
    auto *item = new QListWidgetItem(areaIcon(area.id), area.title, m_sidebar);
    item->setData(Qt::UserRole, area.id);
    item->setSizeHint(QSize(0, 36));
    if (!area.shortcut.isEmpty()) {
        item->setToolTip(area.shortcut.toString(QKeySequence::NativeText));
        auto *action = new QAction(this);
        action->setShortcut(area.shortcut);
        const QString id = area.id;
        connect(action, &QAction::triggered, this, [this, id]() { showArea(id); });
        addAction(action);
    }
    m_areas.append(std::move(area));
    m_built.append(nullptr);
    if (m_sidebar->count() == 1)
        m_sidebar->setCurrentRow(0);
    return true;
}

QStringList MainWindow::areaIds() const
{
    QStringList ids;
    for (const Area &a : m_areas)
        ids << a.id;
    return ids;
}

bool MainWindow::showArea(const QString &id)
{
    const qsizetype colon = id.indexOf(QLatin1Char(':'));
    const QString areaId = colon < 0 ? id : id.left(colon);
    for (int i = 0; i < m_areas.size(); ++i) {
        if (m_areas.at(i).id == areaId) {
            m_sidebar->setCurrentRow(i);
            if (colon < 0)
                return true;
            // "admin:backups": a page with sections (tabs) offers Q_INVOKABLE bool showSection(QString).
            bool shown = false;
            QMetaObject::invokeMethod(currentPage(), "showSection", Qt::DirectConnection, Q_RETURN_ARG(bool, shown),
                                      Q_ARG(QString, id.mid(colon + 1)));
            return shown;
        }
    }
    return false;
}

QWidget *MainWindow::currentPage() const
{
    return m_pages->currentWidget();
}

GlobalSearch *MainWindow::openGlobalSearch()
{
    if (!areaIds().contains(QStringLiteral("customers")))
        return nullptr;
    if (!m_globalSearch) {
        m_globalSearch = new GlobalSearch(m_context, this);
        connect(m_globalSearch, &GlobalSearch::customerChosen, m_navigator, &Navigator::openCustomer);
    }
    m_globalSearch->start();
    return m_globalSearch;
}

SettingsDialog *MainWindow::openSettings()
{
    auto *settings = new QSettings(this);
    auto *dialog = new SettingsDialog(m_context, *settings, this);
    settings->setParent(dialog); // lives as long as the dialog
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this]() {
        if (auto info = m_context.services->store().info())
            m_storeLabel->setText(info->name);
    });
    dialog->open();
    return dialog;
}

ImportWizard *MainWindow::openImportWizard()
{
    if (!m_context.session.can(QStringLiteral("import.run")))
        return nullptr;
    auto *wizard = new ImportWizard(m_context, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->open();
    return wizard;
}

ExportDialog *MainWindow::openExportDialog()
{
    if (ExportDialog::allowedEntities(m_context.session).isEmpty())
        return nullptr;
    auto *dialog = new ExportDialog(m_context, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

AboutDialog *MainWindow::openAbout()
{
    auto *dialog = new AboutDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

void MainWindow::onAreaSelected(int row)
{
    if (row < 0 || row >= m_areas.size())
        return;
    if (!m_built.at(row)) {
        QWidget *page = m_areas.at(row).factory(m_context, m_pages);
        m_built[row] = page;
        m_pages->addWidget(page);
    }
    m_pages->setCurrentWidget(m_built.at(row));
}

void MainWindow::changeOwnPassword()
{
    PasswordDialog dialog(PasswordDialog::Mode::ChangeOwn, m_context.session.login,
                          [this](const QString &current, const QString &newPassword) {
                              return m_context.services->auth().changePassword(m_context.session, current,
                                                                                newPassword);
                          },
                          this);
    if (dialog.exec() == QDialog::Accepted)
        statusBar()->showMessage(tr("Your password is changed."), 5000);
}

void MainWindow::requestRestore(const QString &backupPath)
{
    m_pendingRestore = backupPath;
    close();
}

} // namespace comptoir::ui
