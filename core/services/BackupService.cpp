#include "services/BackupService.h"

#include "services/AuditTrail.h"
#include "storage/BackupStore.h"
#include "storage/DataFolder.h"
#include "storage/Database.h"
#include "storage/DatabaseLock.h"
#include "storage/ScratchDatabaseFile.h"
#include "storage/SettingsRepository.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>

namespace comptoir {

namespace {

/** The translation context of this file's messages (lupdate reads it). */
struct BackupServiceText {
    Q_DECLARE_TR_FUNCTIONS(comptoir::BackupService)
};

const QString kRun = QStringLiteral("backup.run");

const QRegularExpression &autoName()
{
    static const QRegularExpression re(QStringLiteral("^comptoir-(\\d{8}-\\d{6})Z(?:-(\\d+))?\\.db$"));
    return re;
}


} // namespace

Result<BackupInfo> BackupService::backup(const Session &session, const QString &outPath)
{
    BOOST_OUTCOME_TRYV(require(session, kRun));
    return write(session, outPath);
}

Result<BackupInfo> BackupService::write(const Session &session, const QString &outPath)
{
    if (outPath.trimmed().isEmpty())
        return Error::validation(QStringLiteral("output"), BackupServiceText::tr("a backup file name is required"));
    if (m_db.transactionDepth() > 0)
        return Error::database(BackupServiceText::tr("a backup cannot run inside a transaction"));
    const QFileInfo out(outPath);
    if (out.exists())
        return Error::conflict(QStringLiteral("output"), BackupServiceText::tr("%1 already exists; a backup never overwrites a file").arg(outPath));
    if (!out.absoluteDir().exists())
        return Error{ErrorCode::Io, QStringLiteral("output"), BackupServiceText::tr("folder does not exist: %1").arg(out.absolutePath())};

    BOOST_OUTCOME_TRY(scratch, ScratchDatabaseFile::create(out.absolutePath(), out.fileName()));
    BOOST_OUTCOME_TRYV(BackupStore::copyOnline(m_db, scratch.path()));
    // A backup counts only once reopened and checked.
    if (auto checked = BackupStore::checkFile(scratch.path(), false); !checked)
        return Error{checked.error().code, QStringLiteral("output"),
                     BackupServiceText::tr("the backup failed its check and was discarded: %1").arg(checked.error().message)};
    BOOST_OUTCOME_TRYV(BackupStore::syncFile(scratch.path()));
    // QFile::rename never replaces an existing file (renameat2 RENAME_NOREPLACE on Linux).
    if (!QFile::rename(scratch.path(), out.absoluteFilePath()))
        return Error{ErrorCode::Io, QStringLiteral("output"), BackupServiceText::tr("cannot move the backup to %1").arg(outPath)};
    scratch.release();
    BOOST_OUTCOME_TRYV(BackupStore::syncDirectory(out.absolutePath()));

    BackupInfo info;
    info.path = out.absoluteFilePath();
    info.bytes = QFileInfo(info.path).size();
    Transaction tx(m_db);
    BOOST_OUTCOME_TRYV(tx.begun());
    AuditTrail audit(m_db, m_clock);
    BOOST_OUTCOME_TRYV(audit.record(session, QStringLiteral("backup"), QStringLiteral("database"), 0, scope::system(),
                                    {{QStringLiteral("file"), info.path}, {QStringLiteral("bytes"), info.bytes}}));
    BOOST_OUTCOME_TRYV(tx.commit());
    return info;
}

Result<BackupInfo> BackupService::autoBackup(const Session &session, const QString &folder)
{
    BOOST_OUTCOME_TRYV(require(session, kRun));
    return rotate(session, folder);
}

Result<BackupInfo> BackupService::closingBackup(const Session &session, const QString &folder)
{
    if (session.userId == 0)
        return Error::permissionDenied(QStringLiteral("sign-in"));
    return rotate(session, folder);
}

Result<BackupInfo> BackupService::rotate(const Session &session, const QString &folder)
{
    // Backups hold the store's data: a folder made for them is owner-only.
    BOOST_OUTCOME_TRYV(DataFolder::prepare(folder));
    BOOST_OUTCOME_TRY(keep, SettingsRepository(m_db).integer(QStringLiteral("backup.keep"), 10));

    const QString stamp = m_clock.nowUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    BOOST_OUTCOME_TRY(made, write(session, unusedPath(folder, QStringLiteral("comptoir-%1Z").arg(stamp))));

    BackupInfo info = made;
    const QStringList all = automaticBackups(folder);
    const qsizetype excess = all.size() - std::max<qint64>(1, keep);
    for (qsizetype i = 0; i < excess; ++i) {
        if (QFile::remove(all.at(i)))
            info.removed << all.at(i);
    }
    return info;
}

QString BackupService::unusedPath(const QString &folder, const QString &baseName)
{
    const QDir dir(folder);
    QString path = dir.filePath(baseName + QStringLiteral(".db"));
    for (int n = 2; QFileInfo::exists(path); ++n)
        path = dir.filePath(QStringLiteral("%1-%2.db").arg(baseName).arg(n));
    return path;
}

QStringList BackupService::automaticBackups(const QString &folder)
{
    struct Entry {
        QString stamp;
        int n;
        QString path;
    };
    QList<Entry> entries;
    const QDir dir(folder);
    for (const QString &file : dir.entryList({QStringLiteral("comptoir-*.db")}, QDir::Files)) {
        const QRegularExpressionMatch m = autoName().match(file);
        if (m.hasMatch())
            entries.append({m.captured(1), m.captured(2).isEmpty() ? 1 : m.captured(2).toInt(), dir.filePath(file)});
    }
    std::sort(entries.begin(), entries.end(),
              [](const Entry &a, const Entry &b) { return a.stamp != b.stamp ? a.stamp < b.stamp : a.n < b.n; });
    QStringList paths;
    for (const Entry &e : entries)
        paths << e.path;
    return paths;
}

QString BackupService::latestGoodBackup(const QString &folder)
{
    const QStringList all = automaticBackups(folder);
    for (auto it = all.crbegin(); it != all.crend(); ++it) {
        if (BackupStore::checkFile(*it, true))
            return *it;
    }
    return {};
}

Error BackupService::damagedDatabase(const QString &dbPath, const QString &detail, const QString &backupFolder)
{
    const QString good = latestGoodBackup(backupFolder);
    if (good.isEmpty())
        return Error{ErrorCode::Database, dbPath,
                     BackupServiceText::tr("the database %1 is damaged (%2) and no good backup was found in %3")
                         .arg(dbPath, detail, backupFolder)};
    return Error{ErrorCode::Database, dbPath,
                 BackupServiceText::tr("the database %1 is damaged (%2). The latest good backup is %3: restore it "
                    "(comptoir-cli restore %3 %1).")
                     .arg(dbPath, detail, good)};
}

Status BackupService::quickCheck(Database &db, const QString &backupFolder)
{
    if (Status s = BackupStore::checkIntegrity(db, true); !s)
        return damagedDatabase(db.path(), s.error().message, backupFolder);
    return {};
}

Status BackupService::quickCheckFile(const QString &dbPath, const QString &backupFolder)
{
    if (auto checked = BackupStore::checkFile(dbPath, true); !checked)
        return damagedDatabase(dbPath, checked.error().message, backupFolder);
    return {};
}

Result<RestoreReport> BackupService::restore(const Session &session, const QString &backupPath, const QString &dbPath,
                                             const Clock &clock)
{
    BOOST_OUTCOME_TRYV(require(session, QStringLiteral("backup.restore")));
    const QFileInfo source(backupPath);
    const QFileInfo target(dbPath);
    if (!source.isFile())
        return Error{ErrorCode::Io, QStringLiteral("backup"), BackupServiceText::tr("backup file not found: %1").arg(backupPath)};
    if (source.absoluteFilePath() == target.absoluteFilePath())
        return Error::validation(QStringLiteral("backup"), BackupServiceText::tr("the backup and the database are the same file"));
    if (target.exists() && !target.isFile())
        return Error{ErrorCode::Io, QStringLiteral("database"), BackupServiceText::tr("%1 is not a file").arg(dbPath)};
    if (!target.absoluteDir().exists())
        return Error{ErrorCode::Io, QStringLiteral("database"), BackupServiceText::tr("folder does not exist: %1").arg(target.absolutePath())};

    BOOST_OUTCOME_TRYV(DatabaseLock::exclusive(dbPath));

    // The backup as given: a Comptoir database, not newer than this program, readable.
    auto version = BackupStore::checkFile(backupPath, true);
    if (!version)
        return Error{version.error().code, QStringLiteral("backup"),
                     BackupServiceText::tr("restore refused: %1").arg(version.error().message)};
    if (*version > Database::latestSchemaVersion())
        return Error{ErrorCode::Version, QStringLiteral("backup"),
                     BackupServiceText::tr("restore refused: %1 was written by a newer version of Comptoir (schema %2; this program "
                        "knows up to %3)")
                         .arg(backupPath)
                         .arg(*version)
                         .arg(Database::latestSchemaVersion())};

    // Check (and migrate, if older) a copy next to the target; the target is not touched yet.
    BOOST_OUTCOME_TRY(scratch, ScratchDatabaseFile::create(target.absolutePath(), target.fileName() + QStringLiteral(".restore")));
    QFile::remove(scratch.path());
    if (!QFile::copy(backupPath, scratch.path()))
        return Error{ErrorCode::Io, QStringLiteral("backup"), BackupServiceText::tr("cannot copy %1 next to %2").arg(backupPath, dbPath)};
    RestoreReport report;
    report.restoredFrom = source.absoluteFilePath();
    {
        auto copy = Database::open(scratch.path(), Database::Mode::OpenExisting);
        if (!copy)
            return Error{copy.error().code, QStringLiteral("backup"), BackupServiceText::tr("restore refused: %1").arg(copy.error().message)};
        Database &db = **copy;
        if (Status s = BackupStore::checkIntegrity(db, false); !s)
            return Error{s.error().code, QStringLiteral("backup"), BackupServiceText::tr("restore refused: %1").arg(s.error().message)};
        report.schemaVersion = db.schemaVersion();
        Transaction tx(db);
        BOOST_OUTCOME_TRYV(tx.begun());
        AuditTrail audit(db, clock);
        BOOST_OUTCOME_TRYV(audit.record(session, QStringLiteral("restore"), QStringLiteral("database"), 0, scope::system(),
                                        {{QStringLiteral("from"), report.restoredFrom}}));
        BOOST_OUTCOME_TRYV(tx.commit());
        BOOST_OUTCOME_TRYV(db.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
    }
    if (QFileInfo(scratch.path() + QStringLiteral("-wal")).size() > 0)
        return Error::database(BackupServiceText::tr("the checked copy of the backup could not be checkpointed"));
    BOOST_OUTCOME_TRYV(BackupStore::syncFile(scratch.path()));

    // Move the current database aside with its WAL, which belongs to it alone.
    const QStringList suffixes{QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")};
    if (target.exists()) {
        const QString stamp = clock.nowUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
        report.replacedPath = target.absoluteFilePath() + QStringLiteral(".replaced-%1Z").arg(stamp);
        for (int n = 2; QFileInfo::exists(report.replacedPath); ++n)
            report.replacedPath = target.absoluteFilePath() + QStringLiteral(".replaced-%1Z-%2").arg(stamp).arg(n);
        if (!QFile::rename(target.absoluteFilePath(), report.replacedPath))
            return Error{ErrorCode::Io, QStringLiteral("database"), BackupServiceText::tr("cannot move %1 aside").arg(dbPath)};
        for (const QString &suffix : suffixes.mid(1)) {
            if (QFileInfo::exists(target.absoluteFilePath() + suffix))
                QFile::rename(target.absoluteFilePath() + suffix, report.replacedPath + suffix);
        }
    }
    if (!QFile::rename(scratch.path(), target.absoluteFilePath())) {
        if (!report.replacedPath.isEmpty()) {
            for (const QString &suffix : suffixes)
                QFile::rename(report.replacedPath + suffix, target.absoluteFilePath() + suffix);
        }
        return Error{ErrorCode::Io, QStringLiteral("database"), BackupServiceText::tr("cannot move the restored database to %1").arg(dbPath)};
    }
    scratch.release();
    BOOST_OUTCOME_TRYV(BackupStore::syncDirectory(target.absolutePath()));
    return report;
}

} // namespace comptoir
