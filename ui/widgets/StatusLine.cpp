#include "widgets/StatusLine.h"

namespace comptoir::ui {

StatusLine::StatusLine(QWidget *parent) : QLabel(parent)
{
    setObjectName(QStringLiteral("status"));
    setTextFormat(Qt::PlainText);
    setWordWrap(true);
}

void StatusLine::showMessage(const QString &message)
{
    setStyleSheet(QString());
    setText(message);
}

void StatusLine::showError(const QString &message)
{
    setStyleSheet(QStringLiteral("color: #b00020;"));
    setText(message);
}

} // namespace comptoir::ui
