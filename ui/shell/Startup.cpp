#include "shell/Startup.h"

#include "services/AppServices.h"
#include "services/AuthService.h"
#include "services/BackupService.h"
#include "services/StoreService.h"
#include "settings/Language.h"
#include "settings/WorkstationPaths.h"
#include "shell/Areas.h"
#include "shell/FirstRunDialog.h"
#include "shell/IdleLock.h"
#include "shell/MainWindow.h"
#include "shell/Screenshot.h"
#include "widgets/SignInDialog.h"
#include "widgets/WindowGeometry.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QMessageBox>
#include <QSettings>
#include <QTextStream>
#include <QTimer>

#include <future>
#include <memory>
#include <optional>

namespace comptoir::ui {

namespace {

/** The translation context of this file's messages (lupdate reads it). */
struct StartupText {
    Q_DECLARE_TR_FUNCTIONS(comptoir::ui::Startup)
};

/** Where errors go: a dialog for a person, stderr in screenshot (unattended) mode. */
void report(bool unattended, const QString &message)
{
    if (unattended) {
        QTextStream(stderr) << "comptoir: " << message << '\n';
        return;
    }
    QMessageBox box(QMessageBox::Critical, StartupText::tr("Comptoir"), message);
    box.setTextFormat(Qt::PlainText);
    box.exec();
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

std::optional<Session> signInInteractive(AuthService &auth, StoreService &store, const StartupOptions &options)
{
    const auto info = store.info();
    const QString storeName = info ? info->name : QString();
    SignInDialog dialog(storeName, [&auth](const QString &login, const QString &password) {
        return auth.signIn(login, password);
    });
    if (!options.login.isEmpty())
        dialog.setLogin(options.login);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.session();
}

bool runFirstRun(AuthService &auth, StoreService &store, const Clock &clock)
{
    FirstRunDialog dialog([&](const FirstRunDialog::Entries &e) -> std::optional<Error> {
        if (const auto current = store.info(); current && current->id == 0) {
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


/** What one run of the main window ended with. */
struct RunOutcome {
    int code = 0;
    QString restoreFrom;    ///< a backup the technician asked to restore
    std::optional<Session> session;
    QString databasePath;
};

RunOutcome runOnce(QApplication &app, const StartupOptions &options)
{
    RunOutcome outcome;
    QSettings settings;
    const bool unattended = !options.screenshotPath.isEmpty();
    QString languageProblem;
    Language::install(app,
                      options.language.isEmpty()
                          ? settings.value(QStringLiteral("ui/language"), Language::defaultCode()).toString()
                          : options.language,
                      &languageProblem);
    if (!languageProblem.isEmpty())
        report(unattended, languageProblem); // a broken install: say so, then go on in English

    QString path = options.databasePath;
    if (path.isEmpty())
        path = settings.value(QStringLiteral("database/path")).toString();
    if (path.isEmpty()) {
        // The default store lives in the user's data folder, made owner-only on first start.
        if (Status usable = AppServices::prepareDataFolder(defaultDataFolder()); !usable) {
            report(unattended, StartupText::tr("Comptoir cannot keep its store in its data folder.\n\n%1")
                                   .arg(usable.error().toString()));
            outcome.code = 1;
            return outcome;
        }
        path = defaultDataFolder() + QStringLiteral("/comptoir.db");
    }
    // The services hold the database's lock while it is open, so a restore can tell it is in use.
    SystemClock clock;
    auto opened = AppServices::open(path,
                                    options.databasePath.isEmpty() ? AppServices::OpenMode::OpenOrCreate
                                                                   : AppServices::OpenMode::OpenExisting,
                                    clock, backupFolder(settings));
    if (!opened) {
        report(unattended, opened.error().toString());
        outcome.code = 1;
        return outcome;
    }
    AppServices &services = *opened.value();
    // The integrity check reads the whole file (seconds for a big store): it runs on its own
    // connection while the sign-in dialog waits for the password, and a damaged database is
    // reported before the main window opens.
    std::future<Status> integrity = std::async(std::launch::async, [&services, folder = backupFolder(settings)] {
        return services.checkIntegrity(folder);
    });

    AuthService &auth = services.auth();
    // An error met before the check is done may come from a damaged file: the check's
    // message (naming the latest good backup) is the one to show then.
    const auto reportFailure = [&](const Error &error) {
        const Status check = integrity.get();
        report(unattended, check ? error.toString() : check.error().toString());
        outcome.code = 1;
    };
    auto firstRun = auth.needsFirstRunSetup();
    if (!firstRun) {
        reportFailure(firstRun.error());
        return outcome;
    }
    if (*firstRun) {
        if (unattended) {
            // Screenshot mode on a new store: a picture of the first-run dialog (no store name,
            // no account is created).
            QTextStream(stderr) << "comptoir: this store has no accounts yet; saving the first-run dialog\n";
            FirstRunDialog dialog([](const FirstRunDialog::Entries &) { return std::optional<Error>(); });
            outcome.code = grabAfterDelay(app, dialog, options.screenshotPath, 500);
            return outcome;
        }
        if (!runFirstRun(auth, services.store(), clock))
            return outcome;
    }

    const qint64 signInReadyMs = options.started.isValid() ? options.started.elapsed() : -1;
    const std::optional<Session> session = unattended ? signInUnattended(auth) : signInInteractive(auth, services.store(), options);
    if (!session) {
        outcome.code = unattended ? 1 : 0;
        return outcome;
    }

    if (Status check = integrity.get(); !check) {
        report(unattended, check.error().toString());
        outcome.code = 1;
        return outcome;
    }

    QElapsedTimer windowTimer;
    windowTimer.start();
    MainWindow window(services, *session);
    registerAreas(window);
    if (!options.area.isEmpty() && !window.showArea(options.area))
        QTextStream(stderr) << "comptoir: no area \"" << options.area << "\" for this user\n";
    if (!unattended) // screenshots keep the default size
        rememberGeometry(&window, QStringLiteral("main"));
    window.show();

    const int idleMinutes = auth.idleLockMinutes() ? *auth.idleLockMinutes() : 10;
    IdleLock idleLock(&window, idleMinutes, [&auth, &session](const QString &password) {
        return auth.unlock(*session, password);
    });

    if (unattended) {
        // Start-up figures: the sign-in dialog would be ready at signInReadyMs; the main window
        // is usable once it is shown and the event loop has run once (its page is built).
        QTimer::singleShot(0, &window, [&options, signInReadyMs, windowTimer]() {
            QTextStream(stderr) << "comptoir: sign-in ready after " << signInReadyMs
                                << " ms; main window usable after " << options.started.elapsed()
                                << " ms (of which " << windowTimer.elapsed() << " ms building and showing it)\n";
        });
        outcome.code = grabAfterDelay(app, window, options.screenshotPath, 1500);
        return outcome;
    }

    outcome.code = app.exec();
    const QString folder = backupFolder(settings); // made owner-only by the backup if missing
    if (auto done = services.backups().closingBackup(*session, folder); !done)
        report(false, StartupText::tr("The automatic backup failed: %1").arg(done.error().toString()));
    outcome.restoreFrom = window.pendingRestore();
    outcome.session = session;
    outcome.databasePath = path;
    return outcome; // closes the services, the database and its lock
}

} // namespace

int runApplication(QApplication &app, const StartupOptions &options)
{
    for (;;) {
        const RunOutcome outcome = runOnce(app, options);
        if (outcome.restoreFrom.isEmpty() || !outcome.session)
            return outcome.code;
        // The database is closed now: replace it, then start again with a new sign-in.
        SystemClock clock;
        const RestoreStep step = performRestore(*outcome.session, outcome.restoreFrom, outcome.databasePath, clock);
        if (!step.restored) {
            report(false, step.message);
        } else {
            QMessageBox done(QMessageBox::Information, StartupText::tr("Comptoir"), step.message);
            done.setTextFormat(Qt::PlainText);
            done.exec();
        }
    }
}

RestoreStep performRestore(const Session &session, const QString &backupPath, const QString &dbPath,
                           const Clock &clock)
{
    RestoreStep step;
    auto restored = BackupService::restore(session, backupPath, dbPath, clock);
    if (!restored) {
        step.message = StartupText::tr("The backup was not restored; the database is unchanged.\n\n%1")
                           .arg(restored.error().toString());
        return step;
    }
    step.restored = true;
    step.replacedPath = restored->replacedPath;
    step.message = StartupText::tr("The backup %1 is restored. The replaced database is kept as %2.")
                       .arg(restored->restoredFrom, restored->replacedPath);
    return step;
}

} // namespace comptoir::ui
