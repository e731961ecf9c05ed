#include "shell/Screenshot.h"

#include <QApplication>
#include <QPixmap>
#include <QTextStream>
#include <QTimer>
#include <QWidget>

namespace comptoir::ui {

int grabAfterDelay(QApplication &app, QWidget &widget, const QString &path, int delayMs)
{
    widget.show();
    QTimer::singleShot(delayMs, &widget, [&widget, &app, path]() {
        const bool saved = widget.grab().save(path);
        if (!saved)
            QTextStream(stderr) << "comptoir: cannot write " << path << '\n';
        app.exit(saved ? 0 : 1);
    });
    return app.exec();
}

} // namespace comptoir::ui
