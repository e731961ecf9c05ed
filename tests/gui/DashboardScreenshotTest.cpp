// Screenshot harness of the dashboard (skipped unless COMPTOIR_SCREENSHOT_DIR is set): the
// manager's dashboard for the current month in a 1280×800 main window, in French. With
// COMPTOIR_SCREENSHOT_DB (a copy of the demo store) it shows that store, signed in as the
// demo manager "directeur", on the real clock; otherwise the small generated store.
// COMPTOIR_EXTRA_QM: an extra translation file to install (a catalogue not built in yet).
// Writes the head-office PDF report of the month beside the screenshot (report.pdf).
// Also prints the refresh times (service snapshot, then tiles and charts) for a month and a
// year: figures, not assertions.
#include "DashboardFixture.h"
#include "TestSettings.h"

#include "dashboard/DashboardPage.h"
#include "dashboard/PeriodPicker.h"
#include "report/DashboardReport.h"
#include "settings/Language.h"
#include "shell/Areas.h"
#include "shell/MainWindow.h"

#include <QElapsedTimer>
#include <QScrollArea>
#include <QTranslator>
#include <QtTest>

#include <algorithm>

using namespace comptoir;
using namespace comptoir::ui;

namespace {

QString outDir()
{
    return qEnvironmentVariable("COMPTOIR_SCREENSHOT_DIR");
}

Session sessionOf(Database &db, const QString &login)
{
    Session s;
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT u.id, u.display_name, r.code FROM app_user u JOIN role r ON r.id = u.role_id "
                             "WHERE u.login = ?"));
    q.addBindValue(login);
    if (!q.exec() || !q.next())
        return s;
    s.userId = q.value(0).toLongLong();
    s.login = login;
    s.displayName = q.value(1).toString();
    s.role = q.value(2).toString();
    s.permissions = RoleRepository(db).permissionsOf(s.role).value();
    return s;
}

/** Median and worst of `runs` refreshes of `page` (ms), snapshot and drawing apart. */
void timeRefreshes(DashboardPage &page, const char *what, int runs = 7)
{
    QList<qint64> snapshot, render;
    page.refresh(); // warm-up
    for (int i = 0; i < runs; ++i) {
        page.refresh();
        snapshot << page.lastSnapshotMs();
        render << page.lastRenderMs();
    }
    std::sort(snapshot.begin(), snapshot.end());
    std::sort(render.begin(), render.end());
    qInfo("refresh, %s: snapshot median %lld ms (max %lld), tiles+charts median %lld ms (max %lld), %d runs", what,
          snapshot.at(runs / 2), snapshot.last(), render.at(runs / 2), render.last(), runs);
}

} // namespace

class DashboardScreenshotTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        test::isolateSettings();
        if (outDir().isEmpty())
            QSKIP("set COMPTOIR_SCREENSHOT_DIR to save the screenshot");
        Language::install(*QCoreApplication::instance(), QStringLiteral("fr"));
        const QString extra = qEnvironmentVariable("COMPTOIR_EXTRA_QM");
        if (!extra.isEmpty()) {
            auto *translator = new QTranslator(QCoreApplication::instance());
            QVERIFY2(translator->load(extra), qPrintable(extra));
            QCoreApplication::installTranslator(translator);
        }
    }

    void dashboard()
    {
        std::unique_ptr<test::DashboardStore> small;
        std::unique_ptr<Database> demo;
        Database *db = nullptr;
        const QString demoPath = qEnvironmentVariable("COMPTOIR_SCREENSHOT_DB");
        SystemClock systemClock;
        const Clock *clock = &systemClock;
        if (!demoPath.isEmpty()) {
            demo = std::move(Database::open(demoPath, Database::Mode::OpenExisting).value());
            db = demo.get();
        } else {
            small = std::make_unique<test::DashboardStore>();
            db = small->store->db.get();
            clock = &small->clock;
        }
        const Session manager = sessionOf(*db, QStringLiteral("directeur"));
        QVERIFY(manager.can(QStringLiteral("kpi.view")));
        AppServices services(*db, *clock);
        MainWindow window(services, manager);
        registerAreas(window);
        window.resize(1280, 800);
        window.show();
        QVERIFY(window.showArea(QStringLiteral("dashboard")));
        auto *page = qobject_cast<DashboardPage *>(window.currentPage());
        QVERIFY(page);
        QVERIFY(page->snapshot().has_value());
        qInfo("first refresh (this month): snapshot %lld ms, tiles+charts %lld ms", page->lastSnapshotMs(),
              page->lastRenderMs());
        QTest::qWait(100);
        QVERIFY(window.grab().save(outDir() + QStringLiteral("/dashboard.png")));

        // The charts below the fold, for review (not in the README).
        auto *scroll = page->findChild<QScrollArea *>(QStringLiteral("dashboardScroll"));
        QVERIFY(scroll);
        QVERIFY(scroll->widget()->grab().save(outDir() + QStringLiteral("/dashboard-full.png")));

        // The head-office report of the same period, for review.
        QElapsedTimer timer;
        timer.start();
        auto pages = DashboardReport(window.context()).write(*page->snapshot(), outDir() + QStringLiteral("/report.pdf"));
        QVERIFY2(pages.ok(), pages.ok() ? "" : qPrintable(pages.error().message));
        qInfo("report.pdf: %d pages in %lld ms", *pages, timer.elapsed());

        timeRefreshes(*page, "this month");
        page->periodPicker()->setKind(PeriodPicker::Year);
        timeRefreshes(*page, "this year");
    }
};

QTEST_MAIN(DashboardScreenshotTest)
#include "DashboardScreenshotTest.moc"
