#pragma once

#include "access/Session.h"
#include "domain/Clock.h"
#include "domain/Result.h"

#include <QStringList>

namespace comptoir {

class Database;

/** A backup that was written, reopened and checked. */
struct BackupInfo {
    QString path;
    qint64 bytes = 0;
    QStringList removed; ///< older automatic backups pruned (autoBackup only)
};

/** What restore() did. */
struct RestoreReport {
    QString restoredFrom;
    QString replacedPath; ///< where the previous database was moved; empty if there was none
    int schemaVersion = 0;
};

/**
 * Backups (backup.run) and restores (backup.restore).
 *
 * A backup is the SQLite online backup of the open database into a temporary file next
 * to the target, which counts only after it is reopened and passes integrity_check and
 * an empty foreign_key_check; then it is renamed into place (atomic, never over an
 * existing file) and the folder is synced. Any failure removes the temporary file, so
 * no partial backup is ever left at the target path.
 */
class BackupService final {
public:
    BackupService(Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}

    /** Backs the open database up to `outPath` (which must not exist yet). */
    Result<BackupInfo> backup(const Session &session, const QString &outPath);

    /** "<folder>/<baseName>.db", or "<baseName>-2.db", "-3"… when taken (two backups in one second). */
    static QString unusedPath(const QString &folder, const QString &baseName);

    /**
     * Backs up into `folder` as "comptoir-YYYYMMDD-HHMMSSZ.db" (UTC) and keeps the newest
     * backup.keep (setting, default 10) such files there; other files are never touched.
     */
    Result<BackupInfo> autoBackup(const Session &session, const QString &folder);

    /**
     * The automatic backup the app takes when it closes: autoBackup() for any signed-in
     * user (most closes are by sales associates, who lack backup.run). The app passes the
     * folder from its configuration, never one the user types; the CLI has no way to call it.
     */
    Result<BackupInfo> closingBackup(const Session &session, const QString &folder);

    /**
     * Replaces the database file `dbPath` by the backup `backupPath`. The database must
     * not be open anywhere: restore takes its DatabaseLock ("<db>.lock", held by the app
     * and comptoir-cli while they have it open) and refuses if that is held. The backup
     * is first copied next to the target and checked there (a Comptoir database, schema
     * not newer than this program, integrity_check, foreign_key_check; migrated if older);
     * the replaced database (with its -wal/-shm) is moved aside as
     * "<db>.replaced-YYYYMMDD-HHMMSSZ", then the checked copy is renamed into place. Any
     * refusal leaves the target untouched. `session` must hold backup.restore (the CLI
     * signs in on the target, or on the backup when the target cannot be opened); the
     * restored database gets a "restore" audit entry.
     */
    static Result<RestoreReport> restore(const Session &session, const QString &backupPath, const QString &dbPath,
                                         const Clock &clock);

    /**
     * The quick check at start: PRAGMA quick_check. A damaged database gives an error
     * naming the latest good backup found in `backupFolder`.
     */
    static Status quickCheck(Database &db, const QString &backupFolder);
    /**
     * The same check through a read-only connection of its own: the app runs it on a worker
     * thread while the sign-in dialog waits for the password (a 400 MB store takes seconds).
     */
    static Status quickCheckFile(const QString &dbPath, const QString &backupFolder);

    /** The error for a damaged database, naming the latest good backup of `backupFolder`. */
    static Error damagedDatabase(const QString &dbPath, const QString &detail, const QString &backupFolder);

    /** The newest automatic backup in `folder` that passes quick_check; empty if none. */
    static QString latestGoodBackup(const QString &folder);

    /** The automatic backups of `folder`, oldest first. */
    static QStringList automaticBackups(const QString &folder);

private:
    Result<BackupInfo> write(const Session &session, const QString &outPath);
    Result<BackupInfo> rotate(const Session &session, const QString &folder);

    Database &m_db;
    const Clock &m_clock;
};

} // namespace comptoir
