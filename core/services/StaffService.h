#pragma once

#include "access/Session.h"
#include "domain/Result.h"
#include "domain/StaffMember.h"

#include <QHash>
#include <QList>

namespace comptoir {

class Database;

/**
 * Who works in the store, as the agenda and the complaint desk need it: ids and display
 * names only (never logins, roles or anything of the account). Callable by anyone who
 * reads appointments, complaints or stock, unlike the user administration.
 */
class StaffService final {
public:
    explicit StaffService(Database &db) : m_db(db) {}

    /**
     * Active users with a sales role (whose role may record sales), by display name:
     * the people who receive customers. Needs appointment.read or complaint.read.
     */
    Result<QList<StaffMember>> activeSalesStaff(const Session &session);

    /**
     * The display names of the users `ids` (active or not), for histories that name who
     * did what. Needs appointment.read, complaint.read or stock.read.
     */
    Result<QHash<qint64, QString>> displayNames(const Session &session, const QList<qint64> &ids);

private:
    Database &m_db;
};

} // namespace comptoir
