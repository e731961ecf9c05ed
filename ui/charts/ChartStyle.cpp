#include "charts/ChartStyle.h"

#include <QBarCategoryAxis>
#include <QChart>
#include <QColor>
#include <QLocale>
#include <QValueAxis>

#include <cmath>

namespace comptoir::ui {

void ChartStyle::apply(QChart *chart)
{
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setLocalizeNumbers(true);
    chart->setLocale(QLocale());
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setBackgroundRoundness(0);
    chart->legend()->setAlignment(Qt::AlignBottom);
    QFont small = chart->legend()->font();
    small.setPointSizeF(std::max(7.0, small.pointSizeF() * 0.9));
    chart->legend()->setFont(small);
}

namespace {

void styleValueAxis(QValueAxis *axis)
{
    QFont small = axis->labelsFont();
    small.setPointSizeF(std::max(7.0, small.pointSizeF() * 0.85));
    axis->setLabelsFont(small);
    axis->setTitleFont(small);
    axis->setMinorTickCount(0);
}

} // namespace

QValueAxis *ChartStyle::moneyAxis(qint64 maxCents)
{
    auto *axis = new QValueAxis;
    styleValueAxis(axis);
    axis->setLabelFormat(QStringLiteral("%.0f"));
    axis->setRange(0.0, std::max(10.0, double(maxCents) / 100.0 * 1.05));
    axis->applyNiceNumbers();
    axis->setTitleText(QStringLiteral("€"));
    return axis;
}

QValueAxis *ChartStyle::countAxis(qint64 max)
{
    auto *axis = new QValueAxis;
    styleValueAxis(axis);
    axis->setLabelFormat(QStringLiteral("%.0f")); // the values are doubles: "%d" printed nothing
    const qint64 top = std::max<qint64>(4, max + std::max<qint64>(1, max / 20));
    axis->setRange(0.0, double(top));
    axis->applyNiceNumbers();
    // Integers only: as many ticks as fit between whole numbers.
    const double range = axis->max() - axis->min();
    if (range <= 10.0)
        axis->setTickCount(int(range) + 1);
    return axis;
}

QBarCategoryAxis *ChartStyle::categoryAxis(const QStringList &labels, int maxChars, int rotateAbove)
{
    auto *axis = new QBarCategoryAxis;
    QStringList shown;
    for (const QString &label : labels) {
        QString text = elide(label, maxChars);
        // Two categories may not share a label: the axis would merge them.
        while (shown.contains(text))
            text += QChar(0x200B);
        shown << text;
    }
    axis->append(shown);
    axis->setTruncateLabels(false); // already elided to maxChars; Qt's own elision left "..."
    QFont small = axis->labelsFont();
    small.setPointSizeF(std::max(7.0, small.pointSizeF() * 0.85));
    axis->setLabelsFont(small);
    if (labels.size() > rotateAbove)
        axis->setLabelsAngle(-45);
    return axis;
}

QString ChartStyle::elide(const QString &text, int maxChars)
{
    const QString simplified = text.simplified();
    if (simplified.size() <= maxChars)
        return simplified;
    return simplified.left(std::max(1, maxChars - 1)).trimmed() + QChar(0x2026);
}

QColor ChartStyle::colour(int index)
{
    static const QColor colours[] = {QColor(0x1f, 0x6f, 0xb4), QColor(0xe0, 0x8a, 0x1e), QColor(0x2e, 0x9a, 0x4a),
                                     QColor(0xc6, 0x3c, 0x3c), QColor(0x7b, 0x52, 0xae), QColor(0x8c, 0x6d, 0x46),
                                     QColor(0xd8, 0x5f, 0xa8), QColor(0x6b, 0x6b, 0x6b), QColor(0xa8, 0xa8, 0x1e),
                                     QColor(0x1e, 0xa8, 0xb8)};
    return colours[std::abs(index) % 10];
}

} // namespace comptoir::ui
