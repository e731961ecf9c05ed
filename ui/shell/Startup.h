#pragma once

#include "access/Session.h"
#include "domain/Clock.h"

#include <QElapsedTimer>
#include <QString>

class QApplication;

namespace comptoir::ui {

/** What the restore step of the start-up loop did, and what to tell the user. */
struct RestoreStep {
    bool restored = false;
    QString message;      ///< translated, plain text: what was restored and where the old file is, or why nothing changed
    QString replacedPath; ///< where the replaced database was kept (restored only)
};

/**
 * The restore step of the start-up loop, run once the main window has closed and the
 * database at `dbPath` is closed and unlocked: BackupService::restore of `backupPath` by
 * `session` (the technician who asked for it). A refused backup leaves the database as it was.
 */
RestoreStep performRestore(const Session &session, const QString &backupPath, const QString &dbPath,
                           const Clock &clock);

/** What the command line of `comptoir` may say. */
struct StartupOptions {
    QString databasePath;   ///< empty: the one in the settings, else the user's data folder
    QString language;       ///< empty: the one in the settings, else French
    QString login;          ///< pre-filled in the sign-in dialog
    QString screenshotPath; ///< non-empty: sign in from COMPTOIR_USER/COMPTOIR_PASSWORD, save a PNG, quit
    QString area;           ///< the area to show first (e.g. "customers")
    QElapsedTimer started;  ///< started by main(): screenshot mode prints the start-up times
};

/**
 * The GUI's start: language, database (with a clear message when it is missing, corrupt
 * or too new), first-run accounts, sign-in, main window, idle lock, and the automatic
 * backup when the application closes. Returns the process exit code.
 */
int runApplication(QApplication &app, const StartupOptions &options);

} // namespace comptoir::ui
