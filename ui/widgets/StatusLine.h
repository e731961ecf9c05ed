#pragma once

#include <QLabel>

namespace comptoir::ui {

/**
 * A one-line (wrapping) plain-text report under a list or form: what the last action did,
 * or, in red, why it was refused.
 */
class StatusLine final : public QLabel {
    Q_OBJECT
public:
    explicit StatusLine(QWidget *parent = nullptr);

    void showMessage(const QString &message);
    void showError(const QString &message);
};

} // namespace comptoir::ui
