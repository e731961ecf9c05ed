#include "widgets/ColumnMemory.h"

#include <QHeaderView>
#include <QSettings>

namespace comptoir::ui {

void rememberColumns(QHeaderView *header, const QString &screen)
{
    const QString key = QStringLiteral("columns/") + screen;
    const QByteArray state = QSettings().value(key).toByteArray();
    if (!state.isEmpty())
        header->restoreState(state);
    auto save = [header, key]() { QSettings().setValue(key, header->saveState()); };
    QObject::connect(header, &QHeaderView::sectionResized, header, save);
    QObject::connect(header, &QHeaderView::sectionMoved, header, save);
    QObject::connect(header, &QHeaderView::sortIndicatorChanged, header, save);
}

} // namespace comptoir::ui
