#include "storage/BackupStore.h"

#include "storage/Database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringList>

#include <sqlite3.h>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <unistd.h>
#endif

#include <memory>

namespace comptoir {

namespace {

/** The translation context of this file's messages (lupdate reads it). */
struct BackupStoreText {
    Q_DECLARE_TR_FUNCTIONS(comptoir::BackupStore)
};

struct SqliteCloser {
    void operator()(sqlite3 *db) const { sqlite3_close_v2(db); }
};
using SqliteHandle = std::unique_ptr<sqlite3, SqliteCloser>;

QString lastError(sqlite3 *db)
{
    return QString::fromUtf8(db ? sqlite3_errmsg(db) : "out of memory");
}

/** Runs `sql` and returns the first column of every row, or the error text. */
Result<QStringList> rows(sqlite3 *db, const char *sql)
{
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr) != SQLITE_OK)
        return Error::database(lastError(db));
    QStringList out;
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
        QStringList cells;
        for (int i = 0; i < sqlite3_column_count(stmt); ++i)
            cells << QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, i)));
        out << cells.join(QLatin1Char(' '));
    }
    sqlite3_finalize(stmt);
    if (rc != SQLITE_DONE)
        return Error::database(lastError(db));
    return out;
}

/** The integrity and foreign-key checks on any open handle. */
Status checkHandle(sqlite3 *db, bool quick, const QString &name)
{
    auto integrity = rows(db, quick ? "PRAGMA quick_check(10)" : "PRAGMA integrity_check(10)");
    if (!integrity) // a badly damaged file makes the check itself fail (SQLITE_CORRUPT)
        return Error{ErrorCode::Database, name,
                     QCoreApplication::translate("comptoir::BackupStore", "%1 fails the integrity check: %2")
                         .arg(name, integrity.error().message)};
    if (*integrity != QStringList{QStringLiteral("ok")})
        return Error{ErrorCode::Database, name,
                     QCoreApplication::translate("comptoir::BackupStore", "%1 fails the integrity check: %2")
                         .arg(name, integrity->join(QStringLiteral("; ")))};
    if (quick)
        return {};
    auto fk = rows(db, "PRAGMA foreign_key_check");
    if (!fk)
        return Error{ErrorCode::Database, name, fk.error().message};
    if (!fk->isEmpty())
        return Error{ErrorCode::Database, name,
                     QCoreApplication::translate("comptoir::BackupStore", "%1 has %2 broken references (table rowid parent): %3")
                         .arg(name)
                         .arg(fk->size())
                         .arg(fk->mid(0, 5).join(QStringLiteral("; ")))};
    return {};
}

Result<SqliteHandle> openRaw(const QString &path, int flags)
{
    sqlite3 *raw = nullptr;
    const int rc = sqlite3_open_v2(QFile::encodeName(path).constData(), &raw, flags, nullptr);
    SqliteHandle db(raw);
    if (rc != SQLITE_OK)
        return Error{ErrorCode::Io, path,
                     QCoreApplication::translate("comptoir::BackupStore", "cannot open %1: %2").arg(path, lastError(raw))};
    // A file from elsewhere is untrusted: no functions with side effects from its schema.
    sqlite3_db_config(raw, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, nullptr);
    sqlite3_db_config(raw, SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr);
    return db;
}

} // namespace

Status BackupStore::copyOnline(Database &source, const QString &destPath)
{
    sqlite3 *src = source.handle();
    if (!src)
        return Error::database(BackupStoreText::tr("no SQLite handle on the source database"));
    BOOST_OUTCOME_TRY(opened, openRaw(destPath, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE));
    sqlite3 *dest = opened.get();
    sqlite3_backup *backup = sqlite3_backup_init(dest, "main", src, "main");
    if (!backup)
        return Error{ErrorCode::Database, destPath, BackupStoreText::tr("the backup could not start: %1").arg(lastError(dest))};
    // -1: every page in one step, so one consistent read snapshot; writers go on in the WAL.
    int rc = SQLITE_OK;
    do {
        rc = sqlite3_backup_step(backup, -1);
        if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
            sqlite3_sleep(50);
    } while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED);
    sqlite3_backup_finish(backup);
    if (rc != SQLITE_DONE)
        return Error{ErrorCode::Database, destPath,
                     BackupStoreText::tr("the backup to %1 failed: %2").arg(destPath, QString::fromUtf8(sqlite3_errstr(rc)))};
    BOOST_OUTCOME_TRYV(rows(dest, "PRAGMA journal_mode = DELETE"));
    return {};
}

Status BackupStore::checkIntegrity(Database &db, bool quick)
{
    sqlite3 *h = db.handle();
    if (!h)
        return Error::database(BackupStoreText::tr("no SQLite handle"));
    return checkHandle(h, quick, db.path());
}

Result<int> BackupStore::checkFile(const QString &path, bool quick)
{
    if (!QFileInfo(path).isFile())
        return Error{ErrorCode::Io, path, BackupStoreText::tr("%1 is not a file").arg(path)};
    BOOST_OUTCOME_TRY(opened, openRaw(path, SQLITE_OPEN_READONLY));
    sqlite3 *db = opened.get();
    auto tables = rows(db, "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_migration'");
    if (!tables)
        return Error{ErrorCode::Database, path,
                     BackupStoreText::tr("%1 is not a Comptoir database or is corrupt (%2)").arg(path, tables.error().message)};
    if (tables->value(0) != QLatin1String("1"))
        return Error{ErrorCode::Database, path, BackupStoreText::tr("%1 is not a Comptoir database").arg(path)};
    auto version = rows(db, "SELECT coalesce(max(version), 0) FROM schema_migration");
    if (!version)
        return Error{ErrorCode::Database, path, version.error().message};
    BOOST_OUTCOME_TRYV(checkHandle(db, quick, path));
    return version->value(0).toInt();
}

Status BackupStore::syncFile(const QString &path)
{
#ifdef Q_OS_UNIX
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY);
    if (fd < 0 || ::fsync(fd) != 0) {
        if (fd >= 0)
            ::close(fd);
        return Error{ErrorCode::Io, path, BackupStoreText::tr("cannot flush %1 to disk").arg(path)};
    }
    ::close(fd);
#else
    Q_UNUSED(path);
#endif
    return {};
}

Status BackupStore::syncDirectory(const QString &dirPath)
{
#ifdef Q_OS_UNIX
    return syncFile(dirPath);
#else
    Q_UNUSED(dirPath);
    return {};
#endif
}

} // namespace comptoir
