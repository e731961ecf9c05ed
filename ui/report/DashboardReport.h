#pragma once

#include "common/AppContext.h"
#include "domain/Result.h"
#include "domain/Store.h"
#include "domain/KpiTypes.h"

#include <QCoreApplication>

namespace comptoir::ui {

class ReportWriter;

/**
 * The head-office report of a period as a PDF: the store, the period and its two
 * comparisons, every KPI with its changes (table), the dashboard's charts, and the top
 * tables (products, staff, RFM segments, complaints). Written atomically (a temporary
 * file renamed over the target). Needs a QGuiApplication but no window: the CLI's
 * `report` command uses it headless, with QT_QPA_PLATFORM=offscreen.
 */
class DashboardReport final {
    Q_DECLARE_TR_FUNCTIONS(comptoir::ui::DashboardReport)

public:
    explicit DashboardReport(const AppContext &context) : m_context(context) {}

    /** Computes the snapshot of `period` and writes the report to `path`; returns the page count. */
    Result<int> write(const Period &period, const QString &path);
    /** Writes the report of an existing snapshot (the dashboard's) to `path`; returns the page count. */
    Result<int> write(const KpiSnapshot &snapshot, const QString &path);

private:
    void writeSummary(ReportWriter &out, const StoreInfo &store, const KpiSnapshot &snapshot);
    void writeCharts(ReportWriter &out, const KpiSnapshot &snapshot);
    void writeTables(ReportWriter &out, const KpiSnapshot &snapshot);

    const AppContext &m_context;
};

} // namespace comptoir::ui
