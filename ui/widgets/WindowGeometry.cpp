#include "widgets/WindowGeometry.h"

#include <QEvent>
#include <QSettings>
#include <QWidget>

namespace comptoir::ui {

namespace {

/** Saves its window's geometry when the window closes (a child of the window). */
class GeometrySaver final : public QObject {
    Q_DISABLE_COPY_MOVE(GeometrySaver)

public:
    GeometrySaver(QWidget *window, QString key) : QObject(window), m_window(window), m_key(std::move(key))
    {
        window->installEventFilter(this);
    }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == m_window && event->type() == QEvent::Close)
            QSettings().setValue(m_key, m_window->saveGeometry());
        return false;
    }

private:
    QWidget *m_window;
    QString m_key;
};

} // namespace

void rememberGeometry(QWidget *window, const QString &name)
{
    const QString key = QStringLiteral("windows/") + name;
    const QByteArray saved = QSettings().value(key).toByteArray();
    if (!saved.isEmpty())
        window->restoreGeometry(saved);
    new GeometrySaver(window, key);
}

} // namespace comptoir::ui
