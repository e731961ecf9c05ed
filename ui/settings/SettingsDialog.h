#pragma once

#include "common/AppContext.h"
#include "domain/Store.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSettings;
class QSpinBox;
class QTabWidget;

namespace comptoir::ui {

class FieldError;
class FormErrors;

/**
 * "Settings…": per-workstation preferences stored in QSettings (language "ui/language",
 * database file "database/path", backup folder "backup/folder"), and the business
 * settings kept in the database (store identity, number of backups kept), which need
 * settings.write and are read-only otherwise. Nothing is saved until every entry is valid.
 */
class SettingsDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    SettingsDialog(const AppContext &context, QSettings &settings, QWidget *parent = nullptr);
    ~SettingsDialog() override;

    QTabWidget *tabs() const { return m_tabs; }

private:
    QWidget *generalTab();
    QWidget *databaseTab();
    QWidget *storeTab();
    QWidget *backupTab();
    void browseDatabase();
    void browseBackupFolder();
    void save();
    void showError(const Error &error);

    const AppContext &m_context;
    QSettings &m_settings;
    bool m_canWrite;
    StoreInfo m_store;
    int m_keep = 10;
    QString m_initialDatabasePath;

    QTabWidget *m_tabs;
    QComboBox *m_language = nullptr;
    QLineEdit *m_databasePath = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_address = nullptr;
    QLineEdit *m_postalCode = nullptr;
    QLineEdit *m_city = nullptr;
    QLineEdit *m_phone = nullptr;
    QLineEdit *m_siret = nullptr;
    QLineEdit *m_backupFolder = nullptr;
    QSpinBox *m_backupKeep = nullptr;
    FieldError *m_general;
    QPushButton *m_save = nullptr;
    FormErrors *m_errors;
};

} // namespace comptoir::ui
