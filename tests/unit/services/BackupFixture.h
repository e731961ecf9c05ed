#pragma once

#include "access/Session.h"
#include "services/CustomerService.h"
#include "storage/Database.h"
#include "storage/RoleRepository.h"

#include <catch2/catch.hpp>

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QVariant>

#include <memory>

namespace comptoir::test {

/** A session with `role`'s permissions (user id 0: enough for services that only check permissions). */
inline Session roleSession(Database &db, const QString &role)
{
    Session s;
    s.login = QStringLiteral("test_") + role;
    s.role = role;
    s.permissions = RoleRepository(db).permissionsOf(role).value();
    return s;
}

inline CustomerInput person(int i)
{
    CustomerInput c;
    c.firstName = QStringLiteral("Client");
    c.lastName = QStringLiteral("Numero %1").arg(i);
    c.email = QStringLiteral("client%1@example.fr").arg(i);
    return c;
}

inline std::unique_ptr<Database> openDb(const QString &path)
{
    auto db = Database::open(path);
    if (!db.ok())
        FAIL(db.error().toString().toStdString());
    return std::move(db.value());
}

inline void addCustomers(Database &db, int from, int count)
{
    SystemClock clock;
    CustomerService customers(db, clock);
    const Session s = roleSession(db, QStringLiteral("sales_associate"));
    for (int i = from; i < from + count; ++i)
        REQUIRE(customers.create(s, person(i)).ok());
}

inline qint64 scalar(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(sql));
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

/** A closed database file at `path` holding `customers` customers. */
inline void makeDatabase(const QString &path, int customers)
{
    auto db = openDb(path);
    addCustomers(*db, 0, customers);
}

inline QByteArray fileDigest(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

/** Overwrites page `page` (1-based) of a closed database with garbage. */
inline void corruptPage(const QString &path, qint64 page, qint64 pageSize = 4096)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadWrite));
    REQUIRE(f.seek((page - 1) * pageSize));
    REQUIRE(f.write(QByteArray(static_cast<int>(pageSize), '\x55')) == pageSize);
}

/** A closed database whose customer table has a garbage root page (page 1 and the migrations intact). */
inline void makeCorruptDatabase(const QString &path)
{
    qint64 root = 0;
    {
        auto db = openDb(path);
        addCustomers(*db, 0, 200);
        root = scalar(*db, QStringLiteral("SELECT rootpage FROM sqlite_master WHERE name = 'customer'"));
    }
    corruptPage(path, root);
}

/** Files of `dir` whose name contains `part` (leftover temporary files...). */
inline QStringList filesLike(const QString &dir, const QString &part)
{
    QStringList found;
    for (const QString &f : QDir(dir).entryList(QDir::Files | QDir::Hidden))
        if (f.contains(part))
            found << f;
    return found;
}

} // namespace comptoir::test
