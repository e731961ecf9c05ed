#pragma once

#include "domain/Result.h"

#include <QSet>
#include <QString>
#include <QStringList>

namespace comptoir {

class Database;

/** The role -> permission matrix, as seeded by migration 002. */
class RoleRepository final {
public:
    explicit RoleRepository(Database &db) : m_db(db) {}

    Result<QSet<QString>> permissionsOf(const QString &roleCode);
    Result<QStringList> roleCodes();
    Result<qint64> roleId(const QString &roleCode);

private:
    Database &m_db;
};

} // namespace comptoir
