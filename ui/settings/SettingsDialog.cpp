#include "settings/SettingsDialog.h"

#include "domain/Validation.h"
#include "services/StoreService.h"
#include "settings/Language.h"
#include "settings/WorkstationPaths.h"
#include "widgets/FieldError.h"
#include "widgets/FormErrors.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

namespace comptoir::ui {

namespace {

QLabel *note(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: palette(mid);"));
    return label;
}

QLineEdit *settingsLineEdit(const QString &name, const QString &text, QWidget *parent)
{
    auto *edit = new QLineEdit(text, parent);
    edit->setObjectName(name);
    return edit;
}

} // namespace

SettingsDialog::SettingsDialog(const AppContext &context, QSettings &settings, QWidget *parent)
    : QDialog(parent),
      m_context(context),
      m_settings(settings),
      m_canWrite(context.session.can(QStringLiteral("settings.write"))),
      m_tabs(new QTabWidget(this)),
      m_general(new FieldError(this)),
      m_errors(new FormErrors(m_general))
{
    setObjectName(QStringLiteral("SettingsDialog"));
    setWindowTitle(tr("Settings"));
    StoreService &store = m_context.services->store();
    if (auto info = store.info())
        m_store = *info;
    if (auto keep = store.backupKeep(m_context.session))
        m_keep = *keep;

    m_tabs->setObjectName(QStringLiteral("tabs"));
    m_tabs->addTab(generalTab(), tr("&General"));
    m_tabs->addTab(databaseTab(), tr("&Database"));
    m_tabs->addTab(storeTab(), tr("S&tore"));
    m_tabs->addTab(backupTab(), tr("&Backups"));
    m_general->setObjectName(QStringLiteral("generalError"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_save = buttons->addButton(tr("&Save"), QDialogButtonBox::AcceptRole);
    m_save->setObjectName(QStringLiteral("save"));
    m_save->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_general);
    layout->addWidget(buttons);
    setMinimumSize(560, 420);
}

SettingsDialog::~SettingsDialog()
{
    delete m_errors;
}

QWidget *SettingsDialog::generalTab()
{
    auto *page = new QWidget(this);
    m_language = new QComboBox(page);
    m_language->setObjectName(QStringLiteral("language"));
    m_language->addItem(QStringLiteral("Français"), QStringLiteral("fr"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    const QString current = m_settings.value(QStringLiteral("ui/language"), Language::defaultCode()).toString();
    m_language->setCurrentIndex(std::max(0, m_language->findData(current)));
    auto *form = new QFormLayout(page);
    form->addRow(tr("&Language:"), m_language);
    form->addRow(QString(), note(tr("The new language is applied the next time Comptoir starts."), page));
    return page;
}

QWidget *SettingsDialog::databaseTab()
{
    auto *page = new QWidget(this);
    m_initialDatabasePath = m_settings.value(QStringLiteral("database/path"), m_context.services->location()).toString();
    m_databasePath = settingsLineEdit(QStringLiteral("databasePath"), m_initialDatabasePath, page);
    auto *browse = new QPushButton(tr("B&rowse…"), page);
    connect(browse, &QPushButton::clicked, this, &SettingsDialog::browseDatabase);
    auto *row = new QHBoxLayout;
    row->addWidget(m_databasePath, 1);
    row->addWidget(browse);
    auto *form = new QFormLayout(page);
    form->addRow(tr("Database &file:"), row);
    form->addRow(QString(), note(tr("The database in use now is %1. Another file is opened the next time Comptoir "
                                    "starts; for several workstations, point them all to the same shared database.")
                                     .arg(m_context.services->location()),
                                 page));
    return page;
}

QWidget *SettingsDialog::storeTab()
{
    auto *page = new QWidget(this);
    m_name = settingsLineEdit(QStringLiteral("storeName"), m_store.name, page);
    m_address = settingsLineEdit(QStringLiteral("address"), m_store.address, page);
    m_postalCode = settingsLineEdit(QStringLiteral("postalCode"), m_store.postalCode, page);
    m_postalCode->setMaxLength(5);
    m_city = settingsLineEdit(QStringLiteral("city"), m_store.city, page);
    m_phone = settingsLineEdit(QStringLiteral("phone"),
                       m_store.phone.isEmpty() ? QString() : validation::phoneForDisplay(m_store.phone), page);
    m_siret = settingsLineEdit(QStringLiteral("siret"), m_store.siret, page);
    m_siret->setPlaceholderText(tr("14 digits"));
    auto *form = new QFormLayout(page);
    form->addRow(tr("&Name:"), m_errors->wrap(m_name, {QStringLiteral("name")}));
    form->addRow(tr("&Address:"), m_errors->wrap(m_address, {QStringLiteral("address")}));
    form->addRow(tr("&Postal code:"), m_errors->wrap(m_postalCode, {QStringLiteral("postal_code")}));
    form->addRow(tr("&City:"), m_errors->wrap(m_city, {QStringLiteral("city")}));
    form->addRow(tr("P&hone:"), m_errors->wrap(m_phone, {QStringLiteral("phone")}));
    form->addRow(tr("S&IRET:"), m_errors->wrap(m_siret, {QStringLiteral("siret")}));
    form->addRow(QString(), note(m_canWrite ? tr("Printed on receipts and reports. Stored in the database, shared by "
                                                 "every workstation.")
                                            : tr("Only the store manager or the IT technician can change the store's "
                                                 "identity."),
                                 page));
    for (QLineEdit *edit : {m_name, m_address, m_postalCode, m_city, m_phone, m_siret})
        edit->setReadOnly(!m_canWrite);
    return page;
}

QWidget *SettingsDialog::backupTab()
{
    auto *page = new QWidget(this);
    m_backupFolder = settingsLineEdit(QStringLiteral("backupFolder"),
                              m_settings.value(QStringLiteral("backup/folder"), defaultBackupFolder()).toString(), page);
    auto *browse = new QPushButton(tr("Bro&wse…"), page);
    connect(browse, &QPushButton::clicked, this, &SettingsDialog::browseBackupFolder);
    auto *row = new QHBoxLayout;
    row->addWidget(m_backupFolder, 1);
    row->addWidget(browse);
    m_backupKeep = new QSpinBox(page);
    m_backupKeep->setObjectName(QStringLiteral("backupKeep"));
    m_backupKeep->setRange(1, 100);
    m_backupKeep->setValue(m_keep);
    m_backupKeep->setEnabled(m_canWrite);
    auto *form = new QFormLayout(page);
    form->addRow(tr("Backup &folder:"), row);
    form->addRow(QString(), note(tr("A backup is written there each time Comptoir closes. Prefer a folder on another "
                                    "disk or a network share."),
                                 page));
    form->addRow(tr("Backups &kept:"), m_errors->wrap(m_backupKeep, {QStringLiteral("backup.keep")}));
    form->addRow(QString(), note(m_canWrite ? tr("The oldest automatic backups beyond this number are removed.")
                                            : tr("Only the store manager or the IT technician can change this number."),
                                 page));
    return page;
}

void SettingsDialog::browseDatabase()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Database file"), m_databasePath->text(),
                                                      tr("Comptoir databases (*.db);;All files (*)"), nullptr,
                                                      QFileDialog::DontConfirmOverwrite);
    if (!path.isEmpty())
        m_databasePath->setText(path);
}

void SettingsDialog::browseBackupFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Backup folder"), m_backupFolder->text());
    if (!folder.isEmpty())
        m_backupFolder->setText(folder);
}

void SettingsDialog::showError(const Error &error)
{
    // Bring the tab holding the faulty field to the front, so its message is seen.
    if (FieldError *target = m_errors->errorFor(error.field))
        for (int i = 0; i < m_tabs->count(); ++i)
            if (m_tabs->widget(i)->isAncestorOf(target))
                m_tabs->setCurrentIndex(i);
    m_errors->show(error);
}

void SettingsDialog::save()
{
    if (!m_save->isEnabled())
        return;
    m_save->setEnabled(false);
    m_errors->clear();
    if (m_canWrite) {
        StoreService &store = m_context.services->store();
        StoreInfo edited = m_store;
        edited.name = m_name->text();
        edited.address = m_address->text();
        edited.postalCode = m_postalCode->text();
        edited.city = m_city->text();
        edited.phone = m_phone->text();
        edited.siret = m_siret->text();
        const bool phoneSame = !m_store.phone.isEmpty() && edited.phone == validation::phoneForDisplay(m_store.phone);
        const bool changed = edited.name != m_store.name || edited.address != m_store.address
            || edited.postalCode != m_store.postalCode || edited.city != m_store.city
            || (edited.phone != m_store.phone && !phoneSame) || edited.siret != m_store.siret;
        if (changed) {
            if (Status s = store.updateStore(m_context.session, edited); !s) {
                showError(s.error());
                m_save->setEnabled(true);
                return;
            }
        }
        if (m_backupKeep->value() != m_keep) {
            if (Status s = store.setBackupKeep(m_context.session, m_backupKeep->value()); !s) {
                showError(s.error());
                m_save->setEnabled(true);
                return;
            }
        }
    }
    // Workstation preferences, once the business settings are accepted.
    m_settings.setValue(QStringLiteral("ui/language"), m_language->currentData().toString());
    const QString databasePath = m_databasePath->text().trimmed();
    if (databasePath.isEmpty())
        m_settings.remove(QStringLiteral("database/path")); // back to the default file
    else if (databasePath != m_initialDatabasePath)
        m_settings.setValue(QStringLiteral("database/path"), databasePath);
    const QString backupFolder = m_backupFolder->text().trimmed();
    if (backupFolder.isEmpty())
        m_settings.remove(QStringLiteral("backup/folder"));
    else
        m_settings.setValue(QStringLiteral("backup/folder"), backupFolder);
    m_settings.sync();
    accept();
}

} // namespace comptoir::ui
