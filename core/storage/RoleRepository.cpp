#include "storage/RoleRepository.h"

#include "storage/Database.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace comptoir {

Result<QSet<QString>> RoleRepository::permissionsOf(const QString &roleCode)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT rp.permission_code FROM role_permission rp JOIN role r ON r.id = rp.role_id "
                             "WHERE r.code = ?"));
    q.addBindValue(roleCode);
    if (!q.exec())
        return databaseError(QCoreApplication::translate("comptoir::RoleRepository", "reading permissions"),
                             q.lastError().text());
    QSet<QString> permissions;
    while (q.next())
        permissions.insert(q.value(0).toString());
    return permissions;
}

Result<QStringList> RoleRepository::roleCodes()
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT code FROM role ORDER BY id")))
        return databaseError(QCoreApplication::translate("comptoir::RoleRepository", "reading roles"),
                             q.lastError().text());
    QStringList codes;
    while (q.next())
        codes << q.value(0).toString();
    return codes;
}

Result<qint64> RoleRepository::roleId(const QString &roleCode)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id FROM role WHERE code = ?"));
    q.addBindValue(roleCode);
    if (!q.exec())
        return databaseError(QCoreApplication::translate("comptoir::RoleRepository", "reading roles"),
                             q.lastError().text());
    if (!q.next())
        return Error::notFound(QStringLiteral("role"),
                               QCoreApplication::translate("comptoir::RoleRepository", "unknown role \"%1\"").arg(roleCode));
    return q.value(0).toLongLong();
}

} // namespace comptoir
