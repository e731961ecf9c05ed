// Screenshots of the import wizard (skipped unless COMPTOIR_SCREENSHOT_DIR is set): the
// mapping page and the dry-run page on tests/data/wizard/clients_boutique.csv, in French.
#include "TestDatabase.h"
#include "TestSettings.h"

#include "importer/ImportDryRunPage.h"
#include "importer/ImportFilePage.h"
#include "importer/ImportWizard.h"
#include "settings/Language.h"

#include <QTableView>
#include <QtTest>

using namespace comptoir;
using namespace comptoir::ui;

class ImportScreenshotsTest : public QObject {
    Q_OBJECT

    static QString outDir() { return qEnvironmentVariable("COMPTOIR_SCREENSHOT_DIR"); }

private Q_SLOTS:
    void initTestCase()
    {
        test::isolateSettings();
        if (outDir().isEmpty())
            QSKIP("set COMPTOIR_SCREENSHOT_DIR to save the screenshots");
        // The app's default language: the screenshots show what a user sees.
        QVERIFY(Language::install(*QCoreApplication::instance(), QStringLiteral("fr")));
    }

    void mappingAndDryRun()
    {
        test::TestDatabase t(test::TestDatabase::Kind::File);
        ImportWizard wizard(AppContext{&t.services(), t.associate()});
        wizard.resize(1000, 720);
        wizard.show();
        qobject_cast<ImportFilePage *>(wizard.page(ImportWizard::FilePage))
            ->setFile(QStringLiteral(COMPTOIR_TEST_DATA_DIR "/wizard/clients_boutique.csv"), QStringLiteral("customers"));
        wizard.next();
        QTest::qWait(50);
        QVERIFY(wizard.grab().save(outDir() + QStringLiteral("/import-mapping.png")));
        wizard.next();
        auto *dryRun = qobject_cast<ImportDryRunPage *>(wizard.currentPage());
        QVERIFY(dryRun);
        QTRY_VERIFY_WITH_TIMEOUT(!dryRun->isRunning() &&
                                     dryRun->findChild<QTableView *>(QStringLiteral("problemsTable"))->model()->rowCount() > 0,
                                 30000);
        QTest::qWait(50);
        QVERIFY(wizard.grab().save(outDir() + QStringLiteral("/import-dryrun.png")));
    }
};

QTEST_MAIN(ImportScreenshotsTest)
#include "ImportScreenshotsTest.moc"
