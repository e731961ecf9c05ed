#pragma once

#include <QStringList>

class QChart;
class QColor;
class QValueAxis;
class QBarCategoryAxis;

namespace comptoir::ui {

/**
 * What every dashboard chart shares: the look (no animation, legend at the bottom, tight
 * margins), numbers written in the UI language's QLocale, a money axis in euros, and
 * category labels that do not overlap (elided, rotated when many).
 */
class ChartStyle final {
public:
    /** Applies the common look to `chart`. */
    static void apply(QChart *chart);
    /** A value axis for euros (whole euros, localized group separators), nice bounds from 0. */
    static QValueAxis *moneyAxis(qint64 maxCents);
    /** A value axis for counts (integers), nice bounds from 0. */
    static QValueAxis *countAxis(qint64 max);
    /**
     * A category axis for `labels`, each elided to `maxChars` characters (the full text in
     * the series' tooltips), rotated when there are more than `rotateAbove` of them.
     */
    static QBarCategoryAxis *categoryAxis(const QStringList &labels, int maxChars = 22, int rotateAbove = 6);
    /** `text` cut to `maxChars` characters with an ellipsis. */
    static QString elide(const QString &text, int maxChars);
    /** The palette of the dashboard's series, by index. */
    static QColor colour(int index);
};

} // namespace comptoir::ui
