#include "storage/BulkLoadMode.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <catch2/catch.hpp>

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QVariant>

using namespace comptoir;

namespace {

QString pragma(Database &db, const char *name)
{
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(QStringLiteral("PRAGMA ") + QLatin1String(name)));
    REQUIRE(q.next());
    return q.value(0).toString();
}

} // namespace

TEST_CASE("A bulk load runs under a rollback journal, and WAL mode and the foreign keys come back", "[database][bulk]")
{
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("store.db")));
    REQUIRE(db.ok());
    Database &d = **db;
    REQUIRE(pragma(d, "journal_mode") == QLatin1String("wal"));
    {
        BulkLoadMode bulk(d);
        bulk.begin(BulkLoadMode::References::ResolvedByWriter);
        CHECK(bulk.journalSwitched());
        CHECK(pragma(d, "journal_mode") == QLatin1String("delete"));
        CHECK(pragma(d, "foreign_keys") == QLatin1String("0"));
        Transaction tx(d);
        REQUIRE(tx.isActive());
        REQUIRE(d.exec(QStringLiteral("CREATE TABLE loaded (x)")).ok());
        REQUIRE(tx.commit().ok());
        REQUIRE(bulk.restore().ok());
        CHECK(pragma(d, "journal_mode") == QLatin1String("wal"));
        CHECK(pragma(d, "foreign_keys") == QLatin1String("1"));
    }
    SECTION("the destructor puts them back too, after a rollback")
    {
        {
            BulkLoadMode bulk(d);
            bulk.begin(BulkLoadMode::References::ResolvedByWriter);
            Transaction tx(d);
            REQUIRE(d.exec(QStringLiteral("INSERT INTO loaded VALUES (1)")).ok());
        }
        CHECK(pragma(d, "journal_mode") == QLatin1String("wal"));
        CHECK(pragma(d, "foreign_keys") == QLatin1String("1"));
        QSqlQuery q(d.connection());
        REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM loaded")));
        REQUIRE(q.next());
        CHECK(q.value(0).toInt() == 0);
    }
    SECTION("checked references keep the foreign-key checks on")
    {
        BulkLoadMode bulk(d);
        bulk.begin(BulkLoadMode::References::Checked);
        CHECK(pragma(d, "journal_mode") == QLatin1String("delete"));
        CHECK(pragma(d, "foreign_keys") == QLatin1String("1"));
    }
    SECTION("with another connection on the file, the load stays in WAL mode")
    {
        auto other = Database::open(d.path(), Database::Mode::OpenExisting);
        REQUIRE(other.ok());
        CHECK(pragma(**other, "journal_mode") == QLatin1String("wal"));
        BulkLoadMode bulk(d);
        bulk.begin(BulkLoadMode::References::Checked);
        CHECK_FALSE(bulk.journalSwitched());
        CHECK(pragma(d, "journal_mode") == QLatin1String("wal"));
        CHECK(pragma(d, "busy_timeout") == QLatin1String("10000"));
        REQUIRE(bulk.restore().ok());
        CHECK(pragma(d, "journal_mode") == QLatin1String("wal"));
    }
}

TEST_CASE("An in-memory database keeps its journal through a bulk load", "[database][bulk]")
{
    auto db = Database::open(QStringLiteral(":memory:"));
    REQUIRE(db.ok());
    BulkLoadMode bulk(**db);
    bulk.begin(BulkLoadMode::References::ResolvedByWriter);
    CHECK_FALSE(bulk.journalSwitched());
    CHECK(pragma(**db, "journal_mode") == QLatin1String("memory"));
    CHECK(pragma(**db, "foreign_keys") == QLatin1String("0"));
    REQUIRE(bulk.restore().ok());
    CHECK(pragma(**db, "foreign_keys") == QLatin1String("1"));
}
