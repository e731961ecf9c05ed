#include "BackupFixture.h"
#include "TestDatabase.h"

#include "services/BackupService.h"
#include "storage/AuditRepository.h"
#include "storage/BackupStore.h"

#include <QFileInfo>
#include <QTemporaryDir>

using namespace comptoir;
using namespace comptoir::test;

TEST_CASE("A backup is a checked, complete copy of the database", "[backup]")
{
    TestDatabase t(TestDatabase::Kind::File);
    addCustomers(t.db(), 0, 25);
    BackupService backups(t.db(), t.clock());
    const QString out = QDir(t.dir()).filePath(QStringLiteral("copy.db"));

    auto made = backups.backup(t.technician(), out);
    REQUIRE(made.ok());
    CHECK(made->path == QFileInfo(out).absoluteFilePath());
    CHECK(made->bytes == QFileInfo(out).size());
    CHECK(filesLike(t.dir(), QStringLiteral(".tmp")).isEmpty());
    CHECK(filesLike(t.dir(), QStringLiteral("copy.db-")).isEmpty()); // one self-contained file, no -wal

    auto version = BackupStore::checkFile(out, false);
    REQUIRE(version.ok());
    CHECK(*version == Database::latestSchemaVersion());
    auto copy = openDb(out);
    CHECK(scalar(*copy, QStringLiteral("SELECT count(*) FROM customer")) == 25);
    CHECK(t.scalar(QStringLiteral("SELECT action || '/' || scope FROM audit_log ORDER BY id DESC LIMIT 1")).toString()
          == QStringLiteral("backup/system"));

    SECTION("an existing file is never overwritten")
    {
        const QByteArray before = fileDigest(out);
        auto again = backups.backup(t.technician(), out);
        REQUIRE_FALSE(again.ok());
        CHECK(again.error().code == ErrorCode::Conflict);
        CHECK(fileDigest(out) == before);
    }
    SECTION("a missing folder is an I/O error")
    {
        auto r = backups.backup(t.technician(), QDir(t.dir()).filePath(QStringLiteral("nope/copy.db")));
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == ErrorCode::Io);
    }
}

TEST_CASE("Backups need backup.run: manager and technician, not the others", "[backup][permissions]")
{
    TestDatabase t(TestDatabase::Kind::File);
    BackupService backups(t.db(), t.clock());
    struct Case {
        QString role;
        bool allowed;
    };
    for (const Case &c : {Case{QStringLiteral("technician"), true}, Case{QStringLiteral("manager"), true},
                          Case{QStringLiteral("sales_associate"), false}, Case{QStringLiteral("intern"), false}}) {
        INFO(c.role.toStdString());
        const Session s = t.session(c.role);
        const QString out = QDir(t.dir()).filePath(c.role + QStringLiteral(".db"));
        const QString folder = QDir(t.dir()).filePath(c.role + QStringLiteral("-auto"));
        const qint64 audit = t.count(QStringLiteral("audit_log"));
        auto made = backups.backup(s, out);
        auto automatic = backups.autoBackup(s, folder);
        CHECK(made.ok() == c.allowed);
        CHECK(automatic.ok() == c.allowed);
        CHECK(QFileInfo::exists(out) == c.allowed);
        if (!c.allowed) {
            CHECK(made.error().message == QStringLiteral("permission denied: backup.run"));
            CHECK_FALSE(QFileInfo::exists(folder));
            CHECK(t.count(QStringLiteral("audit_log")) == audit);
        }
    }
}

TEST_CASE("The closing backup runs for any signed-in user", "[backup][permissions]")
{
    TestDatabase t(TestDatabase::Kind::File);
    BackupService backups(t.db(), t.clock());
    const QString folder = QDir(t.dir()).filePath(QStringLiteral("closing"));
    auto made = backups.closingBackup(t.intern(), folder);
    REQUIRE(made.ok());
    CHECK(BackupService::automaticBackups(folder) == QStringList{made->path});
    CHECK(backups.autoBackup(t.intern(), folder).error().code == ErrorCode::PermissionDenied);
    const qint64 audit = t.count(QStringLiteral("audit_log"));
    auto nobody = backups.closingBackup(Session(), folder);
    REQUIRE_FALSE(nobody.ok());
    CHECK(nobody.error().code == ErrorCode::PermissionDenied);
    CHECK(BackupService::automaticBackups(folder).size() == 1);
    CHECK(t.count(QStringLiteral("audit_log")) == audit);
}

TEST_CASE("A failed backup leaves no file behind", "[backup]")
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("out.db"));
    FakeClock clock(QDateTime(QDate(2026, 11, 24), QTime(10, 0), Qt::UTC));

    SECTION("a damaged source fails the integrity check of the copy")
    {
        const QString path = dir.filePath(QStringLiteral("damaged.db"));
        makeCorruptDatabase(path);
        auto db = openDb(path);
        BackupService backups(*db, clock);
        auto r = backups.backup(roleSession(*db, QStringLiteral("technician")), out);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().message.contains(QStringLiteral("integrity")));
    }
    SECTION("a broken reference fails the foreign key check of the copy")
    {
        const QString path = dir.filePath(QStringLiteral("dangling.db"));
        auto db = openDb(path);
        addCustomers(*db, 0, 3);
        REQUIRE(db->exec(QStringLiteral("PRAGMA foreign_keys = OFF")).ok());
        REQUIRE(db->exec(QStringLiteral("UPDATE customer SET created_by = 999 WHERE id = 2")).ok());
        REQUIRE(db->exec(QStringLiteral("PRAGMA foreign_keys = ON")).ok());
        BackupService backups(*db, clock);
        auto r = backups.backup(roleSession(*db, QStringLiteral("technician")), out);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().message.contains(QStringLiteral("broken references")));
    }
    CHECK_FALSE(QFileInfo::exists(out));
    CHECK(filesLike(dir.path(), QStringLiteral("out.db")).isEmpty()); // no temporary file either
}

TEST_CASE("Automatic backups are named by UTC time and the last N are kept", "[backup]")
{
    TestDatabase t(TestDatabase::Kind::File);
    REQUIRE(t.db().exec(QStringLiteral("UPDATE setting SET value = '3' WHERE key = 'backup.keep'")).ok());
    BackupService backups(t.db(), t.clock());
    const QString folder = QDir(t.dir()).filePath(QStringLiteral("auto"));
    REQUIRE(QDir().mkpath(folder));
    for (const QString &other : {QStringLiteral("notes.db"), QStringLiteral("comptoir-manual.db")}) {
        QFile f(QDir(folder).filePath(other));
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("keep me");
    }

    QStringList made;
    for (int i = 0; i < 5; ++i) {
        addCustomers(t.db(), i, 1);
        auto r = backups.autoBackup(t.technician(), folder);
        REQUIRE(r.ok());
        made << r->path;
        CHECK(r->removed.size() == (i < 3 ? 0 : 1));
        t.clock().advanceSeconds(3600);
    }
    CHECK(QFileInfo(made.first()).fileName() == QStringLiteral("comptoir-20261124-100000Z.db"));
    CHECK(BackupService::automaticBackups(folder) == made.mid(2));
    CHECK(QFileInfo::exists(QDir(folder).filePath(QStringLiteral("notes.db"))));
    CHECK(QFileInfo::exists(QDir(folder).filePath(QStringLiteral("comptoir-manual.db"))));

    SECTION("two backups in the same second get distinct names")
    {
        t.clock().advanceSeconds(-3600);
        auto r = backups.autoBackup(t.technician(), folder);
        REQUIRE(r.ok());
        CHECK(QFileInfo(r->path).fileName() == QStringLiteral("comptoir-20261124-140000Z-2.db"));
        CHECK(BackupService::automaticBackups(folder).last() == r->path);
    }
    SECTION("the latest good backup skips a damaged one")
    {
        CHECK(BackupService::latestGoodBackup(folder) == made.last());
        corruptPage(made.last(), 2);
        CHECK(BackupService::latestGoodBackup(folder) == made.at(3));
    }
}

TEST_CASE("The start-up quick check names the latest good backup", "[backup]")
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("backups"));
    FakeClock clock(QDateTime(QDate(2026, 11, 24), QTime(10, 0), Qt::UTC));
    const QString path = dir.filePath(QStringLiteral("store.db"));
    QString good;
    qint64 root = 0;
    {
        auto db = openDb(path);
        addCustomers(*db, 0, 200);
        root = scalar(*db, QStringLiteral("SELECT rootpage FROM sqlite_master WHERE name = 'customer'"));
        CHECK(BackupService::quickCheck(*db, folder).ok());
        CHECK(BackupService::quickCheckFile(path, folder).ok()); // beside the open connection
        BackupService backups(*db, clock);
        auto r = backups.autoBackup(roleSession(*db, QStringLiteral("technician")), folder);
        REQUIRE(r.ok());
        good = r->path;
    }
    corruptPage(path, root);
    auto db = openDb(path);
    const Status s = BackupService::quickCheck(*db, folder);
    REQUIRE_FALSE(s.ok());
    CHECK(s.error().code == ErrorCode::Database);
    CHECK(s.error().message.contains(QStringLiteral("damaged")));
    CHECK(s.error().message.contains(good));
    const Status file = BackupService::quickCheckFile(path, folder);
    REQUIRE_FALSE(file.ok());
    CHECK(file.error().message.contains(QStringLiteral("damaged")));
    CHECK(file.error().message.contains(good));

    const Error none = BackupService::damagedDatabase(path, QStringLiteral("x"), dir.filePath(QStringLiteral("empty")));
    CHECK(none.message.contains(QStringLiteral("no good backup")));
}
