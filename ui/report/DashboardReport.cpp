#include "report/DashboardReport.h"

#include "charts/CategoryRevenueChart.h"
#include "charts/ComplaintCategoryChart.h"
#include "charts/ComplaintStatusChart.h"
#include "charts/KpiCatalogue.h"
#include "charts/RevenueTrendChart.h"
#include "charts/RfmSegmentChart.h"
#include "charts/StaffRevenueChart.h"
#include "charts/TopProductsChart.h"
#include "domain/Complaint.h"
#include "io/AtomicFileWriter.h"
#include "report/ReportWriter.h"
#include "services/KpiService.h"
#include "services/StoreService.h"

namespace comptoir::ui {

namespace {

constexpr qreal kTrendHeightMm = 85;
constexpr qreal kChartHeightMm = 80;

QString periodText(const Period &p, const KpiFormat &format)
{
    return DashboardReport::tr("%1 to %2").arg(format.date(p.from), format.date(p.to));
}

} // namespace

Result<int> DashboardReport::write(const Period &period, const QString &path)
{
    KpiService &service = m_context.services->kpis();
    auto snapshot = service.snapshot(m_context.session, period);
    if (!snapshot)
        return snapshot.error();
    return write(*snapshot, path);
}

Result<int> DashboardReport::write(const KpiSnapshot &snapshot, const QString &path)
{
    StoreService &stores = m_context.services->store();
    auto store = stores.info();
    if (!store)
        return store.error();

    AtomicFileWriter file(path);
    if (Status opened = file.open(); !opened)
        return opened.error();
    const KpiFormat format;
    int pages = 0;
    {
        ReportWriter out(file.device(), tr("Activity report — %1").arg(store->name),
                         tr("%1 — activity report, %2").arg(store->name, periodText(snapshot.period, format)));
        if (!out.isOpen()) {
            file.discard();
            return Error{ErrorCode::Io, path, tr("cannot write the PDF report to %1").arg(path)};
        }
        writeSummary(out, *store, snapshot);
        out.newPage();
        writeCharts(out, snapshot);
        out.newPage();
        writeTables(out, snapshot);
        pages = out.finish();
    }
    if (Status committed = file.commit(); !committed)
        return committed.error();
    return pages;
}

void DashboardReport::writeSummary(ReportWriter &out, const StoreInfo &store, const KpiSnapshot &snapshot)
{
    const KpiFormat format;
    out.title(tr("Activity report — %1").arg(store.name));
    QStringList address;
    for (const QString &part : {store.address, QString(store.postalCode + QLatin1Char(' ') + store.city).trimmed()})
        if (!part.isEmpty())
            address << part;
    if (!store.code.isEmpty())
        address << tr("store %1").arg(store.code);
    if (!address.isEmpty())
        out.paragraph(address.join(QStringLiteral(" — ")), true);
    out.paragraph(tr("Period: %1 (%n day(s))", nullptr, int(snapshot.period.days()))
                      .arg(periodText(snapshot.period, format)));
    out.paragraph(tr("Compared with the previous period (%1) and the same period a year before (%2).")
                      .arg(periodText(snapshot.previousPeriod, format), periodText(snapshot.yearBeforePeriod, format)),
                  true);
    const QDateTime now = m_context.clock().nowUtc().toLocalTime();
    out.paragraph(tr("Prepared on %1 at %2 by %3.")
                      .arg(format.date(now.date()), format.locale().toString(now.time(), QStringLiteral("HH:mm")),
                           m_context.session.displayName.isEmpty() ? m_context.session.login
                                                                   : m_context.session.displayName),
                  true);

    out.heading(tr("Key figures"));
    QList<QStringList> rows;
    for (const KpiDefinition &kpi : KpiCatalogue::all()) {
        const KpiValue &v = kpi.of(snapshot);
        if (kpi.comparable)
            rows.append({kpi.caption, kpi.text(v.current, format), kpi.text(v.previous, format),
                         format.change(v.current, v.previous), kpi.text(v.yearBefore, format),
                         format.change(v.current, v.yearBefore)});
        else
            rows.append({kpi.caption, kpi.text(v.current, format), tr("(today)"), QString(), QString(), QString()});
    }
    out.table({tr("Indicator"), tr("Period"), tr("Previous period"), tr("Change"), tr("Year before"), tr("Change")},
              rows, {1, 2, 3, 4, 5}, {3.2, 1.6, 1.6, 1.1, 1.6, 1.1});
    out.paragraph(tr("Revenue counts credit notes negatively on the day they are made. Rates are shares of the "
                     "period's sales; stock figures are those of today."),
                  true);
}

void DashboardReport::writeCharts(ReportWriter &out, const KpiSnapshot &snapshot)
{
    out.heading(tr("Revenue incl. VAT, with the previous period"));
    auto *trend = new RevenueTrendChart;
    trend->setSnapshot(snapshot);
    out.chart(trend, kTrendHeightMm);

    out.heading(tr("Revenue by category and top 10 products"));
    auto *categories = new CategoryRevenueChart;
    categories->setSnapshot(snapshot);
    out.chart(categories, kChartHeightMm, true);
    auto *top = new TopProductsChart;
    top->setSnapshot(snapshot);
    out.chart(top, kChartHeightMm, true);

    out.newPage();
    out.heading(snapshot.staffVisible ? tr("Revenue per staff member and RFM segments") : tr("RFM segments"));
    if (snapshot.staffVisible) {
        auto *staff = new StaffRevenueChart;
        staff->setSnapshot(snapshot);
        out.chart(staff, kChartHeightMm, true);
    }
    auto *rfm = new RfmSegmentChart;
    rfm->setSnapshot(snapshot);
    out.chart(rfm, kChartHeightMm, snapshot.staffVisible);

    out.heading(tr("Complaints opened in the period"));
    auto *complaintCategories = new ComplaintCategoryChart;
    complaintCategories->setSnapshot(snapshot);
    out.chart(complaintCategories, kChartHeightMm, true);
    auto *complaintStatus = new ComplaintStatusChart;
    complaintStatus->setSnapshot(snapshot);
    out.chart(complaintStatus, kChartHeightMm, true);
    out.endRow();
}

void DashboardReport::writeTables(ReportWriter &out, const KpiSnapshot &snapshot)
{
    const KpiFormat format;
    out.heading(tr("Top 10 products"));
    QList<QStringList> products;
    int rank = 0;
    for (const BreakdownRow &row : snapshot.topProducts)
        products.append({format.count(++rank), row.label, format.count(row.count), format.money(row.amountCents)});
    if (products.isEmpty())
        out.paragraph(tr("No sale in the period."), true);
    else
        out.table({tr("#"), tr("Product"), tr("Quantity"), tr("Revenue incl. VAT")}, products, {0, 2, 3},
                  {0.5, 5, 1.2, 1.8});

    out.heading(tr("Revenue by category"));
    QList<QStringList> categories;
    for (const BreakdownRow &row : snapshot.revenueByCategory)
        categories.append({row.label.isEmpty() ? tr("(no category)") : row.label, format.money(row.amountCents)});
    if (categories.isEmpty())
        out.paragraph(tr("No sale in the period."), true);
    else
        out.table({tr("Category"), tr("Revenue incl. VAT")}, categories, {1}, {3, 1});

    if (snapshot.staffVisible) {
        out.heading(tr("Revenue per staff member"));
        QList<QStringList> staff;
        for (const BreakdownRow &row : snapshot.revenueByStaff)
            staff.append({row.label.isEmpty() ? tr("(nobody)") : row.label, format.count(row.count),
                          format.money(row.amountCents)});
        out.table({tr("Staff member"), tr("Sales"), tr("Revenue incl. VAT")}, staff, {1, 2}, {3, 1, 1.5});
    }

    out.heading(tr("RFM segments at the end of the period"));
    QList<QStringList> segments;
    for (const BreakdownRow &row : snapshot.rfmSegments)
        segments.append({RfmSegmentChart::segmentName(row.key), format.count(row.count), format.money(row.amountCents)});
    out.table({tr("Segment"), tr("Customers"), tr("Spent over 24 months")}, segments, {1, 2}, {3, 1, 1.5});

    out.heading(tr("Complaints opened in the period"));
    QList<QStringList> complaints;
    for (const BreakdownRow &row : snapshot.complaintsByCategory)
        complaints.append({row.label.isEmpty() ? row.key : row.label, format.count(row.count)});
    for (const BreakdownRow &row : snapshot.complaintsByStatus) {
        const auto status = complaintStatusFromString(row.key);
        complaints.append({tr("Status: %1").arg(status ? displayName(*status) : row.key), format.count(row.count)});
    }
    if (complaints.isEmpty())
        out.paragraph(tr("No complaint opened in the period."), true);
    else
        out.table({tr("Category / status"), tr("Complaints")}, complaints, {1}, {3, 1});
}

} // namespace comptoir::ui
