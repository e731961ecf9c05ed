// The PostgreSQL migrations (db/postgres) build the schema the SQLite ones (db/migrations)
// build: same tables, columns, keys, checks, indexes and append-only triggers, compared
// through SchemaSnapshot. The PostgreSQL side runs on the server named by
// COMPTOIR_TEST_PG_URL (postgresql://user:password@host:port/database), in a database of its
// own that the test creates and drops; without the variable it warns and compares nothing.
#include "SchemaSnapshot.h"
#include "SchemaSnapshotSql.h"

#include "storage/Database.h"
#include "storage/Migrations.h"

#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUrl>
#include <QUrlQuery>

#include <algorithm>

using namespace comptoir;
using comptoir::test::SchemaSnapshot;

namespace {

/** The structures of the customer search: an FTS5 table in SQLite, a tsvector table in PostgreSQL. */
const QStringList kSearchTables = {QStringLiteral("customer_fts"), QStringLiteral("customer_search")};

struct PostgresStep {
    int version = 0;
    QString name;
    QString path;
};

/** db/postgres/NNN_name.sql, sorted by version. */
QList<PostgresStep> postgresSteps()
{
    QList<PostgresStep> steps;
    const QDir dir(QStringLiteral(COMPTOIR_PG_MIGRATIONS_DIR));
    for (const QString &file : dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name)) {
        bool ok = false;
        const int version = file.section(QLatin1Char('_'), 0, 0).toInt(&ok);
        if (ok && version > 0)
            steps.append({version, file.section(QLatin1Char('.'), 0, 0), dir.filePath(file)});
    }
    std::sort(steps.begin(), steps.end(), [](const PostgresStep &a, const PostgresStep &b) { return a.version < b.version; });
    return steps;
}

/**
 * A database of its own on the server of COMPTOIR_TEST_PG_URL, created for one test and
 * dropped (with its connections) at the end, whatever the outcome.
 */
class ScratchPostgresDatabase {
public:
    explicit ScratchPostgresDatabase(const QString &url)
    {
        const QString tag = QStringLiteral("%1_%2").arg(QCoreApplication::applicationPid())
                                .arg(QRandomGenerator::global()->bounded(1u << 30));
        m_name = QStringLiteral("comptoir_parity_") + tag;
        m_admin = connect(url, QStringLiteral("parity_admin_") + tag, QString());
        if (!m_error.isEmpty())
            return;
        // A database name cannot be bound; this one is made of digits and underscores only.
        // From template0 (nothing a local template1 may hold), sorting by code point as a
        // store database should (db/postgres/README.md).
        QSqlQuery create(m_admin);
        if (!create.exec(QStringLiteral("CREATE DATABASE %1 TEMPLATE template0 ENCODING 'UTF8' LOCALE 'C.UTF-8'").arg(m_name))) {
            m_error = QStringLiteral("CREATE DATABASE: ") + create.lastError().text();
            return;
        }
        m_created = true;
        m_db = connect(url, QStringLiteral("parity_db_") + tag, m_name);
    }

    ~ScratchPostgresDatabase()
    {
        const QString dbConnection = m_db.connectionName();
        const QString adminConnection = m_admin.connectionName();
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(dbConnection);
        if (m_created) {
            QSqlQuery drop(m_admin);
            if (!drop.exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_name)))
                WARN("could not drop " << m_name.toStdString() << ": " << drop.lastError().text().toStdString());
        }
        m_admin.close();
        m_admin = QSqlDatabase();
        QSqlDatabase::removeDatabase(adminConnection);
    }

    ScratchPostgresDatabase(const ScratchPostgresDatabase &) = delete;
    ScratchPostgresDatabase &operator=(const ScratchPostgresDatabase &) = delete;

    QSqlDatabase &connection() { return m_db; }
    const QString &error() const { return m_error; }

    /** Applies db/postgres in order, one transaction per file, recorded in schema_migration as Migrations does. */
    QString migrate()
    {
        for (const PostgresStep &step : postgresSteps()) {
            QFile file(step.path);
            if (!file.open(QIODevice::ReadOnly))
                return QStringLiteral("cannot read ") + step.path;
            QSqlQuery q(m_db);
            if (!q.exec(QStringLiteral("BEGIN")))
                return q.lastError().text();
            if (!q.exec(QString::fromUtf8(file.readAll())))
                return QStringLiteral("%1: %2").arg(step.name, q.lastError().text());
            q.prepare(QStringLiteral("INSERT INTO schema_migration(version, name, applied_at) VALUES (?, ?, ?)"));
            q.addBindValue(step.version);
            q.addBindValue(step.name);
            q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
            if (!q.exec())
                return QStringLiteral("recording %1: %2").arg(step.name, q.lastError().text());
            if (!q.exec(QStringLiteral("COMMIT")))
                return q.lastError().text();
        }
        return {};
    }

private:
    QSqlDatabase connect(const QString &url, const QString &connectionName, const QString &database)
    {
        const QUrl u(url);
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
        db.setHostName(u.host());
        db.setPort(u.port(5432));
        db.setUserName(u.userName());
        db.setPassword(u.password());
        db.setDatabaseName(database.isEmpty() ? u.path().mid(1) : database);
        QStringList options;
        for (const auto &[key, value] : QUrlQuery(u).queryItems())
            options << key + QLatin1Char('=') + value;
        db.setConnectOptions(options.join(QLatin1Char(';')));
        if (!db.open())
            m_error = QStringLiteral("cannot connect to %1: %2").arg(u.toDisplayString(QUrl::RemovePassword), db.lastError().text());
        return db;
    }

    QString m_name;
    QSqlDatabase m_admin;
    QSqlDatabase m_db;
    QString m_error;
    bool m_created = false;
};

/** Every row of `sql`, each as its values joined by " | " (for comparing seeded rows). */
QStringList rowsOf(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql))
        return {QStringLiteral("error: ") + q.lastError().text()};
    QStringList rows;
    while (q.next()) {
        QStringList values;
        for (int i = 0; i < q.record().count(); ++i)
            values << (q.value(i).isNull() ? QStringLiteral("NULL") : q.value(i).toString());
        rows << values.join(QStringLiteral(" | "));
    }
    return rows;
}

/** The error text a statement fails with (empty if it succeeds). */
QString failureOf(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    return q.exec(sql) ? QString() : q.lastError().databaseText();
}

} // namespace

TEST_CASE("Both engines' spellings of an expression have one canonical form", "[database][migrations]")
{
    using test::snapshotsql::canonicalExpression;
    const QList<std::pair<QString, QString>> same = {
        {QStringLiteral("active IN (0, 1)"), QStringLiteral("(active = ANY (ARRAY[0, 1]))")},
        {QStringLiteral("active IN (0, 1)"), QStringLiteral("(active = ANY (ARRAY[(0)::bigint, (1)::bigint]))")},
        {QStringLiteral("status IN ('prospect', 'customer')"), QStringLiteral("(status = ANY (ARRAY['prospect'::text, 'customer'::text]))")},
        {QStringLiteral("status IN ('a', 'b')"), QStringLiteral("(status = ANY ('{a,b}'::text[]))")},
        {QStringLiteral("kind NOT IN ('a', 'b')"), QStringLiteral("(kind <> ALL (ARRAY['a'::text, 'b'::text]))")},
        {QStringLiteral("vat_rate_bp BETWEEN 0 AND 10000"), QStringLiteral("((vat_rate_bp >= 0) AND (vat_rate_bp <= 10000))")},
        {QStringLiteral("quantity != 0"), QStringLiteral("(quantity <> 0)")},
        {QStringLiteral("ends_at > starts_at"), QStringLiteral("((ends_at > starts_at))")},
        {QStringLiteral("email IS NOT NULL"), QStringLiteral("(email IS NOT NULL)")},
        {QStringLiteral("email NOTNULL"), QStringLiteral("(email IS NOT NULL)")},
        {QStringLiteral("''"), QStringLiteral("''::text")},
        {QStringLiteral("'{}'"), QStringLiteral("'{}'::text")},
        {QStringLiteral("-1"), QStringLiteral("'-1'::integer")},
        {QStringLiteral("a = 1 AND b = 2 AND c = 3"), QStringLiteral("((a = 1) AND (b = 2) AND (c = 3))")},
        {QStringLiteral("lower(\"Email\")"), QStringLiteral("lower(email)")},
        {QStringLiteral("x COLLATE NOCASE"), QStringLiteral("x COLLATE nocase")},
        {QStringLiteral("CAST(x AS INTEGER) > 0"), QStringLiteral("((x)::integer > 0)")},
    };
    for (const auto &[sqlite, postgres] : same) {
        INFO(sqlite.toStdString() << "  vs  " << postgres.toStdString());
        CHECK(canonicalExpression(sqlite) == canonicalExpression(postgres));
        CHECK_FALSE(canonicalExpression(sqlite).startsWith(QLatin1Char('?')));
    }
    const QList<std::pair<QString, QString>> different = {
        {QStringLiteral("a AND (b OR c)"), QStringLiteral("(a AND b) OR c")},
        {QStringLiteral("a IN (1, 2)"), QStringLiteral("a IN (1, 3)")},
        {QStringLiteral("a >= 0"), QStringLiteral("a > 0")},
        {QStringLiteral("x BETWEEN 1 AND 5"), QStringLiteral("x NOT BETWEEN 1 AND 5")},
        {QStringLiteral("'1'"), QStringLiteral("1")},
        {QStringLiteral("a IS NULL"), QStringLiteral("a IS NOT NULL")},
    };
    for (const auto &[x, y] : different) {
        INFO(x.toStdString() << "  vs  " << y.toStdString());
        CHECK(canonicalExpression(x) != canonicalExpression(y));
    }
    CHECK(canonicalExpression(QStringLiteral("a = ")).startsWith(QLatin1Char('?')));
}

TEST_CASE("Every SQLite migration has a PostgreSQL one of the same number and name, and no other", "[database][migrations]")
{
    QStringList sqlite;
    for (const Migrations::Step &step : Migrations::steps())
        sqlite << step.name;
    QStringList postgres;
    for (const PostgresStep &step : postgresSteps())
        postgres << step.name;
    CHECK(sqlite.size() >= 7);
    CHECK(postgres == sqlite);
}

TEST_CASE("The PostgreSQL migrations build the schema of the SQLite ones", "[database][migrations][postgres]")
{
    const QString url = qEnvironmentVariable("COMPTOIR_TEST_PG_URL");
    if (url.isEmpty()) {
        WARN("COMPTOIR_TEST_PG_URL is not set: the PostgreSQL schema was not compared with the SQLite one");
        return;
    }
    auto sqlite = Database::open(QStringLiteral(":memory:"));
    REQUIRE(sqlite.ok());
    QSqlDatabase &lite = (*sqlite)->connection();
    ScratchPostgresDatabase pg(url);
    INFO("server: " << pg.error().toStdString());
    REQUIRE(pg.error().isEmpty());
    const QString migrated = pg.migrate();
    INFO("migrations: " << migrated.toStdString());
    REQUIRE(migrated.isEmpty());

    const SchemaSnapshot sqliteSchema = SchemaSnapshot::read(lite);
    const SchemaSnapshot postgresSchema = SchemaSnapshot::read(pg.connection());
    INFO("reading the schemas: " << (sqliteSchema.errors + postgresSchema.errors).join(QLatin1Char('\n')).toStdString());
    REQUIRE(sqliteSchema.errors.isEmpty());
    REQUIRE(postgresSchema.errors.isEmpty());

    // One database for every check below (not one SECTION each: creating and migrating it is
    // most of the time of this test).
    {
        INFO("same tables, columns, keys, checks, indexes and triggers");
        // Left out by name: the customer search is FTS5 in SQLite, a tsvector table in
        // PostgreSQL (db/postgres/003). TRUNCATE, which SQLite does not have, is checked below.
        CHECK(sqliteSchema.tables.contains(QStringLiteral("customer_fts")));
        CHECK(postgresSchema.tables.contains(QStringLiteral("customer_search")));
        const SchemaSnapshot a = sqliteSchema.withoutTables(kSearchTables);
        const SchemaSnapshot b = postgresSchema.withoutTables(kSearchTables).withoutTruncateTriggers();
        const QStringList differences = SchemaSnapshot::diff(a, b);
        INFO("differences:\n" << differences.join(QLatin1Char('\n')).toStdString());
        CHECK(differences.isEmpty());

        // The snapshot sees what it compares (an empty reading would compare equal too).
        CHECK(a.tables.size() >= 30);
        const test::TableShape &sale = a.tables.value(QStringLiteral("sale"));
        CHECK(sale.columns.size() == 14);
        CHECK(sale.uniqueKeys == QStringList{QStringLiteral("(store_id, number)")});
        CHECK(sale.indexes.value(QStringLiteral("sale_customer")).where == QStringLiteral("(customer_id IS NOT NULL)"));
        CHECK(sale.triggers.value(QStringLiteral("sale_no_update")).refusal == QStringLiteral("sales are inalterable"));
        CHECK(sale.triggers.contains(QStringLiteral("kpi_sale_insert")));
        CHECK(a.tables.value(QStringLiteral("app_user")).columns.value(1).collation == QStringLiteral("nocase"));
        CHECK(a.tables.value(QStringLiteral("product")).checks.size() == 5);
        CHECK(a.tables.value(QStringLiteral("setting")).columns.value(0).notNull);
        CHECK(a.tables.value(QStringLiteral("schema_migration")).columns.value(0).generatedId == QStringLiteral("by default"));
    }

    {
        INFO("the append-only tables refuse TRUNCATE on the server, where SQLite has no TRUNCATE");
        const QStringList appendOnly = sqliteSchema.tablesRefusing(QStringLiteral("DELETE"));
        CHECK(appendOnly.size() == 8);
        CHECK(sqliteSchema.tablesRefusing(QStringLiteral("UPDATE")) == appendOnly);
        CHECK(postgresSchema.tablesRefusing(QStringLiteral("TRUNCATE")) == appendOnly);
    }

    {
        INFO("a refused change fails with the same message on both engines");
        const QString insert = QStringLiteral("INSERT INTO audit_log(id, at, action, entity, scope, prev_hash, hash) "
                                              "VALUES (1, '2026-01-01T00:00:00Z', 'a', 'e', 'system', '', 'h')");
        CHECK(failureOf(lite, insert).isEmpty());
        CHECK(failureOf(pg.connection(), insert).isEmpty());
        for (const QString &change : {QStringLiteral("UPDATE audit_log SET action = 'b'"), QStringLiteral("DELETE FROM audit_log")}) {
            INFO(change.toStdString());
            CHECK(failureOf(lite, change).contains(QStringLiteral("the audit trail is append-only")));
            CHECK(failureOf(pg.connection(), change).contains(QStringLiteral("the audit trail is append-only")));
        }
        CHECK(failureOf(pg.connection(), QStringLiteral("TRUNCATE audit_log")).contains(QStringLiteral("the audit trail is append-only")));
    }

    {
        INFO("the same seeded rows, and the next id after them");
        const QStringList seeded = {
            QStringLiteral("SELECT id, code, name FROM role ORDER BY id"),
            QStringLiteral("SELECT code, description FROM permission ORDER BY code"),
            QStringLiteral("SELECT role_id, permission_code FROM role_permission ORDER BY role_id, permission_code"),
            QStringLiteral("SELECT key, value FROM setting ORDER BY key"),
            QStringLiteral("SELECT id, code, name, sla_days FROM complaint_category ORDER BY id"),
            QStringLiteral("SELECT version, name FROM schema_migration ORDER BY version"),
        };
        for (const QString &sql : seeded) {
            INFO(sql.toStdString());
            const QStringList rows = rowsOf(lite, sql);
            CHECK_FALSE(rows.isEmpty());
            CHECK(rowsOf(pg.connection(), sql) == rows);
        }
        for (const QString &insert : {QStringLiteral("INSERT INTO role(code, name) VALUES ('extra', 'Extra')"),
                                      QStringLiteral("INSERT INTO complaint_category(code, name, sla_days) VALUES ('extra', 'Extra', 1)")}) {
            INFO(insert.toStdString());
            CHECK(failureOf(lite, insert).isEmpty());
            CHECK(failureOf(pg.connection(), insert).isEmpty());
        }
        const QString ids = QStringLiteral("SELECT (SELECT max(id) FROM role), (SELECT max(id) FROM complaint_category)");
        CHECK(rowsOf(pg.connection(), ids) == rowsOf(lite, ids));
        CHECK(rowsOf(lite, ids) == QStringList{QStringLiteral("5 | 6")});
    }
}
