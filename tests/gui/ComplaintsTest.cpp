// The complaint desk: only the allowed workflow buttons, inline refusals, overdue highlight.
#include "OpsFixture.h"

#include "complaints/ComplaintDetail.h"
#include "complaints/ComplaintsPage.h"
#include "complaints/ComplaintStepDialog.h"
#include "complaints/NewComplaintDialog.h"
#include "export/ExportDialog.h"
#include "services/ComplaintService.h"
#include "shell/Areas.h"
#include "shell/MainWindow.h"
#include "widgets/CustomerPicker.h"
#include "widgets/FieldError.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTreeWidget>

using namespace comptoir;
using namespace comptoir::ui;
using S = ComplaintStatus;

namespace {

constexpr qint64 kProductDefect = 1; // 7 days
constexpr qint64 kBilling = 3;       // 3 days

const QStringList kButtons{QStringLiteral("start"),  QStringLiteral("resolve"), QStringLiteral("close"),
                           QStringLiteral("reject"), QStringLiteral("reopen"),  QStringLiteral("assign")};

QStringList visibleButtons(ComplaintDetail *detail)
{
    QStringList shown;
    for (const QString &name : kButtons) {
        auto *button = detail->findChild<QPushButton *>(name);
        if (button && button->isVisible())
            shown << name;
    }
    return shown;
}

struct Desk : test::OpsFixture {
    ComplaintService service{t.db(), t.clock()};
    qint64 anne = customer(QStringLiteral("Anne"), QStringLiteral("Lefèvre"));

    qint64 open(qint64 category = kProductDefect, const QString &subject = QStringLiteral("Fermeture cassée"))
    {
        ComplaintInput in;
        in.customerId = anne;
        in.categoryId = category;
        in.subject = subject;
        in.description = QStringLiteral("Après deux utilisations.");
        auto id = service.open(associate, in);
        return id ? *id : 0;
    }
    /** A complaint brought to `status` along the shortest path. */
    qint64 complaintIn(S status)
    {
        const qint64 id = open();
        if (status == S::Rejected)
            (void)service.reject(manager, id, QStringLiteral("hors garantie"));
        if (status == S::InProgress || status == S::Resolved || status == S::Closed)
            (void)service.startProgress(associate, id);
        if (status == S::Resolved || status == S::Closed)
            (void)service.resolve(associate, id, QStringLiteral("article échangé"));
        if (status == S::Closed)
            (void)service.close(manager, id, 4);
        return id;
    }
};

} // namespace

class ComplaintsTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::isolateSettings(); }

    void theDetailShowsOnlyTheAllowedButtons()
    {
        Desk d;
        AppContext context = d.context(d.associate);
        ComplaintDetail detail(context);
        detail.show();
        const QMap<S, QStringList> expected{
            {S::Open, {QStringLiteral("start"), QStringLiteral("reject"), QStringLiteral("assign")}},
            {S::InProgress, {QStringLiteral("resolve"), QStringLiteral("reject"), QStringLiteral("assign")}},
            {S::Resolved, {QStringLiteral("close"), QStringLiteral("reopen"), QStringLiteral("assign")}},
            {S::Closed, {}},
            {S::Rejected, {}},
        };
        for (auto it = expected.begin(); it != expected.end(); ++it) {
            const qint64 id = d.complaintIn(it.key());
            QVERIFY(d.service.findById(d.associate, id)->status == it.key());
            detail.showComplaint(id);
            QCOMPARE(visibleButtons(&detail), it.value());
        }
    }

    void anInternNeverSeesCloseOrReject()
    {
        Desk d;
        AppContext context = d.context(d.intern);
        ComplaintDetail detail(context);
        detail.show();
        for (S status : allComplaintStatuses()) {
            detail.showComplaint(d.complaintIn(status));
            const QStringList shown = visibleButtons(&detail);
            QVERIFY2(!shown.contains(QStringLiteral("close")), qPrintable(toString(status)));
            QVERIFY2(!shown.contains(QStringLiteral("reject")), qPrintable(toString(status)));
        }
        detail.showComplaint(d.complaintIn(S::Open));
        QCOMPARE(visibleButtons(&detail), (QStringList{QStringLiteral("start"), QStringLiteral("assign")}));
    }

    void resolvingWithoutTextIsRefusedInline()
    {
        Desk d;
        const qint64 id = d.complaintIn(S::InProgress);
        AppContext context = d.context(d.associate);
        ComplaintsPage page(context);
        page.show();
        page.openItem(id);
        QTest::mouseClick(page.detail()->findChild<QPushButton *>(QStringLiteral("resolve")), Qt::LeftButton);
        auto *dialog = page.findChild<ComplaintStepDialog *>();
        QVERIFY(dialog);
        QVERIFY(dialog->kind() == ComplaintStepDialog::Kind::Resolve);
        const qint64 events = d.t.count(QStringLiteral("complaint_event"));
        auto *ok = dialog->findChild<QPushButton *>(QStringLiteral("ok"));
        QTest::mouseClick(ok, Qt::LeftButton);
        QVERIFY(dialog->isVisible());
        auto *error = dialog->findChild<FieldError *>(QStringLiteral("resolutionError"));
        QVERIFY(error && error->isVisible());
        QVERIFY(!error->text().isEmpty());
        QVERIFY(d.service.findById(d.associate, id)->status == S::InProgress);
        QCOMPARE(d.t.count(QStringLiteral("complaint_event")), events);

        QTest::keyClicks(dialog->findChild<QPlainTextEdit *>(QStringLiteral("text")), QStringLiteral("Article echange"));
        QTest::mouseClick(ok, Qt::LeftButton);
        QVERIFY(!dialog->isVisible());
        QVERIFY(d.service.findById(d.associate, id)->status == S::Resolved);
        QCOMPARE(d.t.count(QStringLiteral("complaint_event")), events + 1);
        // The detail and the list follow: now Close/Reopen; the history has the step.
        QCOMPARE(visibleButtons(page.detail()),
                 (QStringList{QStringLiteral("close"), QStringLiteral("reopen"), QStringLiteral("assign")}));
        auto *history = page.detail()->findChild<QTreeWidget *>(QStringLiteral("history"));
        QCOMPARE(history->topLevelItemCount(), 3);
        QCOMPARE(history->topLevelItem(2)->text(1), QStringLiteral("Julien Bernard"));
    }

    void closingRecordsTheSatisfaction()
    {
        Desk d;
        const qint64 id = d.complaintIn(S::Resolved);
        AppContext context = d.context(d.manager);
        ComplaintDetail detail(context);
        detail.show();
        detail.showComplaint(id);
        QTest::mouseClick(detail.findChild<QPushButton *>(QStringLiteral("close")), Qt::LeftButton);
        auto *dialog = detail.findChild<ComplaintStepDialog *>();
        QVERIFY(dialog);
        auto *score = dialog->findChild<QComboBox *>(QStringLiteral("satisfaction"));
        score->setCurrentIndex(score->findData(5));
        QTest::keyClick(score, Qt::Key_Return); // Enter = the default button
        const Complaint closed = d.service.findById(d.manager, id).value();
        QVERIFY(closed.status == S::Closed);
        QCOMPARE(closed.satisfaction.value_or(0), 5);
        QVERIFY(visibleButtons(&detail).isEmpty());
        QCOMPARE(detail.findChild<QLabel *>(QStringLiteral("satisfaction"))->text(), QStringLiteral("5 / 5"));
    }

    void rejectingNeedsAReason()
    {
        Desk d;
        const qint64 id = d.complaintIn(S::Open);
        AppContext context = d.context(d.manager);
        ComplaintDetail detail(context);
        detail.show();
        detail.showComplaint(id);
        QTest::mouseClick(detail.findChild<QPushButton *>(QStringLiteral("reject")), Qt::LeftButton);
        auto *dialog = detail.findChild<ComplaintStepDialog *>();
        QTest::keyClicks(dialog->findChild<QPlainTextEdit *>(QStringLiteral("text")), QStringLiteral("   "));
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("ok")), Qt::LeftButton);
        QVERIFY(dialog->findChild<FieldError *>(QStringLiteral("reasonError"))->isVisible());
        QVERIFY(d.service.findById(d.manager, id)->status == S::Open);
    }

    void overdueComplaintsAreHighlightedAndFiltered()
    {
        Desk d;
        const qint64 late = d.open(kBilling, QStringLiteral("Double débit"));
        const qint64 onTime = d.open(kProductDefect, QStringLiteral("Couture"));
        const qint64 resolved = d.complaintIn(S::Resolved);
        d.t.clock().advanceSeconds(4 * 24 * 3600); // past the 3-day billing delay only

        AppContext context = d.context(d.associate);
        ComplaintsPage page(context);
        page.show();
        auto *model = page.model();
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model->rowCount(), 2); // "All open": not the resolved one
        for (int row = 0; row < model->rowCount(); ++row) {
            const bool overdue = model->rowAt(row)->id == late;
            const QVariant background = model->data(model->index(row, 4), Qt::BackgroundRole);
            QCOMPARE(background.isValid(), overdue);
            QCOMPARE(model->data(model->index(row, 0), Qt::FontRole).value<QFont>().bold(), overdue);
        }
        QVERIFY(model->rowAt(0)->id == onTime || model->rowAt(1)->id == onTime);

        auto *filter = page.findChild<QComboBox *>(QStringLiteral("statusFilter"));
        filter->setCurrentIndex(filter->findText(QStringLiteral("Overdue")));
        QCOMPARE(model->rowCount(), 1);
        QCOMPARE(model->rowAt(0)->id, late);
        filter->setCurrentIndex(filter->findText(statusLabel(S::Resolved)));
        QCOMPARE(model->rowCount(), 1);
        QCOMPARE(model->rowAt(0)->id, resolved);

        // Sorting goes through the database: by customer, then subject.
        page.setFilter({ComplaintFilter::Scope::All, S::Open});
        page.table()->sortByColumn(4, Qt::AscendingOrder);
        QCOMPARE(model->rowAt(0)->subject, QStringLiteral("Couture"));
        page.table()->sortByColumn(4, Qt::DescendingOrder);
        QCOMPARE(model->rowAt(0)->subject, QStringLiteral("Fermeture cassée"));

        // Selecting a row shows its detail.
        page.table()->selectRow(0);
        QCOMPARE(page.detail()->complaintId(), model->rowAt(0)->id);
    }

    void theListModelPassesTheModelTester()
    {
        Desk d;
        for (int i = 0; i < 230; ++i)
            d.open(i % 2 ? kBilling : kProductDefect, QStringLiteral("Réclamation %1").arg(i));
        d.t.clock().advanceSeconds(4 * 24 * 3600); // the billing ones are overdue
        AppContext context = d.context(d.associate);
        ComplaintsPage page(context);
        page.show();
        auto *model = page.model();
        QCOMPARE(model->rowCount(), 200); // a page
        // Attached, the tester asks for more at once (not during a reset: the model has no fetch then).
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        while (model->canFetchMore(QModelIndex()))
            model->fetchMore(QModelIndex());
        QCOMPARE(model->rowCount(), 230);
        page.table()->sortByColumn(4, Qt::AscendingOrder);
        QCOMPARE(model->rowCount(), 200);
        QCOMPARE(model->rowAt(0)->subject, QStringLiteral("Réclamation 0"));
        page.setFilter({ComplaintFilter::Scope::Overdue, S::Open});
        QCOMPARE(model->rowCount(), 115);
        page.setFilter({ComplaintFilter::Scope::Status, S::Closed});
        QCOMPARE(model->rowCount(), 0);
    }

    void exportThisListFollowsTheFilterAndTheRole()
    {
        Desk d;
        d.open(kBilling, QStringLiteral("Double débit"));
        AppContext context = d.context(d.associate);
        ComplaintsPage page(context);
        page.show();
        QVERIFY(page.findChild<QPushButton *>(QStringLiteral("exportList"))->isVisible());
        auto *filter = page.findChild<QComboBox *>(QStringLiteral("statusFilter"));
        filter->setCurrentIndex(filter->findText(QStringLiteral("Overdue")));
        ExportDialog *dialog = page.exportList();
        QVERIFY(dialog);
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("exportWhat"))->text().contains(QStringLiteral("Overdue")));
        dialog->reject();

        // Complaints name their customers: an intern (no customer.export) has no export.
        AppContext internContext = d.context(d.intern);
        ComplaintsPage internPage(internContext);
        internPage.show();
        QVERIFY(!internPage.findChild<QPushButton *>(QStringLiteral("exportList"))->isVisible());
        QVERIFY(!internPage.exportList());
    }

    void openingANewComplaint()
    {
        Desk d;
        AppContext context = d.context(d.intern);
        ComplaintsPage page(context);
        page.show();
        page.newComplaint();
        auto *dialog = page.findChild<NewComplaintDialog *>();
        QVERIFY(dialog);
        auto *create = dialog->findChild<QPushButton *>(QStringLiteral("create"));
        QTest::mouseClick(create, Qt::LeftButton);
        QVERIFY(dialog->findChild<FieldError *>(QStringLiteral("customer_idError"))->isVisible());
        dialog->setCustomer(d.anne, QStringLiteral("Anne Lefèvre"));
        QTest::mouseClick(create, Qt::LeftButton);
        QVERIFY(dialog->findChild<FieldError *>(QStringLiteral("category_idError"))->isVisible());
        auto *category = dialog->findChild<QComboBox *>(QStringLiteral("category"));
        category->setCurrentIndex(category->findData(kBilling));
        QTest::mouseClick(create, Qt::LeftButton);
        QVERIFY(dialog->findChild<FieldError *>(QStringLiteral("subjectError"))->isVisible());
        QCOMPARE(d.t.count(QStringLiteral("complaint")), qint64(0));
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("subject")), QStringLiteral("Ticket illisible"));
        QTest::mouseClick(create, Qt::LeftButton);
        QCOMPARE(d.t.count(QStringLiteral("complaint")), qint64(1));
        QVERIFY(!dialog->isVisible());
        QVERIFY(page.detail()->complaintId() > 0);
        QCOMPARE(page.detail()->complaint().subject, QStringLiteral("Ticket illisible"));
        QCOMPARE(page.model()->rowCount(), 1);
    }

    void screenshots()
    {
        Desk d;
        struct Item {
            const char *first;
            const char *last;
            qint64 category;
            const char *subject;
            S status;
            int daysAgo;
        };
        const QList<Item> items{
            {"Karim", "Benali", kBilling, "Montant débité deux fois", S::Open, 6},
            {"Sophie", "Garnier", kProductDefect, "Couture défaite après un lavage", S::InProgress, 9},
            {"Paul", "Roux", 4, "Accueil jugé désagréable", S::Open, 1},
            {"Inès", "Moreau", 2, "Livraison arrivée incomplète", S::InProgress, 2},
            {"Lucas", "Fontaine", kProductDefect, "Fermeture éclair cassée", S::Resolved, 12},
            {"Emma", "Chevalier", kBilling, "Remise fidélité non appliquée", S::Closed, 20},
            {"Hugo", "Lambert", 5, "Demande de geste commercial", S::Rejected, 15},
        };
        const QDateTime now = d.t.clock().nowUtc();
        qint64 shown = 0;
        for (const Item &item : items) {
            d.t.clock().set(now.addDays(-item.daysAgo));
            ComplaintInput in;
            in.customerId = d.customer(QString::fromUtf8(item.first), QString::fromUtf8(item.last));
            in.categoryId = item.category;
            in.subject = QString::fromUtf8(item.subject);
            in.description = QStringLiteral("Signalé en magasin par le client.");
            in.assignedTo = item.status == S::Open ? 0 : d.associate.userId;
            const qint64 id = d.service.open(d.associate, in).value();
            d.t.clock().advanceSeconds(3600);
            if (item.status != S::Open && item.status != S::Rejected)
                QVERIFY(d.service.startProgress(d.associate, id).ok());
            if (item.status == S::Resolved || item.status == S::Closed)
                QVERIFY(d.service.resolve(d.associate, id, QStringLiteral("Article échangé en magasin.")).ok());
            if (item.status == S::Closed)
                QVERIFY(d.service.close(d.manager, id, 4).ok());
            if (item.status == S::Rejected)
                QVERIFY(d.service.reject(d.manager, id, QStringLiteral("Hors conditions de garantie.")).ok());
            if (item.status == S::InProgress && !shown)
                shown = id;
        }
        QSettings().remove(QStringLiteral("columns")); // the default widths, not an earlier test's
        d.t.clock().set(now);
        MainWindow window(d.services(), d.associate);
        registerAreas(window);
        window.resize(1280, 800);
        window.show();
        QVERIFY(window.showArea(QStringLiteral("complaints")));
        auto *page = qobject_cast<ComplaintsPage *>(window.currentPage());
        QVERIFY(page);
        page->setFilter({ComplaintFilter::Scope::All, S::Open});
        page->openItem(shown);
        test::saveScreenshot(&window, QStringLiteral("complaints"));
        QTest::mouseClick(page->detail()->findChild<QPushButton *>(QStringLiteral("resolve")), Qt::LeftButton);
        auto *dialog = page->findChild<ComplaintStepDialog *>();
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("ok")), Qt::LeftButton);
        test::saveScreenshot(dialog, QStringLiteral("complaint-resolve-empty"));
    }
};

QTEST_MAIN(ComplaintsTest)
#include "ComplaintsTest.moc"
