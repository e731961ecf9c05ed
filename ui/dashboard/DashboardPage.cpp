#include "dashboard/DashboardPage.h"

#include "charts/CategoryRevenueChart.h"
#include "charts/ComplaintCategoryChart.h"
#include "charts/ComplaintStatusChart.h"
#include "charts/KpiCatalogue.h"
#include "charts/RevenueTrendChart.h"
#include "charts/RfmSegmentChart.h"
#include "charts/StaffRevenueChart.h"
#include "charts/TopProductsChart.h"
#include "common/Navigator.h"
#include "dashboard/ChartPanel.h"
#include "dashboard/CustomerListDialog.h"
#include "dashboard/KpiTile.h"
#include "dashboard/PeriodPicker.h"
#include "domain/Complaint.h"
#include "report/DashboardReport.h"
#include "services/ComplaintQueryService.h"
#include "services/KpiService.h"

#include <QElapsedTimer>
#include <QFileDialog>
#include <QGridLayout>
#include <QResizeEvent>

#include <algorithm>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace comptoir::ui {

namespace {

constexpr int kMaxTileColumns = 7;
constexpr int kMinTileColumns = 3;
/** Width a tile needs for its French figures ("413 654,54 €", "▲ 1 322 % vs N-1"), spacing included. */
constexpr int kTileWidth = 170;
constexpr int kChartHeight = 300;

/** The customer group behind a customer tile, if it is one. */
std::optional<CustomerGroup> customerGroup(const QString &tileId)
{
    if (tileId == QLatin1String("newCustomers"))
        return CustomerGroup::New;
    if (tileId == QLatin1String("returningCustomers"))
        return CustomerGroup::Returning;
    if (tileId == QLatin1String("lostCustomers"))
        return CustomerGroup::Lost;
    if (tileId == QLatin1String("newProspects"))
        return CustomerGroup::Prospects;
    return std::nullopt;
}

bool isClickable(const QString &tileId, const Session &session)
{
    if (customerGroup(tileId))
        return session.can(QStringLiteral("customer.read"));
    if (tileId.startsWith(QLatin1String("complaints")))
        return session.can(QStringLiteral("complaint.read"));
    if (tileId == QLatin1String("underThreshold") || tileId == QLatin1String("stockValue"))
        return session.can(QStringLiteral("stock.read"));
    if (tileId == QLatin1String("appointments") || tileId == QLatin1String("noShowRate")
        || tileId == QLatin1String("followedBySale"))
        return session.can(QStringLiteral("appointment.read"));
    return false;
}

} // namespace

DashboardPage::DashboardPage(const AppContext &context, QWidget *parent)
    : QWidget(parent),
      m_context(context),
      m_picker(new PeriodPicker(context.clock().nowUtc().toLocalTime().date(), this)),
      m_exportPdf(new QPushButton(tr("Export &PDF report…"), this)),
      m_error(new QLabel(this)),
      m_timing(new QLabel(this))
{
    setObjectName(QStringLiteral("DashboardPage"));
    m_exportPdf->setObjectName(QStringLiteral("exportPdf"));
    m_error->setTextFormat(Qt::PlainText);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->setVisible(false);
    m_timing->setTextFormat(Qt::PlainText);
    m_timing->setStyleSheet(QStringLiteral("color: palette(dark);"));
    m_timing->setObjectName(QStringLiteral("timing"));

    auto *top = new QHBoxLayout;
    top->addWidget(m_picker);
    top->addStretch(1);
    top->addWidget(m_timing);
    top->addWidget(m_exportPdf);

    auto *content = new QWidget;
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 4, 0);
    contentLayout->addWidget(buildTiles());
    contentLayout->addWidget(buildCharts());
    contentLayout->addStretch(1);
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("dashboardScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidget(content);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_error);
    layout->addWidget(scroll, 1);

    connect(m_picker, &PeriodPicker::periodChanged, this, &DashboardPage::refresh);
    connect(m_exportPdf, &QPushButton::clicked, this, &DashboardPage::exportPdf);
    refresh();
}

QWidget *DashboardPage::buildTiles()
{
    auto *box = new QWidget;
    m_tileGrid = new QGridLayout(box);
    m_tileGrid->setContentsMargins(0, 0, 0, 0);
    m_tileGrid->setSpacing(6);
    for (const KpiDefinition &kpi : KpiCatalogue::all()) {
        auto *tile = new KpiTile(kpi.caption, kpi.higherIsBetter, box);
        tile->setObjectName(kpi.id + QStringLiteral("Tile"));
        const QString id = kpi.id;
        if (isClickable(id, m_context.session)) {
            tile->setClickable(true);
            connect(tile, &KpiTile::clicked, this, [this, id]() { openTile(id); });
        }
        m_tiles.insert(id, tile);
        m_tileOrder.append(tile);
    }
    layoutTiles(kMaxTileColumns);
    return box;
}

void DashboardPage::layoutTiles(int columns)
{
    if (columns == m_tileColumns)
        return;
    m_tileColumns = columns;
    for (KpiTile *tile : std::as_const(m_tileOrder))
        m_tileGrid->removeWidget(tile);
    for (int i = 0; i < m_tileOrder.size(); ++i)
        m_tileGrid->addWidget(m_tileOrder.at(i), i / columns, i % columns);
    for (int c = 0; c < kMaxTileColumns; ++c)
        m_tileGrid->setColumnStretch(c, c < columns ? 1 : 0);
}

void DashboardPage::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    layoutTiles(std::clamp(width() / kTileWidth, kMinTileColumns, kMaxTileColumns));
}

ChartPanel *DashboardPage::addPanel(const QString &title, QChart *chart)
{
    auto *panel = new ChartPanel(title, chart);
    panel->setMinimumHeight(kChartHeight);
    m_panels.append(panel);
    return panel;
}

QWidget *DashboardPage::buildCharts()
{
    auto *box = new QWidget;
    auto *grid = new QGridLayout(box);
    grid->setContentsMargins(0, 6, 0, 0);
    grid->setSpacing(6);

    m_trend = new RevenueTrendChart;
    grid->addWidget(addPanel(tr("Revenue incl. VAT, with the previous period"), m_trend), 0, 0, 1, 2);

    m_categories = new CategoryRevenueChart;
    grid->addWidget(addPanel(tr("Revenue by category"), m_categories), 1, 0);
    m_topProducts = new TopProductsChart;
    grid->addWidget(addPanel(tr("Top 10 products"), m_topProducts), 1, 1);
    if (m_context.session.can(QStringLiteral("stock.read")))
        connect(m_topProducts, &BarChart::barClicked, this,
                [this](const QVariant &key, const QString &) { openStock(key.toLongLong(), false); });

    m_rfm = new RfmSegmentChart;
    if (m_context.session.can(QStringLiteral("staff.performance.view"))) {
        m_staff = new StaffRevenueChart;
        grid->addWidget(addPanel(tr("Revenue per staff member"), m_staff), 2, 0);
        grid->addWidget(addPanel(tr("RFM segments (customers)"), m_rfm), 2, 1);
    } else {
        grid->addWidget(addPanel(tr("RFM segments (customers)"), m_rfm), 2, 0, 1, 2);
    }
    if (m_context.session.can(QStringLiteral("customer.read")))
        connect(m_rfm, &BarChart::barClicked, this,
                [this](const QVariant &key, const QString &) { openSegment(key.toString()); });

    m_complaintCategories = new ComplaintCategoryChart;
    grid->addWidget(addPanel(tr("Complaints by category"), m_complaintCategories), 3, 0);
    m_complaintStatus = new ComplaintStatusChart;
    grid->addWidget(addPanel(tr("Complaints by status"), m_complaintStatus), 3, 1);
    if (m_context.session.can(QStringLiteral("complaint.read")))
        connect(m_complaintStatus, &BarChart::barClicked, this, [this](const QVariant &key, const QString &) {
            if (const auto status = complaintStatusFromString(key.toString()))
                openComplaints({ComplaintFilter::Scope::Status, *status});
        });
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    return box;
}

Period DashboardPage::period() const
{
    return Period{m_picker->from(), m_picker->to()};
}

void DashboardPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_shownOnce)
        refresh(); // back to the area: the figures may have moved
    m_shownOnce = true;
}

void DashboardPage::refresh()
{
    QElapsedTimer timer;
    timer.start();
    KpiService &service = m_context.services->kpis();
    auto snapshot = service.snapshot(m_context.session, period());
    m_snapshotMs = timer.elapsed();
    if (!snapshot) {
        m_error->setText(snapshot.error().message);
        m_error->setVisible(true);
        return;
    }
    m_error->setVisible(false);
    timer.restart();
    fill(*snapshot);
    m_renderMs = timer.elapsed();
    m_snapshot = std::move(*snapshot);
    m_timing->setText(tr("Figures in %1 ms").arg(m_snapshotMs + m_renderMs));
    m_timing->setToolTip(tr("Reading the figures: %1 ms; drawing them: %2 ms").arg(m_snapshotMs).arg(m_renderMs));
}

void DashboardPage::fill(const KpiSnapshot &snapshot)
{
    const KpiFormat format;
    for (const KpiDefinition &kpi : KpiCatalogue::all()) {
        KpiTile *tile = m_tiles.value(kpi.id);
        const KpiValue &value = kpi.of(snapshot);
        if (kpi.comparable)
            tile->setFigures(kpi.text(value.current, format), value.current, value.previous, value.yearBefore, format);
        else
            tile->setValueOnly(kpi.text(value.current, format), tr("today"));
    }
    m_trend->setSnapshot(snapshot);
    m_categories->setSnapshot(snapshot);
    m_topProducts->setSnapshot(snapshot);
    if (m_staff)
        m_staff->setSnapshot(snapshot);
    m_rfm->setSnapshot(snapshot);
    m_complaintCategories->setSnapshot(snapshot);
    m_complaintStatus->setSnapshot(snapshot);
}

void DashboardPage::exportPdf()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const Period p = period();
    QString path = QFileDialog::getSaveFileName(
        this, tr("Export the report"),
        folder + QStringLiteral("/rapport-%1-%2.pdf").arg(p.from.toString(Qt::ISODate), p.to.toString(Qt::ISODate)),
        tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QStringLiteral(".pdf"), Qt::CaseInsensitive))
        path += QStringLiteral(".pdf");
    auto written = DashboardReport(m_context).write(p, path);
    if (!written)
        QMessageBox::warning(this, tr("Export the report"), written.error().message);
}

// --- click-throughs ------------------------------------------------------------------------

void DashboardPage::openTile(const QString &id)
{
    KpiService &service = m_context.services->kpis();
    if (const auto group = customerGroup(id)) {
        openCustomers(m_tiles.value(id)->caption(), service.customersInGroup(m_context.session, *group, period()));
    } else if (id == QLatin1String("complaintsOverdue")) {
        openComplaints({ComplaintFilter::Scope::Overdue, ComplaintStatus::Open});
    } else if (id == QLatin1String("complaintsOpened")) {
        openComplaints({ComplaintFilter::Scope::All, ComplaintStatus::Open});
    } else if (id == QLatin1String("underThreshold")) {
        openStock(0, true);
    } else if (id == QLatin1String("stockValue")) {
        openStock(0, false);
    } else if (id == QLatin1String("appointments") || id == QLatin1String("noShowRate")
               || id == QLatin1String("followedBySale")) {
        if (m_context.navigator)
            m_context.navigator->openArea(QStringLiteral("appointments"));
    }
}

void DashboardPage::openSegment(const QString &key)
{
    KpiService &service = m_context.services->kpis();
    openCustomers(tr("RFM segment: %1").arg(RfmSegmentChart::segmentName(key)),
                  service.customersInSegment(m_context.session, key, period()));
}

void DashboardPage::openCustomers(const QString &title, const Result<QList<qint64>> &ids)
{
    if (!ids) {
        m_error->setText(ids.error().message);
        m_error->setVisible(true);
        return;
    }
    auto *dialog = new CustomerListDialog(m_context, title, *ids, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &CustomerListDialog::customerChosen, this, &DashboardPage::openCustomer);
    dialog->show(); // not modal: the list stays open beside the customer pages it opens
    Q_EMIT customerListOpened(dialog);
}

void DashboardPage::openCustomer(qint64 id)
{
    if (m_context.navigator)
        m_context.navigator->openCustomer(id);
}

void DashboardPage::openComplaints(const ComplaintFilter &filter)
{
    if (m_context.navigator)
        m_context.navigator->openComplaints(filter);
}

void DashboardPage::openStock(qint64 productId, bool alertsOnly)
{
    if (m_context.navigator)
        m_context.navigator->openStock(alertsOnly, productId);
}

} // namespace comptoir::ui
