#pragma once

#include "access/Session.h"
#include "domain/Clock.h"
#include "storage/Database.h"

#include <QTemporaryDir>

#include <memory>

namespace comptoir {
class AppServices;
}

namespace comptoir::test {

/**
 * A fresh, migrated database for one test: in memory by default, or a file in a
 * temporary folder (for tests that need a second connection or reopen the file).
 * Holds a FakeClock at 2026-11-24 10:00 UTC, sessions for each role and, for the screens,
 * core's services over the database (services(), built on first use).
 */
class TestDatabase {
public:
    enum class Kind { Memory, File };
    explicit TestDatabase(Kind kind = Kind::Memory);
    ~TestDatabase();
    TestDatabase(const TestDatabase &) = delete;
    TestDatabase &operator=(const TestDatabase &) = delete;

    Database &db() { return *m_db; }
    FakeClock &clock() { return m_clock; }
    /** Core's services over db() with clock(), as the application hands them to its screens. */
    AppServices &services();
    QString path() const { return m_path; }
    QString dir() const { return m_dir.path(); }

    /** A session of a user with `roleCode` (created on first use, with that role's permissions). */
    Session session(const QString &roleCode);
    Session manager() { return session(QStringLiteral("manager")); }
    Session associate() { return session(QStringLiteral("sales_associate")); }
    Session intern() { return session(QStringLiteral("intern")); }
    Session technician() { return session(QStringLiteral("technician")); }

    /** Rows in `table` (for "nothing was written" checks). */
    qint64 count(const QString &table);
    /** Runs raw SQL and returns the first column of the first row (tests only). */
    QVariant scalar(const QString &sql);
    /** Closes the database, as the app does before a restore; db() must not be used after (Kind::File: the file stays). */
    void close();
    /** Opens a second connection to the same file (Kind::File only). */
    std::unique_ptr<Database> openAnother();

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Database> m_db;
    FakeClock m_clock;
    std::unique_ptr<AppServices> m_services; ///< over m_db: goes first
};

} // namespace comptoir::test
