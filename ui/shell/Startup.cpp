#include "shell/Startup.h"

#include "access/PasswordHasher.h"
#include "services/AuthService.h"
#include "services/BackupService.h"
#include "services/StoreService.h"
#include "shell/Areas.h"
#include "shell/FirstRunDialog.h"
#include "shell/IdleLock.h"
#include "shell/Language.h"
#include "shell/MainWindow.h"
#include "shell/SignInDialog.h"
#include "storage/Database.h"
#include "storage/DatabaseLock.h"

#include <QApplication>
#include <QDir>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QTextStream>
#include <QTimer>

#include <memory>
#include <optional>

namespace comptoir::ui {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("comptoir::ui::Startup", text);
}

/** Where errors go: a dialog for a person, stderr in screenshot (unattended) mode. */
void report(bool unattended, const QString &message)
{
    if (unattended) {
        QTextStream(stderr) << "comptoir: " << message << '\n';
        return;
    }
    QMessageBox box(QMessageBox::Critical, tr("Comptoir"), message);
    box.setTextFormat(Qt::PlainText);
    box.exec();
}

QString defaultDataFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

QString backupFolder(const QSettings &settings)
{
    return settings.value(QStringLiteral("backup/folder"), defaultDataFolder() + QStringLiteral("/backups")).toString();
}

std::optional<Session> signInUnattended(AuthService &auth)
{
    const QString login = qEnvironmentVariable("COMPTOIR_USER");
    const QString password = qEnvironmentVariable("COMPTOIR_PASSWORD");
    auto session = auth.signIn(login, password);
    if (!session) {
        report(true, session.error().toString());
        return std::nullopt;
    }
    return session.value();
}

std::optional<Session> signInInteractive(AuthService &auth, Database &db, const StartupOptions &options)
{
    StoreService store(db);
    const QString storeName = store.info() ? store.info()->name : QString();
    SignInDialog dialog(storeName, [&auth](const QString &login, const QString &password) {
        return auth.signIn(login, password);
    });
    if (!options.login.isEmpty())
        dialog.setLogin(options.login);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.session();
}

bool runFirstRun(AuthService &auth, Database &db, const Clock &clock)
{
    FirstRunDialog dialog([&](const FirstRunDialog::Entries &e) -> std::optional<Error> {
        StoreService store(db);
        if (store.info() && store.info()->id == 0) {
            StoreInfo info;
            info.name = e.storeName;
            if (Status s = store.createFirstStore(info, toIsoUtc(clock.nowUtc())); !s)
                return s.error();
        }
        if (Status s = auth.createInitialAccounts(e.manager, e.technician); !s)
            return s.error();
        return std::nullopt;
    });
    return dialog.exec() == QDialog::Accepted;
}

} // namespace

int runApplication(QApplication &app, const StartupOptions &options)
{
    QSettings settings;
    const bool unattended = !options.screenshotPath.isEmpty();
    Language::install(app, options.language.isEmpty()
                               ? settings.value(QStringLiteral("ui/language"), Language::defaultCode()).toString()
                               : options.language);

    QString path = options.databasePath;
    if (path.isEmpty())
        path = settings.value(QStringLiteral("database/path")).toString();
    if (path.isEmpty()) {
        QDir().mkpath(defaultDataFolder());
        path = defaultDataFolder() + QStringLiteral("/comptoir.db");
    }
    // Held while the database is open, so a restore can tell it is in use.
    auto lock = DatabaseLock::shared(path);
    if (!lock) {
        report(unattended, lock.error().toString());
        return 1;
    }
    auto opened = Database::open(path, options.databasePath.isEmpty() ? Database::Mode::OpenOrCreate
                                                                      : Database::Mode::OpenExisting);
    if (!opened) {
        const Error damaged = opened.error().code == ErrorCode::Database
                                  ? BackupService::damagedDatabase(path, opened.error().message, backupFolder(settings))
                                  : opened.error();
        report(unattended, tr("The database cannot be opened.\n\n%1").arg(damaged.toString()));
        return 1;
    }
    Database &db = *opened.value();
    if (Status check = BackupService::quickCheck(db, backupFolder(settings)); !check) {
        report(unattended, check.error().toString());
        return 1;
    }

    SystemClock clock;
    PasswordHasher hasher;
    AuthService auth(db, clock, hasher);
    auto firstRun = auth.needsFirstRunSetup();
    if (!firstRun) {
        report(unattended, firstRun.error().toString());
        return 1;
    }
    if (*firstRun) {
        if (unattended) {
            report(true, tr("this store has no accounts yet; start Comptoir with a display to create them"));
            return 1;
        }
        if (!runFirstRun(auth, db, clock))
            return 0;
    }

    const std::optional<Session> session = unattended ? signInUnattended(auth) : signInInteractive(auth, db, options);
    if (!session)
        return unattended ? 1 : 0;

    MainWindow window(AppContext{&db, &clock, *session});
    registerAreas(window);
    if (!options.area.isEmpty() && !window.showArea(options.area))
        QTextStream(stderr) << "comptoir: no area \"" << options.area << "\" for this user\n";
    window.show();

    const int idleMinutes = auth.idleLockMinutes() ? *auth.idleLockMinutes() : 10;
    IdleLock idleLock(&window, idleMinutes, [&auth, &session](const QString &password) {
        return auth.unlock(*session, password);
    });

    if (unattended) {
        QTimer::singleShot(1500, &window, [&window, &options, &app]() {
            const bool saved = window.grab().save(options.screenshotPath);
            if (!saved)
                QTextStream(stderr) << "comptoir: cannot write " << options.screenshotPath << '\n';
            app.exit(saved ? 0 : 1);
        });
        return app.exec();
    }

    const int code = app.exec();
    BackupService backups(db, clock);
    const QString folder = backupFolder(settings);
    QDir().mkpath(folder);
    if (auto done = backups.closingBackup(*session, folder); !done)
        report(false, tr("The automatic backup failed: %1").arg(done.error().toString()));
    return code;
}

} // namespace comptoir::ui
