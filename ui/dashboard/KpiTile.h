#pragma once

#include "charts/KpiFormat.h"

#include <QFrame>

class QLabel;

namespace comptoir::ui {

/**
 * One KPI on the dashboard: its caption, its value for the period, and how it moved
 * against the previous period and the year before (▲/▼ and %, green when the move is
 * good news, red when not: a rising returns rate is red). Clickable when something
 * lies behind it (a list to open).
 */
class KpiTile final : public QFrame {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KpiTile)

public:
    /** `higherIsBetter` decides the colours; false for rates of returns, no-shows, overdue... */
    KpiTile(const QString &caption, bool higherIsBetter, QWidget *parent = nullptr);

    /** Shows `value` and the changes vs `previous` and `yearBefore` (same unit as the raw values). */
    void setFigures(const QString &value, qint64 current, qint64 previous, qint64 yearBefore, const KpiFormat &format);
    /** Shows a value with no comparison (e.g. a stock level at the end of the period). */
    void setValueOnly(const QString &value, const QString &detail = QString());
    void setClickable(bool clickable);

    QString caption() const;
    QString value() const;
    /** The comparison line as shown, e.g. "▲ 12,3 % vs prev. period". */
    QString changeText() const;
    QString yearBeforeText() const;

Q_SIGNALS:
    void clicked();

protected:
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    QString colourFor(Trend trend) const;

    QLabel *m_caption;
    QLabel *m_value;
    QLabel *m_change;
    QLabel *m_yearBefore;
    bool m_higherIsBetter;
    bool m_clickable = false;
};

} // namespace comptoir::ui
