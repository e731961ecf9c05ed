#pragma once

#include "domain/Result.h"

#include <QObject>
#include <QTimer>

#include <functional>

class QWidget;

namespace comptoir::ui {

/**
 * Locks a window after a period without keyboard or mouse input: a modal dialog covers
 * it until the signed-in user types their password again. What was on screen stays as
 * it was (nothing is closed or reloaded).
 */
class IdleLock final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IdleLock)

public:
    using Verifier = std::function<Status(const QString &password)>;

    IdleLock(QWidget *window, int idleMinutes, Verifier verify, QObject *parent = nullptr);

    bool isLocked() const { return m_locked; }
    /** Locks now (also what the timer does). */
    void lock();

Q_SIGNALS:
    void locked();
    void unlocked();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *m_window;
    Verifier m_verify;
    QTimer m_timer;
    bool m_locked = false;
};

} // namespace comptoir::ui
