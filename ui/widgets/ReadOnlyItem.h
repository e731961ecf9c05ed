#pragma once

#include <QTableWidgetItem>

namespace comptoir::ui {

/** A table cell the user can select but not edit (the caller's table takes ownership). */
inline QTableWidgetItem *readOnlyItem(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    return item;
}

} // namespace comptoir::ui
