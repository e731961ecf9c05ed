#pragma once

#include <QString>

namespace comptoir {

/** A member of staff as other people see them: an id and a display name, nothing else. */
struct StaffMember {
    qint64 id = 0;
    QString displayName;
};

} // namespace comptoir
