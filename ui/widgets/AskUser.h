#pragma once

#include <QString>

#include <optional>

class QWidget;

namespace comptoir::ui {

/**
 * Yes/no questions before an action that cannot be undone. Tests pre-answer them
 * (preAnswer) so that no modal box blocks an offscreen run.
 */
class AskUser final {
public:
    /** Asks `question`; true for yes. */
    static bool confirm(QWidget *parent, const QString &title, const QString &question);
    /**
     * Asks before a destructive action: a warning with Cancel (the default) and a button
     * named for the action (e.g. "Close and restore"); true when that button is chosen.
     */
    static bool confirmAction(QWidget *parent, const QString &title, const QString &question,
                              const QString &actionLabel);
    /** From now on, answer every question with `answer` without showing it (nullopt: ask again). */
    static void preAnswer(std::optional<bool> answer);

private:
    static std::optional<bool> s_answer;
};

} // namespace comptoir::ui
