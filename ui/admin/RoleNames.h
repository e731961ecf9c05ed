#pragma once

#include <QString>
#include <QStringList>

namespace comptoir::ui {

/** The role codes a user can have, in the order the user forms list them. */
QStringList roleCodes();
/** The translated name of a role code ("sales_associate" → "Sales associate"). */
QString roleTitle(const QString &code);

} // namespace comptoir::ui
