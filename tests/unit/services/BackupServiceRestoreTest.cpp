#include "BackupFixture.h"

#include "services/BackupService.h"
#include "storage/AuditRepository.h"
#include "storage/BackupStore.h"
#include "storage/DatabaseLock.h"

#include <QFileInfo>
#include <QTemporaryDir>

using namespace comptoir;
using namespace comptoir::test;

namespace {

/** store.db with 5 customers, its backup backup.db, then 3 more customers in store.db. */
struct RestoreFixture {
    QTemporaryDir dir;
    QString db = dir.filePath(QStringLiteral("store.db"));
    QString backup = dir.filePath(QStringLiteral("backup.db"));
    FakeClock clock{QDateTime(QDate(2026, 11, 24), QTime(10, 0), Qt::UTC)};
    Session tech;

    RestoreFixture()
    {
        auto open = openDb(db);
        addCustomers(*open, 0, 5);
        tech = roleSession(*open, QStringLiteral("technician"));
        BackupService backups(*open, clock);
        REQUIRE(backups.backup(tech, backup).ok());
        addCustomers(*open, 5, 3);
    }

    /** Checks that a refused restore left store.db as it was and no stray file. */
    void checkUnchanged(const QByteArray &digest)
    {
        CHECK(fileDigest(db) == digest);
        CHECK(filesLike(dir.path(), QStringLiteral(".replaced-")).isEmpty());
        CHECK(filesLike(dir.path(), QStringLiteral(".tmp")).isEmpty());
        auto open = openDb(db);
        CHECK(scalar(*open, QStringLiteral("SELECT count(*) FROM customer")) == 8);
    }
};

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(f.write(bytes) == bytes.size());
}

} // namespace

TEST_CASE("Restore replaces the database and keeps the old one aside", "[backup][restore]")
{
    RestoreFixture f;
    auto report = BackupService::restore(f.tech, f.backup, f.db, f.clock);
    REQUIRE(report.ok());
    CHECK(report->restoredFrom == QFileInfo(f.backup).absoluteFilePath());
    CHECK(report->replacedPath == QFileInfo(f.db).absoluteFilePath() + QStringLiteral(".replaced-20261124-100000Z"));
    CHECK(report->schemaVersion == Database::latestSchemaVersion());
    CHECK(filesLike(f.dir.path(), QStringLiteral(".tmp")).isEmpty());

    {
        auto restored = openDb(f.db);
        CHECK(scalar(*restored, QStringLiteral("SELECT count(*) FROM customer")) == 5);
        CHECK(BackupStore::checkIntegrity(*restored, false).ok());
        CHECK(scalar(*restored, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'restore' "
                                               "AND scope = 'system'")) == 1);
        AuditRepository audit(*restored);
        CHECK_FALSE(audit.verifyChain()->firstBadId.has_value());
    }
    auto replaced = openDb(report->replacedPath);
    CHECK(scalar(*replaced, QStringLiteral("SELECT count(*) FROM customer")) == 8);
    CHECK(BackupStore::checkFile(f.backup, false).ok()); // the backup itself is untouched

    SECTION("a second restore in the same second keeps both replaced files")
    {
        auto again = BackupService::restore(f.tech, f.backup, f.db, f.clock);
        REQUIRE(again.ok());
        CHECK(again->replacedPath.endsWith(QStringLiteral(".replaced-20261124-100000Z-2")));
    }
}

TEST_CASE("Restore onto a missing database creates it", "[backup][restore]")
{
    RestoreFixture f;
    const QString fresh = f.dir.filePath(QStringLiteral("new.db"));
    auto report = BackupService::restore(f.tech, f.backup, fresh, f.clock);
    REQUIRE(report.ok());
    CHECK(report->replacedPath.isEmpty());
    auto db = openDb(fresh);
    CHECK(scalar(*db, QStringLiteral("SELECT count(*) FROM customer")) == 5);
}

TEST_CASE("Restore refuses bad backups and leaves the target unchanged", "[backup][restore]")
{
    RestoreFixture f;
    const QByteArray digest = fileDigest(f.db);
    const QString bad = f.dir.filePath(QStringLiteral("bad.db"));
    auto refused = [&](ErrorCode code, const QString &words) {
        auto r = BackupService::restore(f.tech, bad, f.db, f.clock);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == code);
        INFO(r.error().message.toStdString());
        CHECK(r.error().message.contains(words));
        f.checkUnchanged(digest);
    };

    SECTION("a text file") {
        writeFile(bad, QByteArray(8192, 'x'));
        refused(ErrorCode::Database, QStringLiteral("not a Comptoir database"));
    }
    SECTION("an empty file")
    {
        writeFile(bad, QByteArray());
        refused(ErrorCode::Database, QStringLiteral("not a Comptoir database"));
    }
    SECTION("an SQLite database of another program")
    {
        {
            auto other = Database::open(bad);
            REQUIRE(other.ok()); // becomes a Comptoir database: drop the marker to make it foreign
            REQUIRE((*other)->exec(QStringLiteral("DROP TABLE schema_migration")).ok());
        }
        refused(ErrorCode::Database, QStringLiteral("not a Comptoir database"));
    }
    SECTION("a damaged backup")
    {
        makeCorruptDatabase(bad);
        refused(ErrorCode::Database, QStringLiteral("integrity"));
    }
    SECTION("a backup from a newer Comptoir")
    {
        QFile::copy(f.backup, bad);
        {
            auto newer = openDb(bad);
            REQUIRE(newer->exec(QStringLiteral("INSERT INTO schema_migration VALUES (999, '999_future', "
                                               "'2030-01-01T00:00:00Z')")).ok());
        }
        refused(ErrorCode::Version, QStringLiteral("newer version"));
    }
    SECTION("a missing file")
    {
        refused(ErrorCode::Io, QStringLiteral("not found"));
    }
    SECTION("the database itself")
    {
        auto r = BackupService::restore(f.tech, f.db, f.db, f.clock);
        REQUIRE_FALSE(r.ok());
        f.checkUnchanged(digest);
    }
}

TEST_CASE("Restore refuses a database that is open elsewhere", "[backup][restore]")
{
    RestoreFixture f;
    const QByteArray digest = fileDigest(f.db);
    {
        // What the app and comptoir-cli hold while the database is open; several may.
        auto app = DatabaseLock::shared(f.db);
        auto cli = DatabaseLock::shared(f.db);
        REQUIRE(app.ok());
        REQUIRE(cli.ok());
        app.value().reset();
        auto r = BackupService::restore(f.tech, f.backup, f.db, f.clock);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == ErrorCode::Conflict);
        CHECK(r.error().message.contains(QStringLiteral("open in another program")));
        f.checkUnchanged(digest);
    }
    // Once every holder has closed it, restore goes ahead.
    CHECK(BackupService::restore(f.tech, f.backup, f.db, f.clock).ok());
}

TEST_CASE("A database being restored cannot be opened meanwhile", "[backup][restore]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("store.db"));
    auto restoring = DatabaseLock::exclusive(db);
    REQUIRE(restoring.ok());
    auto open = DatabaseLock::shared(db);
    REQUIRE_FALSE(open.ok());
    CHECK(open.error().code == ErrorCode::Conflict);
    CHECK(open.error().message.contains(QStringLiteral("being restored")));
    CHECK_FALSE(DatabaseLock::exclusive(db).ok());
    restoring.value().reset();
    CHECK(DatabaseLock::shared(db).ok());
}

TEST_CASE("Only the technician restores", "[backup][restore][permissions]")
{
    RestoreFixture f;
    const QByteArray digest = fileDigest(f.db);
    auto open = openDb(f.backup);
    for (const QString &role : {QStringLiteral("manager"), QStringLiteral("sales_associate"), QStringLiteral("intern")}) {
        INFO(role.toStdString());
        auto r = BackupService::restore(roleSession(*open, role), f.backup, f.db, f.clock);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().message == QStringLiteral("permission denied: backup.restore"));
    }
    open.reset();
    f.checkUnchanged(digest);
}
