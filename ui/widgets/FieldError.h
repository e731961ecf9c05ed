#pragma once

#include <QLabel>

namespace comptoir::ui {

/**
 * The inline message under a form field: red, plain text (never rich text), hidden
 * when empty. Forms show core validation errors here, next to the field they name.
 */
class FieldError final : public QLabel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FieldError)

public:
    explicit FieldError(QWidget *parent = nullptr);
    void show(const QString &message);
    void clearMessage();
};

} // namespace comptoir::ui
