#pragma once

#include <QString>

class QHeaderView;

namespace comptoir::ui {

/**
 * Remembers a list's column widths and order per workstation: restores the header from
 * QSettings "columns/<screen>" and saves it whenever a column is resized or moved.
 */
void rememberColumns(QHeaderView *header, const QString &screen);

} // namespace comptoir::ui
