#pragma once

#include <QString>

class QApplication;
class QWidget;

namespace comptoir::ui {

/**
 * Screenshot mode (`comptoir --screenshot PNG`): shows `widget`, runs the event loop of
 * `app` for `delayMs` (pages build, charts lay out), saves the widget as the PNG `path` and
 * leaves the loop. Returns 0 once saved, else 1 after saying why on stderr.
 */
int grabAfterDelay(QApplication &app, QWidget &widget, const QString &path, int delayMs);

} // namespace comptoir::ui
