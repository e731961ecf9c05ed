#pragma once

#include "common/AppContext.h"
#include "domain/KpiTypes.h"

#include <QHash>
#include <QWidget>

#include <optional>

class QChart;
class QLabel;
class QPushButton;

namespace comptoir {
struct ComplaintFilter;
}

class QGridLayout;

namespace comptoir::ui {

class ChartPanel;
class KpiTile;
class PeriodPicker;
class RevenueTrendChart;
class CategoryRevenueChart;
class TopProductsChart;
class StaffRevenueChart;
class RfmSegmentChart;
class ComplaintCategoryChart;
class ComplaintStatusChart;

/**
 * "Tableau de bord" (kpi.view): the period picker, the KPI tiles with their change vs the
 * previous period and the year before, and the charts (revenue with the previous period
 * overlaid, by category, top 10 products, per staff member with staff.performance.view,
 * RFM segments, complaints by category and status). A tile or a bar opens the list
 * behind it; each chart saves as PNG; the whole page exports as the head-office PDF.
 */
class DashboardPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DashboardPage)

public:
    explicit DashboardPage(const AppContext &context, QWidget *parent = nullptr);

    PeriodPicker *periodPicker() const { return m_picker; }
    /** The tile of KPI `id` (see KpiCatalogue), or null. */
    KpiTile *tile(const QString &id) const { return m_tiles.value(id); }
    QList<ChartPanel *> chartPanels() const { return m_panels; }
    /** The snapshot shown (none before the first successful refresh). */
    const std::optional<KpiSnapshot> &snapshot() const { return m_snapshot; }
    /** Milliseconds of the last refresh: the service's snapshot, then filling tiles and charts. */
    qint64 lastSnapshotMs() const { return m_snapshotMs; }
    qint64 lastRenderMs() const { return m_renderMs; }

    RfmSegmentChart *rfmChart() const { return m_rfm; }
    TopProductsChart *topProductsChart() const { return m_topProducts; }
    ComplaintStatusChart *complaintStatusChart() const { return m_complaintStatus; }

public Q_SLOTS:
    void refresh();
    /** Asks for a file name and writes the head-office PDF report of the shown period. */
    void exportPdf();

Q_SIGNALS:
    /** A dialog listing customers was opened (tests close it). */
    void customerListOpened(QWidget *dialog);

protected:
    void showEvent(QShowEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    QWidget *buildTiles();
    /** Lays the tiles out in `columns` columns (as many as the width allows, 3 to 7). */
    void layoutTiles(int columns);
    QWidget *buildCharts();
    ChartPanel *addPanel(const QString &title, QChart *chart);
    void fill(const KpiSnapshot &snapshot);
    Period period() const;

    // Click-throughs.
    void openTile(const QString &id);
    void openSegment(const QString &key);
    void openCustomers(const QString &title, const Result<QList<qint64>> &ids);
    void openCustomer(qint64 id);
    void openComplaints(const ComplaintFilter &filter);
    void openStock(qint64 productId, bool alertsOnly);

    const AppContext &m_context;
    PeriodPicker *m_picker;
    QPushButton *m_exportPdf;
    QLabel *m_error;
    QLabel *m_timing;
    QHash<QString, KpiTile *> m_tiles;
    QList<KpiTile *> m_tileOrder;
    QGridLayout *m_tileGrid = nullptr;
    int m_tileColumns = 0;
    QList<ChartPanel *> m_panels;
    RevenueTrendChart *m_trend = nullptr;
    CategoryRevenueChart *m_categories = nullptr;
    TopProductsChart *m_topProducts = nullptr;
    StaffRevenueChart *m_staff = nullptr;
    RfmSegmentChart *m_rfm = nullptr;
    ComplaintCategoryChart *m_complaintCategories = nullptr;
    ComplaintStatusChart *m_complaintStatus = nullptr;
    std::optional<KpiSnapshot> m_snapshot;
    qint64 m_snapshotMs = 0;
    qint64 m_renderMs = 0;
    bool m_shownOnce = false;
};

} // namespace comptoir::ui
