#pragma once

#include "domain/Error.h"
#include "domain/Result.h"

#include <QSet>
#include <QString>

namespace comptoir {

/** Who is acting: a signed-in user, their role and the permissions that role grants. */
struct Session {
    qint64 userId = 0;
    QString login;
    QString displayName;
    QString role; ///< role code: sales_associate, intern, technician, manager
    QSet<QString> permissions;

    bool can(const QString &permission) const { return permissions.contains(permission); }
};

/** The check every public service method starts with. */
inline Status require(const Session &session, const QString &permission)
{
    if (!session.can(permission))
        return Error::permissionDenied(permission);
    return {};
}

} // namespace comptoir
