#include "TestDatabase.h"

#include "storage/Database.h"
#include "storage/Migrations.h"
#include "storage/Transaction.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace comptoir;

TEST_CASE("A new database is migrated to the latest version", "[database][migrations]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("store.db"));
    {
        auto db = Database::open(path);
        REQUIRE(db.ok());
        CHECK((*db)->schemaVersion() == Database::latestSchemaVersion());
        CHECK(Database::latestSchemaVersion() >= 2);
        QSqlQuery q((*db)->connection());
        REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM schema_migration")));
        REQUIRE(q.next());
        CHECK(q.value(0).toInt() == Migrations::steps().size());
    }
    SECTION("re-opening applies nothing twice")
    {
        auto again = Database::open(path, Database::Mode::OpenExisting);
        REQUIRE(again.ok());
        QSqlQuery q((*again)->connection());
        REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM role")));
        REQUIRE(q.next());
        CHECK(q.value(0).toInt() == 4);
    }
}

TEST_CASE("Every connection has the durable, safe pragmas", "[database]")
{
    test::TestDatabase t(test::TestDatabase::Kind::File);
    CHECK(t.scalar(QStringLiteral("PRAGMA foreign_keys")).toInt() == 1);
    CHECK(t.scalar(QStringLiteral("PRAGMA journal_mode")).toString() == QStringLiteral("wal"));
    CHECK(t.scalar(QStringLiteral("PRAGMA synchronous")).toInt() == 2);
    CHECK(t.scalar(QStringLiteral("PRAGMA trusted_schema")).toInt() == 0);
    CHECK(t.scalar(QStringLiteral("PRAGMA secure_delete")).toInt() == 1);
    CHECK(t.scalar(QStringLiteral("PRAGMA cache_size")).toInt() == -32768);
    CHECK(t.scalar(QStringLiteral("PRAGMA wal_autocheckpoint")).toInt() == 10000);
}

TEST_CASE("An idle checkpoint copies the WAL back, never inside a transaction", "[database]")
{
    test::TestDatabase t(test::TestDatabase::Kind::File);
    REQUIRE(t.db().exec(QStringLiteral("CREATE TABLE note(id INTEGER PRIMARY KEY, text TEXT)")).ok());
    for (int i = 0; i < 50; ++i)
        REQUIRE(t.db().exec(QStringLiteral("INSERT INTO note(text) VALUES ('%1')").arg(QString(200, QLatin1Char('x')))).ok());
    {
        Transaction tx(t.db());
        REQUIRE(tx.isActive());
        auto inside = t.db().checkpoint();
        REQUIRE(inside.ok());
        CHECK(*inside == 0);
    }
    auto copied = t.db().checkpoint();
    REQUIRE(copied.ok());
    CHECK(*copied > 0);
    auto again = t.db().checkpoint(); // nothing new: the WAL's frames are already in the file
    REQUIRE(again.ok());
    CHECK(t.count(QStringLiteral("note")) == 50);

    test::TestDatabase memory;
    auto none = memory.db().checkpoint();
    REQUIRE(none.ok());
    CHECK(*none == 0);
}

TEST_CASE("An older binary refuses a newer database", "[database][migrations]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("future.db"));
    {
        auto db = Database::open(path);
        REQUIRE(db.ok());
        REQUIRE((*db)->exec(QStringLiteral("INSERT INTO schema_migration VALUES (999, '999_future', '2030-01-01T00:00:00Z')")).ok());
    }
    auto db = Database::open(path, Database::Mode::OpenExisting);
    REQUIRE_FALSE(db.ok());
    CHECK(db.error().code == ErrorCode::Version);
    CHECK(db.error().message.contains(QStringLiteral("newer version of Comptoir")));
    CHECK(db.error().message.contains(QStringLiteral("999")));
}

TEST_CASE("Missing, foreign and corrupt files give a clear error", "[database]")
{
    QTemporaryDir dir;
    SECTION("missing")
    {
        auto db = Database::open(dir.filePath(QStringLiteral("nope.db")), Database::Mode::OpenExisting);
        REQUIRE_FALSE(db.ok());
        CHECK(db.error().message.contains(QStringLiteral("not found")));
    }
    SECTION("not SQLite at all")
    {
        const QString path = dir.filePath(QStringLiteral("text.db"));
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(8192, 'x'));
        f.close();
        auto db = Database::open(path, Database::Mode::OpenExisting);
        REQUIRE_FALSE(db.ok());
        CHECK(db.error().message.contains(QStringLiteral("not a Comptoir database or is corrupt")));
    }
    SECTION("another application's SQLite file")
    {
        const QString path = dir.filePath(QStringLiteral("other.db"));
        {
            auto db = Database::open(path);
            REQUIRE(db.ok());
        }
        // Rebuild it as a foreign database: a single unrelated table.
        QFile::remove(path);
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
            raw.setDatabaseName(path);
            REQUIRE(raw.open());
            QSqlQuery(raw).exec(QStringLiteral("CREATE TABLE things(x)"));
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));
        auto db = Database::open(path, Database::Mode::OpenExisting);
        REQUIRE_FALSE(db.ok());
        CHECK(db.error().message.contains(QStringLiteral("not a Comptoir database")));
    }
}

TEST_CASE("Transaction guard rolls back unless committed, and nests", "[database][transaction]")
{
    test::TestDatabase t;
    const qint64 before = t.count(QStringLiteral("category"));
    {
        Transaction tx(t.db());
        REQUIRE(tx.isActive());
        REQUIRE(t.db().exec(QStringLiteral("INSERT INTO category(name) VALUES ('a')")).ok());
    }
    CHECK(t.count(QStringLiteral("category")) == before);
    {
        Transaction outer(t.db());
        REQUIRE(t.db().exec(QStringLiteral("INSERT INTO category(name) VALUES ('b')")).ok());
        {
            Transaction inner(t.db());
            REQUIRE(inner.isActive());
            REQUIRE(t.db().exec(QStringLiteral("INSERT INTO category(name) VALUES ('c')")).ok());
        } // inner rolled back
        REQUIRE(outer.commit().ok());
    }
    CHECK(t.count(QStringLiteral("category")) == before + 1);
    CHECK(t.db().transactionDepth() == 0);
}

TEST_CASE("A failing migration is rolled back", "[database][migrations]")
{
    test::TestDatabase t;
    // The script fails half way: the first statement must not survive.
    Transaction tx(t.db());
    Status s = t.db().execScript(QStringLiteral("CREATE TABLE half(x); INSERT INTO nowhere VALUES (1);"));
    CHECK_FALSE(s.ok());
    tx.rollback();
    CHECK(t.scalar(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'half'")).toInt() == 0);
}
