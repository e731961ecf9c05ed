#pragma once

#include <QIcon>
#include <QString>

namespace comptoir::ui {

/** The icon-theme name shown beside an area of the side bar (e.g. "customers" → "x-office-address-book"); empty for an unknown area. */
QString areaIconName(const QString &areaId);

/** The side bar's icon of an area: its theme icon, else the bundled one; a null icon for an unknown area. */
QIcon areaIcon(const QString &areaId);

} // namespace comptoir::ui
