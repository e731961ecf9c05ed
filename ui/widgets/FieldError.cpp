#include "widgets/FieldError.h"

namespace comptoir::ui {

FieldError::FieldError(QWidget *parent) : QLabel(parent)
{
    setTextFormat(Qt::PlainText);
    setWordWrap(true);
    setStyleSheet(QStringLiteral("color: #b00020;"));
    setVisible(false);
}

void FieldError::show(const QString &message)
{
    setText(message);
    setVisible(!message.isEmpty());
}

void FieldError::clearMessage()
{
    clear();
    setVisible(false);
}

} // namespace comptoir::ui
