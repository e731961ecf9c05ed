#pragma once

#include <QIcon>
#include <QString>

namespace comptoir::ui {

/**
 * The icon `name` of the desktop's freedesktop icon theme (e.g. "go-home"), else the SVG
 * bundled under the same name in resources/icons (":/icons/<name>.svg"), so the application
 * has its icons on a desktop without that theme, or without any. SVG icons stay crisp at
 * any scale (needs Qt's SVG icon engine, libqt6svg6).
 */
QIcon themeIcon(const QString &name);

/** The application's icon: "comptoir" of the icon theme (the package installs it), else the bundled one. */
QIcon applicationIcon();

} // namespace comptoir::ui
