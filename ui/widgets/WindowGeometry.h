#pragma once

#include <QString>

class QWidget;

namespace comptoir::ui {

/**
 * Remembers a top-level window's size, position and maximized state per workstation:
 * restores them now from QSettings "windows/<name>" (a position on a screen that is gone
 * is moved back onto one), and saves them each time the window closes. A window never
 * saved keeps the size it has.
 */
void rememberGeometry(QWidget *window, const QString &name);

} // namespace comptoir::ui
