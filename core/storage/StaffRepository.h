#pragma once

#include "domain/Result.h"
#include "domain/StaffMember.h"

#include <QHash>
#include <QList>
#include <QString>

namespace comptoir {

class Database;

/** Read-only queries on app_user that return only ids and display names. */
class StaffRepository final {
public:
    explicit StaffRepository(Database &db) : m_db(db) {}

    /** Active users whose role grants `permission`, by display name. */
    Result<QList<StaffMember>> activeWithPermission(const QString &permission);
    /** The display names of the given user ids (active or not); unknown ids are left out. */
    Result<QHash<qint64, QString>> displayNames(const QList<qint64> &ids);

private:
    Database &m_db;
};

} // namespace comptoir
