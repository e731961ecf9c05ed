#pragma once

#include <QFrame>

class QChart;
class QChartView;
class QLabel;

namespace comptoir::ui {

/**
 * A dashboard chart in its frame: a title, the chart view, and "Save as PNG…" (button
 * and context menu). The panel owns the chart it shows.
 */
class ChartPanel final : public QFrame {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChartPanel)

public:
    ChartPanel(const QString &title, QChart *chart, QWidget *parent = nullptr);

    QChart *chart() const;
    QChartView *view() const { return m_view; }
    QString title() const;

    /** Writes the chart as it is shown to `path` (PNG); false if it cannot be written. */
    bool exportPng(const QString &path) const;

public Q_SLOTS:
    /** Asks for a file name, then exportPng(). */
    void exportPngInteractively();

private:
    QLabel *m_title;
    QChartView *m_view;
};

} // namespace comptoir::ui
