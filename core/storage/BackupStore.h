#pragma once

#include "domain/Result.h"

#include <QString>

namespace comptoir {

class Database;

/**
 * The file-level SQLite work of backups and restores: the online backup API, integrity
 * and foreign-key checks, and the fsyncs that make a rename durable. No permission
 * checks and no naming policy here (that is BackupService).
 */
class BackupStore final {
public:
    /**
     * Copies `source` into the new (or empty) file `destPath` with sqlite3_backup, in one
     * step: one read snapshot of the source, while other connections keep writing (WAL).
     * The copy is switched to journal_mode=DELETE so it is one self-contained file.
     */
    static Status copyOnline(Database &source, const QString &destPath);

    /**
     * PRAGMA integrity_check (quick_check when `quick`) must answer "ok" and, unless
     * quick, PRAGMA foreign_key_check must return no row. The error lists the first problems.
     */
    static Status checkIntegrity(Database &db, bool quick);

    /**
     * Opens `path` read-only with the raw C API (no migration, untrusted schema off) and
     * checks it is a Comptoir database (schema_migration table) passing the checks of
     * checkIntegrity(). Returns its schema version.
     */
    static Result<int> checkFile(const QString &path, bool quick);

    /** fsync of a file, and of a folder (so a rename in it survives a power cut). */
    static Status syncFile(const QString &path);
    static Status syncDirectory(const QString &dirPath);
};

} // namespace comptoir
