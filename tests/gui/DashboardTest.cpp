// The dashboard: tiles equal to the KPI service's figures in French formats, period
// changes, roles, click-throughs and PNG export, on a small generated store.
#include "DashboardFixture.h"

#include "TestDatabase.h"
#include "TestSettings.h"

#include "charts/KpiCatalogue.h"
#include "charts/RfmSegmentChart.h"
#include "charts/TopProductsChart.h"
#include "complaints/ComplaintsPage.h"
#include "customers/CustomersArea.h"
#include "dashboard/ChartPanel.h"
#include "dashboard/CustomerListDialog.h"
#include "dashboard/DashboardPage.h"
#include "dashboard/KpiTile.h"
#include "dashboard/PeriodPicker.h"
#include "services/KpiService.h"
#include "settings/Language.h"
#include "shell/Areas.h"
#include "shell/MainWindow.h"
#include "stock/StockPage.h"

#include <QAbstractItemModelTester>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QImageReader>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace comptoir;
using namespace comptoir::ui;

namespace {

KpiSnapshot serviceSnapshot(test::DashboardStore &s, const Session &session, const Period &period)
{
    return KpiService(*s.store->db, s.clock).snapshot(session, period).value();
}

} // namespace

class DashboardTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        test::isolateSettings();
        Language::install(*QCoreApplication::instance(), QStringLiteral("fr"));
    }

    void frenchFormats()
    {
        const KpiFormat format(QLocale(QLocale::French, QLocale::France));
        const QString money = format.money(123450);
        QVERIFY2(QRegularExpression(QStringLiteral("^1[\\x{202F}\\x{A0} ]234,50\\x{A0}€$")).match(money).hasMatch(),
                 qPrintable(money));
        QCOMPARE(format.money(-5), QStringLiteral("-0,05\u00A0€"));
        QCOMPARE(format.percentFromBasisPoints(1234), QStringLiteral("12,3\u00A0%"));
        QCOMPARE(format.dayLabel(QDate(2026, 11, 24)), QStringLiteral("24/11"));
        QCOMPARE(format.date(QDate(2026, 11, 4)), QStringLiteral("04/11/2026"));
        QCOMPARE(format.change(110, 100), QStringLiteral("▲ 10,0\u00A0%"));
        QCOMPARE(format.change(75, 100), QStringLiteral("▼ 25,0\u00A0%"));
        QCOMPARE(format.change(5, 0), QStringLiteral("—"));
        QCOMPARE(KpiFormat::trend(75, 100), Trend::Down);
    }

    void periodPickerRanges()
    {
        const QDate today(2026, 11, 24); // a Tuesday
        QCOMPARE(PeriodPicker::range(PeriodPicker::Month, today), std::make_pair(QDate(2026, 11, 1), today));
        QCOMPARE(PeriodPicker::range(PeriodPicker::Week, today), std::make_pair(QDate(2026, 11, 23), today));
        QCOMPARE(PeriodPicker::range(PeriodPicker::Quarter, today), std::make_pair(QDate(2026, 10, 1), today));
        QCOMPARE(PeriodPicker::range(PeriodPicker::Year, today), std::make_pair(QDate(2026, 1, 1), today));
        PeriodPicker picker(today);
        QCOMPARE(picker.kind(), PeriodPicker::Month); // the default
        QSignalSpy changed(&picker, &PeriodPicker::periodChanged);
        picker.setKind(PeriodPicker::Today);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(picker.from(), today);
        picker.setCustom(QDate(2026, 3, 31), QDate(2026, 3, 1)); // reversed on purpose
        QCOMPARE(picker.kind(), PeriodPicker::Custom);
        QCOMPARE(picker.from(), QDate(2026, 3, 1));
        QCOMPARE(picker.to(), QDate(2026, 3, 31));
    }

    void tilesShowTheServiceFiguresInFrench()
    {
        test::DashboardStore s;
        const Session manager = s.session(QStringLiteral("directeur"));
        QVERIFY(manager.can(QStringLiteral("kpi.view")));
        AppContext context = s.context(manager);
        DashboardPage page(context);
        page.resize(1280, 800);
        page.show();
        QVERIFY(page.snapshot().has_value());
        qInfo("dashboard refresh (small store, this month): snapshot %lld ms, tiles and charts %lld ms",
              page.lastSnapshotMs(), page.lastRenderMs());

        const Period month{QDate(2026, 11, 1), s.today()};
        QCOMPARE(page.snapshot()->period, month);
        const KpiSnapshot expected = serviceSnapshot(s, manager, month);
        QVERIFY(expected.salesCount.current > 0); // the generated store sells in November
        const KpiFormat format;
        for (const KpiDefinition &kpi : KpiCatalogue::all()) {
            KpiTile *tile = page.tile(kpi.id);
            QVERIFY2(tile, qPrintable(kpi.id));
            QCOMPARE(tile->value(), kpi.text(kpi.of(expected).current, format));
        }
        const QString revenue = page.tile(QStringLiteral("revenue"))->value();
        QVERIFY2(QRegularExpression(QStringLiteral("^\\d{1,3}([\\x{202F}\\x{A0}]\\d{3})*,\\d\\d\\x{A0}€$"))
                     .match(revenue)
                     .hasMatch(),
                 qPrintable(revenue));
        const KpiValue &sales = expected.salesCount;
        QCOMPARE(page.tile(QStringLiteral("sales"))->changeText().startsWith(format.change(sales.current, sales.previous)),
                 true);
        QVERIFY(page.tile(QStringLiteral("revenue"))->changeText().contains(QRegularExpression(QStringLiteral("^[▲▼=—]"))));

        // Every chart is there for the manager (staff performance included), with data.
        QCOMPARE(page.chartPanels().size(), 7);
        QVERIFY(!page.topProductsChart()->bars().isEmpty());
        QVERIFY(page.topProductsChart()->bars().size() <= 10);
        for (const QString &label : page.topProductsChart()->drawnLabels())
            QVERIFY2(label.size() <= 34, qPrintable(label));
        QCOMPARE(page.rfmChart()->bars().size(), RfmSegment::all().size());
    }

    void periodChangeRefreshes()
    {
        test::DashboardStore s;
        const Session manager = s.session(QStringLiteral("directeur"));
        AppContext context = s.context(manager);
        DashboardPage page(context);
        page.show();
        const QString monthRevenue = page.tile(QStringLiteral("revenue"))->value();

        page.periodPicker()->setKind(PeriodPicker::Year);
        const Period year{QDate(2026, 1, 1), s.today()};
        QCOMPARE(page.snapshot()->period, year);
        const KpiSnapshot expected = serviceSnapshot(s, manager, year);
        QCOMPARE(page.tile(QStringLiteral("revenue"))->value(), KpiFormat().money(expected.revenueCents.current));
        QVERIFY(page.tile(QStringLiteral("revenue"))->value() != monthRevenue);

        page.periodPicker()->setCustom(QDate(2026, 6, 1), QDate(2026, 6, 30));
        QCOMPARE(page.snapshot()->period, (Period{QDate(2026, 6, 1), QDate(2026, 6, 30)}));
        QCOMPARE(page.tile(QStringLiteral("sales"))->value(),
                 KpiFormat().count(serviceSnapshot(s, manager, page.snapshot()->period).salesCount.current));
    }

    void onlyTheManagerHasTheDashboard()
    {
        test::TestDatabase t;
        for (const Session &session : {t.intern(), t.technician(), t.associate()}) {
            MainWindow window(t.services(), session);
            registerAreas(window);
            QVERIFY2(!window.areaIds().contains(QStringLiteral("dashboard")), qPrintable(session.role));
        }
        MainWindow window(t.services(), t.manager());
        registerAreas(window);
        QVERIFY(window.areaIds().contains(QStringLiteral("dashboard")));
        QVERIFY(window.showArea(QStringLiteral("dashboard")));
        QVERIFY(qobject_cast<DashboardPage *>(window.currentPage()));
    }

    void staffChartNeedsStaffPerformance()
    {
        test::DashboardStore s;
        Session manager = s.session(QStringLiteral("directeur"));
        manager.permissions.remove(QStringLiteral("staff.performance.view"));
        AppContext context = s.context(manager);
        DashboardPage page(context);
        QVERIFY(page.snapshot().has_value());
        QCOMPARE(page.chartPanels().size(), 6); // no "revenue per staff member"
        QVERIFY(page.snapshot()->revenueByStaff.isEmpty());
    }

    void clickThroughs()
    {
        test::DashboardStore s;
        const Session manager = s.session(QStringLiteral("directeur"));
        MainWindow window(s.services(), manager);
        registerAreas(window);
        window.show();
        QVERIFY(window.showArea(QStringLiteral("dashboard")));
        auto *page = qobject_cast<DashboardPage *>(window.currentPage());
        QVERIFY(page);

        // An RFM bar lists the customers of its segment; double-click opens one.
        QSignalSpy opened(page, &DashboardPage::customerListOpened);
        int segment = -1;
        for (int i = 0; i < page->rfmChart()->bars().size(); ++i)
            if (page->rfmChart()->bars().at(i).value > 0)
                segment = i;
        QVERIFY(segment >= 0);
        const ChartBar bar = page->rfmChart()->bars().at(segment);
        page->rfmChart()->clickBar(segment);
        QCOMPARE(opened.size(), 1);
        auto *dialog = qobject_cast<CustomerListDialog *>(opened.first().first().value<QWidget *>());
        QVERIFY(dialog);
        QAbstractItemModelTester tester(dialog->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        const auto ids = KpiService(*s.store->db, s.clock)
                             .customersInSegment(manager, bar.key.toString(), page->snapshot()->period)
                             .value();
        QCOMPARE(qint64(ids.size()), bar.value);
        QVERIFY(dialog->model()->rowCount() >= std::min<int>(int(ids.size()), 100)); // a page at least...
        QVERIFY(dialog->model()->rowCount() <= ids.size());                           // ...of those ids
        const qint64 first = dialog->model()->rowAt(0)->id;
        QCOMPARE(first, ids.first());
        while (dialog->model()->canFetchMore(QModelIndex()))
            dialog->model()->fetchMore(QModelIndex());
        QCOMPARE(qint64(dialog->model()->rowCount()), qint64(ids.size()));
        Q_EMIT dialog->table()->activated(dialog->model()->index(0, 0));
        auto *customers = qobject_cast<CustomersArea *>(window.currentPage());
        QVERIFY(customers);
        QVERIFY(customers->isShowingCustomer());
        dialog->close();

        // The overdue complaints tile opens the complaints area on its overdue filter.
        QVERIFY(window.showArea(QStringLiteral("dashboard")));
        QTest::mouseClick(page->tile(QStringLiteral("complaintsOverdue")), Qt::LeftButton);
        auto *complaints = qobject_cast<ComplaintsPage *>(window.currentPage());
        QVERIFY(complaints);
        const QDateTime now = s.clock.nowUtc();
        for (int row = 0; row < complaints->model()->rowCount(); ++row)
            QVERIFY(complaints->model()->rowAt(row)->isOverdue(now));

        // Products under threshold open the stock alerts.
        QVERIFY(window.showArea(QStringLiteral("dashboard")));
        QTest::mouseClick(page->tile(QStringLiteral("underThreshold")), Qt::LeftButton);
        auto *stock = qobject_cast<StockPage *>(window.currentPage());
        QVERIFY(stock);
        QCOMPARE(stock->findChild<QCheckBox *>(QStringLiteral("alertsOnly"))->isChecked(), true);
    }

    void chartExportsAsPng()
    {
        test::DashboardStore s;
        AppContext context = s.context(s.session(QStringLiteral("directeur")));
        DashboardPage page(context);
        page.resize(1280, 800);
        page.show();
        QTemporaryDir dir;
        ChartPanel *panel = page.chartPanels().first();
        const QString path = dir.filePath(QStringLiteral("trend.png"));
        QVERIFY(panel->exportPng(path));
        QImageReader reader(path);
        QCOMPARE(reader.format(), QByteArray("png"));
        const QImage image = reader.read();
        QVERIFY(!image.isNull());
        QCOMPARE(image.size(), panel->view()->size() * panel->view()->devicePixelRatioF());
        QVERIFY(!panel->exportPng(dir.filePath(QStringLiteral("no/such/folder/x.png"))));
    }
};

QTEST_MAIN(DashboardTest)
#include "DashboardTest.moc"
