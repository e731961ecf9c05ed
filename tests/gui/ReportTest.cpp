// The head-office PDF report, rendered headless (offscreen, no window shown) and read back
// with poppler's pdfinfo / pdftotext: page count, store name, period and KPI labels.
#include "DashboardFixture.h"
#include "TestSettings.h"

#include "charts/KpiCatalogue.h"
#include "charts/KpiFormat.h"
#include "services/KpiService.h"
#include "report/DashboardReport.h"
#include "services/KpiService.h"
#include "services/StoreService.h"
#include "settings/Language.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace comptoir;
using namespace comptoir::ui;

namespace {

QString run(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        return QString();
    return QString::fromUtf8(p.readAllStandardOutput());
}

/**
 * Text as pdftotext writes it, compatibility-normalized (the PDF keeps the font's ligatures:
 * "ﬀ" in "Chiﬀre"), with runs of blanks (also no-break ones) made single spaces.
 */
QString simplified(QString text)
{
    text = text.normalized(QString::NormalizationForm_KC);
    text.replace(QChar(0x00A0), QLatin1Char(' '));
    text.replace(QChar(0x202F), QLatin1Char(' '));
    return text.simplified();
}

} // namespace

class ReportTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        test::isolateSettings();
        Language::install(*QCoreApplication::instance(), QStringLiteral("fr"));
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty()
            || QStandardPaths::findExecutable(QStringLiteral("pdfinfo")).isEmpty())
            QSKIP("pdftotext / pdfinfo (poppler-utils) not installed: the PDF cannot be read back");
    }

    void reportHasItsPagesAndText()
    {
        test::DashboardStore s;
        const Session manager = s.session(QStringLiteral("directeur"));
        AppContext context = s.context(manager);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("rapport.pdf"));
        const Period period{QDate(2026, 11, 1), QDate(2026, 11, 24)};
        QElapsedTimer timer;
        timer.start();
        auto pages = DashboardReport(context).write(period, path);
        QVERIFY2(pages.ok(), pages.ok() ? "" : qPrintable(pages.error().message));
        qInfo("report: %d pages in %lld ms", *pages, timer.elapsed());
        // Key figures; trend + categories + top; staff/RFM + complaints; then the tables (1–2 pages).
        QVERIFY2(*pages >= 4 && *pages <= 5, qPrintable(QString::number(*pages)));
        QVERIFY(QFile::exists(path));
        QVERIFY(!QFile::exists(path + QStringLiteral(".tmp")));

        const QString info = run(QStringLiteral("pdfinfo"), {path});
        const auto match = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info);
        QVERIFY2(match.hasMatch(), qPrintable(info));
        QCOMPARE(match.captured(1).toInt(), *pages);

        const QString text = simplified(run(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")}));
        QVERIFY(!text.isEmpty());
        const QString store = StoreService(*s.store->db).info().value().name;
        QVERIFY(!store.isEmpty());
        QVERIFY2(text.contains(store), qPrintable(store));
        const KpiFormat format;
        QVERIFY(text.contains(format.date(period.from)));
        QVERIFY(text.contains(format.date(period.to)));
        for (const KpiDefinition &kpi : KpiCatalogue::all())
            QVERIFY2(text.contains(simplified(kpi.caption)), qPrintable(kpi.caption));
        // The revenue of the period, as the dashboard writes it.
        const auto snapshot = KpiService(*s.store->db, s.clock).snapshot(manager, period).value();
        QVERIFY2(text.contains(simplified(format.money(snapshot.revenueCents.current))),
                 qPrintable(format.money(snapshot.revenueCents.current)));
        // The top product's name, in the top table.
        QVERIFY(!snapshot.topProducts.isEmpty());
        QVERIFY(text.contains(simplified(snapshot.topProducts.first().label).left(20)));
    }

    void refusedWithoutKpiView()
    {
        test::DashboardStore s;
        AppContext context = s.context(s.session(QStringLiteral("vendeur")));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("rapport.pdf"));
        auto pages = DashboardReport(context).write(Period{QDate(2026, 11, 1), QDate(2026, 11, 24)}, path);
        QVERIFY(!pages.ok());
        QCOMPARE(pages.error().code, ErrorCode::PermissionDenied);
        QVERIFY(!QFile::exists(path));
    }
};

QTEST_MAIN(ReportTest)
#include "ReportTest.moc"
