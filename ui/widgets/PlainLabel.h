#pragma once

#include <QLabel>

namespace comptoir::ui {

/**
 * A label for text that customers or imports supplied: always plain text (never guessed as
 * rich text), wrapped, selectable with the mouse; `name` is its object name.
 */
inline QLabel *plainLabel(QWidget *parent, const QString &name)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace comptoir::ui
