#pragma once

#include <QString>
#include <QVariant>

namespace comptoir::ui {

/**
 * One bar of a dashboard chart: what it stands for (`key`: a category, product or staff
 * id, a segment key, a status...), its label and value (cents for money, else a count),
 * and the full text of its tooltip.
 */
struct ChartBar {
    QVariant key;
    QString label;
    qint64 value = 0;
    QString tooltip;
};

} // namespace comptoir::ui
