// The import wizard (file → mapping → dry run → import, on a worker thread) and the
// exports of the File menu and of the customers list, offscreen.
#include "TestDatabase.h"
#include "TestSettings.h"

#include "common/WorkerJob.h"
#include "customers/CustomerListPage.h"
#include "export/ExportDialog.h"
#include "importer/ImportDryRunPage.h"
#include "importer/ImportFilePage.h"
#include "importer/ImportMappingPage.h"
#include "importer/ImportRunPage.h"
#include "importer/ImportWizard.h"
#include "importer/ProblemsModel.h"
#include "services/CustomerService.h"
#include "shell/MainWindow.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QTableView>
#include <QTableWidget>
#include <QtTest>

using namespace comptoir;
using namespace comptoir::ui;

namespace {

QString dataFile(const char *name)
{
    return QStringLiteral(COMPTOIR_TEST_DATA_DIR "/wizard/") + QLatin1String(name);
}

/** A file of `rows` valid customers, large enough for several import batches. */
QString writeLargeFile(const QString &dir, int rows)
{
    const QString path = dir + QStringLiteral("/many.csv");
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write("first_name;last_name;email\n");
    for (int i = 0; i < rows; ++i)
        file.write(QStringLiteral("Anne%1;Martin;anne%1@example.fr\n").arg(i).toUtf8());
    return path;
}

} // namespace

class ImportWizardTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        test::isolateSettings();
    }

    void walkTheWizardAndSkipTheInvalidRow()
    {
        test::TestDatabase t(test::TestDatabase::Kind::File);
        const QString rejects = t.dir() + QStringLiteral("/rejects.csv");
        ImportWizard wizard(AppContext{&t.services(), t.associate()});
        wizard.show();

        auto *file = qobject_cast<ImportFilePage *>(wizard.page(ImportWizard::FilePage));
        file->setFile(dataFile("clients_une_erreur.csv"), QStringLiteral("customers"));
        QVERIFY(file->isComplete());
        const QString detected = file->findChild<QLabel *>(QStringLiteral("importDetected"))->text();
        QVERIFY2(detected.contains(QStringLiteral("UTF-8")), qPrintable(detected));
        QVERIFY2(detected.contains(QStringLiteral("semicolon")), qPrintable(detected));

        wizard.next();
        auto *mapping = qobject_cast<ImportMappingPage *>(wizard.currentPage());
        QVERIFY(mapping);
        QCOMPARE(mapping->fieldCombo(QStringLiteral("last_name"))->currentText(), QStringLiteral("Nom"));
        QCOMPARE(mapping->fieldCombo(QStringLiteral("first_name"))->currentText(), QString::fromUtf8("Prénom"));
        QCOMPARE(mapping->fieldCombo(QStringLiteral("email"))->currentText(), QStringLiteral("Courriel"));
        QVERIFY(mapping->isComplete());
        // A required field left unmapped blocks the next step.
        mapping->fieldCombo(QStringLiteral("last_name"))->setCurrentIndex(0);
        QVERIFY(!mapping->isComplete());
        mapping->fieldCombo(QStringLiteral("last_name"))->setCurrentText(QStringLiteral("Nom"));
        QVERIFY(mapping->isComplete());

        wizard.next();
        auto *dryRun = qobject_cast<ImportDryRunPage *>(wizard.currentPage());
        QVERIFY(dryRun);
        auto *problems = dryRun->findChild<QTableView *>(QStringLiteral("problemsTable"));
        QAbstractItemModelTester tester(problems->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_VERIFY(!dryRun->isRunning() && problems->model()->rowCount() > 0);
        // The dry run lists the invalid row: line 4, the e-mail column, a reason.
        QCOMPARE(problems->model()->rowCount(), 1);
        QCOMPARE(problems->model()->index(0, ProblemsModel::Line).data().toLongLong(), 4);
        QCOMPARE(problems->model()->index(0, ProblemsModel::ColumnName).data().toString(), QStringLiteral("Courriel"));
        QVERIFY(!problems->model()->index(0, ProblemsModel::Reason).data().toString().isEmpty());
        // ...and the preview highlights that cell (row 3 of the preview, column "Courriel" after "Line").
        auto *preview = dryRun->findChild<QTableWidget *>(QStringLiteral("previewTable"));
        QCOMPARE(preview->rowCount(), 5);
        QTableWidgetItem *bad = preview->item(2, 4);
        QCOMPARE(bad->text(), QStringLiteral("chloe.b@free"));
        QVERIFY(bad->background().style() != Qt::NoBrush);
        QVERIFY(!bad->toolTip().isEmpty());
        QVERIFY(preview->item(0, 4)->background().style() == Qt::NoBrush);
        QCOMPARE(t.count(QStringLiteral("customer")), 0); // a dry run writes nothing
        // All or nothing with an invalid row: the import cannot start.
        QVERIFY(!dryRun->isComplete());
        dryRun->findChild<QRadioButton *>(QStringLiteral("skipInvalid"))->setChecked(true);
        dryRun->findChild<QLineEdit *>(QStringLiteral("rejectsPath"))->setText(rejects);
        QVERIFY(dryRun->isComplete());

        wizard.next();
        auto *run = qobject_cast<ImportRunPage *>(wizard.currentPage());
        QVERIFY(run);
        QTRY_VERIFY_WITH_TIMEOUT(run->isComplete(), 30000);
        QVERIFY(run->result() && run->result()->ok());
        QCOMPARE(run->result()->value().imported, 4);
        QCOMPARE(run->result()->value().rejected, 1);
        QCOMPARE(t.count(QStringLiteral("customer")), 4);
        QVERIFY(run->findChild<QLabel *>(QStringLiteral("importSummary"))->text().contains(QStringLiteral("4")));
        QFile rejected(rejects);
        QVERIFY(rejected.open(QIODevice::ReadOnly));
        const QString rejectedText = QString::fromUtf8(rejected.readAll());
        QVERIFY(rejectedText.contains(QStringLiteral("chloe.b@free")));
        QVERIFY(!rejectedText.contains(QStringLiteral("helene.dupont")));
    }

    void theProblemsModelPassesTheModelTester()
    {
        ProblemsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QList<ImportProblem> problems;
        for (int i = 0; i < 500; ++i) {
            ImportProblem p;
            p.line = i + 2;
            p.column = i % 3 ? QStringLiteral("Courriel") : QString();
            p.reason = QStringLiteral("invalid e-mail address");
            problems.append(p);
        }
        model.setProblems(problems);
        QCOMPARE(model.rowCount(), 500);
        QCOMPARE(model.columnCount(), int(ProblemsModel::ColumnCount));
        QCOMPARE(model.index(0, ProblemsModel::Line).data().toLongLong(), 2);
        QCOMPARE(model.index(0, ProblemsModel::ColumnName).data().toString(), QStringLiteral("(whole row)"));
        QCOMPARE(model.index(1, ProblemsModel::ColumnName).data().toString(), QStringLiteral("Courriel"));
        QCOMPARE(model.headerData(ProblemsModel::Reason, Qt::Horizontal).toString(), QStringLiteral("Reason"));
        QVERIFY(!model.index(0, 0, model.index(0, 0)).isValid()); // a flat table
        model.setProblems({});
        QCOMPARE(model.rowCount(), 0);
    }

    void cancelDuringTheImportWritesNothing()
    {
        test::TestDatabase t(test::TestDatabase::Kind::File);
        const QString path = writeLargeFile(t.dir(), 20000);
        ImportWizard wizard(AppContext{&t.services(), t.associate()});
        wizard.show();
        qobject_cast<ImportFilePage *>(wizard.page(ImportWizard::FilePage))->setFile(path, QStringLiteral("customers"));
        wizard.next();
        wizard.next();
        auto *dryRun = qobject_cast<ImportDryRunPage *>(wizard.currentPage());
        QTRY_VERIFY_WITH_TIMEOUT(dryRun->isComplete(), 60000);
        auto *run = qobject_cast<ImportRunPage *>(wizard.page(ImportWizard::RunPage));
        // Cancel from the worker's first progress report: the import is then mid-file for sure.
        WorkerJob *job = run->job();
        connect(job, &WorkerJob::progress, job, [job]() { job->cancel(); }, Qt::DirectConnection);
        wizard.next();
        QCOMPARE(wizard.currentPage(), run);
        QTRY_VERIFY_WITH_TIMEOUT(run->isComplete(), 60000);
        QVERIFY(run->result() && run->result()->ok());
        QVERIFY(run->result()->value().cancelled);
        QVERIFY(!run->result()->value().committed);
        QCOMPARE(t.count(QStringLiteral("customer")), 0);
        QVERIFY(run->findChild<QLabel *>(QStringLiteral("importSummary"))->text().contains(QStringLiteral("nothing")));
    }

    void theFileMenuFollowsTheRole()
    {
        test::TestDatabase t(test::TestDatabase::Kind::File);
        {
            MainWindow window(t.services(), t.intern());
            QVERIFY(!window.findChild<QAction *>(QStringLiteral("importAction")));
            QVERIFY(!window.findChild<QAction *>(QStringLiteral("exportAction")));
            QVERIFY(!window.openImportWizard());
            QVERIFY(!window.openExportDialog());
        }
        {
            MainWindow window(t.services(), t.technician());
            QVERIFY(!window.findChild<QAction *>(QStringLiteral("importAction")));
        }
        MainWindow window(t.services(), t.associate());
        QVERIFY(window.findChild<QAction *>(QStringLiteral("importAction")));
        QVERIFY(window.findChild<QAction *>(QStringLiteral("exportAction")));
        ImportWizard *wizard = window.openImportWizard();
        QVERIFY(wizard);
        wizard->reject();
    }

    void exportTheFilteredCustomersList()
    {
        test::TestDatabase t(test::TestDatabase::Kind::File);
        CustomerService customers(t.db(), t.clock());
        for (int i = 0; i < 12; ++i) {
            CustomerInput in;
            in.firstName = QStringLiteral("Client%1").arg(i);
            in.lastName = i % 3 == 0 ? QStringLiteral("Dupont") : QStringLiteral("Martin");
            in.email = QStringLiteral("c%1@example.fr").arg(i);
            QVERIFY(customers.create(t.associate(), in).ok());
        }
        const AppContext context{&t.services(), t.associate()};
        CustomerListPage page(context);
        page.findChild<QLineEdit *>(QStringLiteral("customerSearch"))->setText(QStringLiteral("dupont"));
        page.searchNow();
        QCOMPARE(page.model()->rowCount(), 4);
        ExportDialog *dialog = page.exportList();
        QVERIFY(dialog);
        const QString path = t.dir() + QStringLiteral("/list.csv");
        dialog->setPath(path);
        QSignalSpy done(dialog->job(), &WorkerJob::finished);
        dialog->start();
        QVERIFY(done.wait(30000));
        QVERIFY(dialog->result().has_value());
        QVERIFY(dialog->result()->ok());
        QCOMPARE(dialog->result()->value(), 4);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
        QCOMPARE(lines.size(), 5); // header + the 4 rows shown
        for (int i = 1; i < lines.size(); ++i)
            QVERIFY(lines.at(i).contains("Dupont"));
        dialog->reject();

        // An intern sees no export button and cannot export.
        const AppContext internContext{&t.services(), t.intern()}; // pages keep a reference to it
        CustomerListPage internPage(internContext);
        QVERIFY(internPage.findChild<QWidget *>(QStringLiteral("exportList"))->isHidden());
        QVERIFY(!internPage.exportList());
    }
};

QTEST_MAIN(ImportWizardTest)
#include "ImportWizardTest.moc"
