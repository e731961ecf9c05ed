#include "TestDatabase.h"

#include "services/AppServices.h"
#include "storage/RoleRepository.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <stdexcept>

namespace comptoir::test {

TestDatabase::TestDatabase(Kind kind)
    : m_clock(QDateTime(QDate(2026, 11, 24), QTime(10, 0), Qt::UTC))
{
    m_path = kind == Kind::Memory ? QStringLiteral(":memory:") : m_dir.filePath(QStringLiteral("test.db"));
    auto opened = Database::open(m_path);
    if (!opened)
        throw std::runtime_error(opened.error().toString().toStdString());
    m_db = std::move(opened.value());
    QSqlQuery q(m_db->connection());
    q.exec(QStringLiteral("INSERT INTO store(id, code, name, created_at) VALUES (1, 'TEST', 'Magasin test', "
                          "'2026-01-01T00:00:00Z')"));
}

TestDatabase::~TestDatabase()
{
    close();
}

AppServices &TestDatabase::services()
{
    if (!m_services)
        m_services = std::make_unique<AppServices>(*m_db, m_clock);
    return *m_services;
}

void TestDatabase::close()
{
    m_services.reset();
    m_db.reset();
}

Session TestDatabase::session(const QString &roleCode)
{
    RoleRepository roles(*m_db);
    Session s;
    s.login = QStringLiteral("test_") + roleCode;
    s.displayName = roleCode;
    s.role = roleCode;
    s.permissions = roles.permissionsOf(roleCode).value();
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("SELECT id FROM app_user WHERE login = ?"));
    q.addBindValue(s.login);
    q.exec();
    if (q.next()) {
        s.userId = q.value(0).toLongLong();
        return s;
    }
    QSqlQuery insert(m_db->connection());
    insert.prepare(QStringLiteral("INSERT INTO app_user(login, display_name, role_id, created_at) "
                                  "VALUES (?, ?, (SELECT id FROM role WHERE code = ?), '2026-01-01T00:00:00Z')"));
    insert.addBindValue(s.login);
    insert.addBindValue(roleCode);
    insert.addBindValue(roleCode);
    if (!insert.exec())
        throw std::runtime_error(insert.lastError().text().toStdString());
    s.userId = insert.lastInsertId().toLongLong();
    return s;
}

qint64 TestDatabase::count(const QString &table)
{
    return scalar(QStringLiteral("SELECT count(*) FROM ") + table).toLongLong();
}

QVariant TestDatabase::scalar(const QString &sql)
{
    QSqlQuery q(m_db->connection());
    if (!q.exec(sql))
        throw std::runtime_error((sql + QStringLiteral(": ") + q.lastError().text()).toStdString());
    return q.next() ? q.value(0) : QVariant();
}

std::unique_ptr<Database> TestDatabase::openAnother()
{
    auto opened = Database::open(m_path, Database::Mode::OpenExisting);
    if (!opened)
        throw std::runtime_error(opened.error().toString().toStdString());
    return std::move(opened.value());
}

} // namespace comptoir::test
