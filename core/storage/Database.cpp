#include "storage/Database.h"

#include "storage/DataFolder.h"
#include "storage/Migrations.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <sqlite3.h>

namespace comptoir {

namespace {

/** The translation context of this file's messages (lupdate reads it). */
struct DatabaseText {
    Q_DECLARE_TR_FUNCTIONS(comptoir::Database)
};

QString nextConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("comptoir-%1").arg(counter.fetchAndAddRelaxed(1));
}

} // namespace

Error databaseError(const QString &what, const QString &driverText)
{
    return Error::database(QCoreApplication::translate("comptoir::Database", "%1 failed: %2").arg(what, driverText));
}

Database::Database(QSqlDatabase db, QString path) : m_db(std::move(db)), m_path(std::move(path)) {}

Database::~Database()
{
    const QString name = m_db.connectionName();
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(name);
}

Result<std::unique_ptr<Database>> Database::open(const QString &path, Mode mode)
{
    const bool memory = path == QLatin1String(":memory:");
    if (!memory) {
        const QFileInfo info(path);
        // The folder first: one that cannot be entered or written (a read-only disk, another
        // user's folder) would otherwise read as a missing file, or fail later as an SQLite
        // error that reads like a damaged database. A missing folder is named here too.
        if (Status usable = DataFolder::check(info.absolutePath()); !usable)
            return usable.error();
        if (mode == Mode::OpenExisting && !info.exists())
            return Error{ErrorCode::Io, path, DatabaseText::tr("database file not found: %1").arg(path)};
        if (info.exists() && !info.isFile())
            return Error{ErrorCode::Io, path, DatabaseText::tr("%1 is not a file").arg(path)};
        if (info.exists()) {
            if (Status writable = DataFolder::checkFile(path); !writable)
                return writable.error();
        } else {
            // A new file (OpenOrCreate): owner-only from the start. SQLite gives the WAL and
            // shared-memory files the database file's mode.
            if (Status created = DataFolder::createPrivateFile(path); !created)
                return created.error();
        }
    }

    // The Database holds the only handle on the connection: when a failed open destroys it,
    // the connection is removed with no copy left in use.
    std::unique_ptr<Database> database(
        new Database(QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), nextConnectionName()), path));
    database->m_db.setDatabaseName(path);
    if (!database->m_db.open())
        return Error{ErrorCode::Io, path, DatabaseText::tr("cannot open %1: %2").arg(path, database->m_db.lastError().text())};

    // A file that is not SQLite (or is corrupt in its header) fails on the first read.
    QSqlQuery probe(database->m_db);
    if (!probe.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")))
        return Error{ErrorCode::Database, path,
                     DatabaseText::tr("%1 is not a Comptoir database or is corrupt (%2)").arg(path, probe.lastError().databaseText())};
    probe.next();
    const int objects = probe.value(0).toInt();
    probe.finish();
    if (objects > 0) {
        QSqlQuery check(database->m_db);
        check.exec(QStringLiteral("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_migration'"));
        if (!check.next())
            return Error{ErrorCode::Database, path, DatabaseText::tr("%1 is an SQLite file but not a Comptoir database").arg(path)};
    }

    BOOST_OUTCOME_TRYV(database->applyPragmas());
    BOOST_OUTCOME_TRYV(database->migrate());
    return database;
}

sqlite3 *Database::handle() const
{
    const QVariant v = m_db.driver()->handle();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(v.constData());
}

int Database::latestSchemaVersion()
{
    return Migrations::latestVersion();
}

Status Database::exec(const QString &sql)
{
    QSqlQuery q(m_db);
    if (!q.exec(sql))
        return databaseError(sql.left(60), q.lastError().text());
    return {};
}

Result<int> Database::checkpoint()
{
    if (m_transactionDepth > 0)
        return 0; // never inside a transaction: the next idle moment will do
    int logFrames = 0;
    int copied = 0;
    const int rc = sqlite3_wal_checkpoint_v2(handle(), nullptr, SQLITE_CHECKPOINT_PASSIVE, &logFrames, &copied);
    if (rc != SQLITE_OK && rc != SQLITE_BUSY)
        return Error::database(DatabaseText::tr("checkpoint: %1").arg(QString::fromUtf8(sqlite3_errmsg(handle()))));
    return copied < 0 ? 0 : copied;
}

Status Database::execScript(const QString &sql)
{
    sqlite3 *h = handle();
    if (!h)
        return Error::database(DatabaseText::tr("no SQLite handle"));
    char *message = nullptr;
    const QByteArray utf8 = sql.toUtf8();
    if (sqlite3_exec(h, utf8.constData(), nullptr, nullptr, &message) != SQLITE_OK) {
        const QString text = QString::fromUtf8(message ? message : "unknown error");
        sqlite3_free(message);
        return Error::database(text);
    }
    return {};
}

Status Database::applyPragmas()
{
    const bool memory = m_path == QLatin1String(":memory:");
    struct Pragma {
        const char *set;
        const char *read;
        const char *expected;
    };
    const Pragma pragmas[] = {
        {"PRAGMA foreign_keys = ON", "PRAGMA foreign_keys", "1"},
        {"PRAGMA journal_mode = WAL", "PRAGMA journal_mode", memory ? "memory" : "wal"},
        {"PRAGMA synchronous = FULL", "PRAGMA synchronous", "2"},
        {"PRAGMA trusted_schema = OFF", "PRAGMA trusted_schema", "0"},
        {"PRAGMA secure_delete = ON", "PRAGMA secure_delete", "1"},
        {"PRAGMA busy_timeout = 10000", "PRAGMA busy_timeout", "10000"},
        // 32 MiB of page cache (default 2 MiB): the indexes a sale or a dashboard touches on a
        // store of a million sale lines stay in memory instead of being read again.
        {"PRAGMA cache_size = -32768", "PRAGMA cache_size", "-32768"},
        // A commit that finds the WAL over this many pages copies it back into the database
        // first (tens of ms): with 10 000 (40 MiB) a sale at the counter almost never pays for
        // it; the app checkpoints when it is idle instead (checkpoint(), ui WalCheckpointer).
        {"PRAGMA wal_autocheckpoint = 10000", "PRAGMA wal_autocheckpoint", "10000"},
    };
    for (const Pragma &p : pragmas) {
        QSqlQuery q(m_db);
        if (!q.exec(QLatin1String(p.set)))
            return databaseError(QLatin1String(p.set), q.lastError().text());
        q.finish();
        if (!q.exec(QLatin1String(p.read)) || !q.next())
            return databaseError(QLatin1String(p.read), q.lastError().text());
        const QString value = q.value(0).toString().toLower();
        if (value != QLatin1String(p.expected))
            return Error::database(DatabaseText::tr("%1 is %2, expected %3").arg(QLatin1String(p.read), value, QLatin1String(p.expected)));
    }
    return {};
}

Status Database::migrate()
{
    BOOST_OUTCOME_TRY(version, Migrations::apply(*this));
    m_schemaVersion = version;
    return {};
}

} // namespace comptoir
