// The customer's 360° page: identity, consents, and the timeline fed from its quick actions.
#include "TestDatabase.h"
#include "TestSettings.h"

#include "customers/ConsentPanel.h"
#include "customers/CustomerPage.h"
#include "customers/TimelineModel.h"
#include "services/CustomerService.h"
#include "services/InteractionService.h"
#include "services/TimelineService.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDialog>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSqlQuery>
#include <QTimer>
#include <QtTest>

#include <functional>

using namespace comptoir;
using namespace comptoir::ui;

namespace {

/** Types `text` key by key (QTest::keyClicks only takes ASCII). */
void typeText(QWidget *widget, const QString &text)
{
    for (QChar c : text)
        QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
}

/**
 * A real double click: press, release, double-click press, release (QTest::mouseDClick
 * alone sends only the double-click press to a widget).
 */
void doubleClick(QWidget *widget)
{
    QTest::mouseClick(widget, Qt::LeftButton);
    QTest::mouseDClick(widget, Qt::LeftButton);
    QTest::mouseRelease(widget, Qt::LeftButton);
}

template <typename T>
T *child(QWidget *parent, const char *name)
{
    T *w = parent->findChild<T *>(QString::fromLatin1(name));
    if (!w)
        qFatal("no child %s", name);
    return w;
}

void onNextDialog(std::function<void(QDialog *)> step)
{
    QTimer::singleShot(0, qApp, [step]() {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            qFatal("no modal dialog is open");
        step(dialog);
        if (dialog->isVisible()) { // a failed step must not leave exec() waiting forever
            qWarning("the dialog was left open");
            dialog->reject();
        }
    });
}

struct Store {
    test::TestDatabase t;
    Session associate = t.associate();
    AppContext ctx{&t.services(), associate};
    qint64 customer = 0;

    Store()
    {
        CustomerInput in;
        in.firstName = QStringLiteral("Hélène");
        in.lastName = QStringLiteral("Dupont");
        in.email = QStringLiteral("helene@example.fr");
        in.phone = QStringLiteral("0612345678");
        in.loyaltyCard = QStringLiteral("CARD-0042");
        in.notes = QStringLiteral("<b>not bold</b>");
        customer = CustomerService(t.db(), t.clock()).create(associate, in).value();
    }
};

} // namespace

class CustomerPageTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        test::isolateSettings();
    }

    void showsTheIdentityAsPlainText()
    {
        Store s;
        CustomerPage page(s.ctx);
        QVERIFY(page.setCustomer(s.customer));
        QCOMPARE(child<QLabel>(&page, "customerName")->text(), QStringLiteral("Hélène Dupont"));
        QCOMPARE(child<QLabel>(&page, "identity_phone")->text(), QStringLiteral("06 12 34 56 78"));
        QCOMPARE(child<QLabel>(&page, "loyaltyCard")->text(), QStringLiteral("CARD-0042"));
        auto *notes = child<QLabel>(&page, "identity_notes");
        QCOMPARE(notes->textFormat(), Qt::PlainText);
        QCOMPARE(notes->text(), QStringLiteral("<b>not bold</b>"));
        QVERIFY(!page.setCustomer(s.customer + 100));
    }

    void theTimelineShowsAnInteractionLoggedFromThePage()
    {
        Store s;
        CustomerPage page(s.ctx);
        page.show();
        QVERIFY(page.setCustomer(s.customer));
        QCOMPARE(page.timeline()->rowCount(), 0);

        bool sawNoteError = false;
        onNextDialog([&sawNoteError](QDialog *dialog) {
            auto *kind = child<QComboBox>(dialog, "kind");
            kind->setCurrentIndex(kind->findData(QStringLiteral("note")));
            auto *save = child<QPushButton>(dialog, "save");
            QTest::mouseClick(save, Qt::LeftButton); // a note without text is refused inline
            sawNoteError = child<QLabel>(dialog, "noteError")->isVisible();
            typeText(child<QPlainTextEdit>(dialog, "note"), QStringLiteral("Prefers to be called after 6 pm"));
            doubleClick(save);
        });
        QTest::mouseClick(child<QPushButton>(&page, "logInteraction"), Qt::LeftButton);

        QVERIFY(sawNoteError);
        QCOMPARE(s.t.count(QStringLiteral("interaction")), 1);
        QCOMPARE(page.timeline()->rowCount(), 1);
        const QModelIndex description = page.timeline()->index(0, TimelineModel::DescriptionColumn);
        QCOMPARE(description.data().toString(), QStringLiteral("Prefers to be called after 6 pm"));
        QVERIFY(page.timeline()->index(0, TimelineModel::TypeColumn).data().toString().startsWith(QStringLiteral("Note")));
    }

    void theTimelineModelPassesTheModelTester()
    {
        Store s;
        InteractionService log(s.t.db(), s.t.clock());
        for (int i = 0; i < 250; ++i) {
            s.t.clock().advanceSeconds(60);
            mustSucceed(log.log(s.associate, s.customer, QStringLiteral("phone"), QStringLiteral("call"),
                                QStringLiteral("call %1").arg(i)));
        }
        TimelineModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        TimelineService *timeline = &s.t.services().timeline();
        const Session session = s.associate;
        const qint64 id = s.customer;
        model.setFetch([timeline, session, id](int offset, int limit, int, Qt::SortOrder) {
            return timeline->page(session, id, offset, limit);
        });
        QCOMPARE(model.rowCount(), 100);
        QCOMPARE(model.index(0, TimelineModel::DescriptionColumn).data().toString(), QStringLiteral("call 249"));
        while (model.canFetchMore(QModelIndex()))
            model.fetchMore(QModelIndex());
        QCOMPARE(model.rowCount(), 250);
        QCOMPARE(model.index(249, TimelineModel::DescriptionColumn).data().toString(), QStringLiteral("call 0"));
        QCOMPARE(model.index(0, TimelineModel::TypeColumn).data().toString(), QStringLiteral("Call · Phone"));
        QVERIFY(model.index(0, TimelineModel::AmountColumn).data().isNull());
    }

    void quickActionsAddAnAppointmentAndAComplaint()
    {
        Store s;
        CustomerPage page(s.ctx);
        page.show();
        QVERIFY(page.setCustomer(s.customer));
        onNextDialog([](QDialog *dialog) {
            typeText(child<QLineEdit>(dialog, "subject"), QStringLiteral("Essayage robe"));
            QTest::mouseClick(child<QPushButton>(dialog, "save"), Qt::LeftButton);
        });
        QTest::mouseClick(child<QPushButton>(&page, "newAppointment"), Qt::LeftButton);
        onNextDialog([](QDialog *dialog) {
            typeText(child<QLineEdit>(dialog, "subject"), QStringLiteral("Fermeture cassée"));
            QTest::mouseClick(child<QPushButton>(dialog, "save"), Qt::LeftButton);
        });
        QTest::mouseClick(child<QPushButton>(&page, "newComplaint"), Qt::LeftButton);

        QCOMPARE(s.t.count(QStringLiteral("appointment")), 1);
        QCOMPARE(s.t.count(QStringLiteral("complaint")), 1);
        // The appointment (next hour) comes first; its automatic interaction is not repeated.
        QCOMPARE(page.timeline()->rowCount(), 2);
        QCOMPARE(page.timeline()->rowAt(0)->kind, TimelineEntry::Kind::Appointment);
        QCOMPARE(page.timeline()->rowAt(1)->kind, TimelineEntry::Kind::Complaint);
        QVERIFY(page.timeline()->index(0, TimelineModel::DescriptionColumn).data().toString().contains(
            QStringLiteral("Essayage robe")));
    }

    void consentsAreRecordedPerChannel()
    {
        Store s;
        CustomerPage page(s.ctx);
        page.show();
        QVERIFY(page.setCustomer(s.customer));
        ConsentPanel *consents = page.consents();
        QCOMPARE(consents->stateText(QStringLiteral("email")), QStringLiteral("Not asked"));
        QTest::mouseClick(child<QAbstractButton>(consents, "optIn_email"), Qt::LeftButton);
        QVERIFY(consents->stateText(QStringLiteral("email")).startsWith(QStringLiteral("Yes, since")));
        QVERIFY(consents->stateText(QStringLiteral("email")).contains(QStringLiteral("store form")));
        auto *source = child<QComboBox>(consents, "consentSource");
        source->setCurrentIndex(source->findData(QStringLiteral("customer_request")));
        QTest::mouseClick(child<QAbstractButton>(consents, "optOut_email"), Qt::LeftButton);
        QVERIFY(consents->stateText(QStringLiteral("email")).startsWith(QStringLiteral("No, since")));
        QVERIFY(consents->stateText(QStringLiteral("email")).contains(QStringLiteral("customer's request")));
        QCOMPARE(consents->stateText(QStringLiteral("sms")), QStringLiteral("Not asked"));
        QCOMPARE(s.t.count(QStringLiteral("consent")), 2);

        // An intern may record; a read-only role would see no buttons (none exists among
        // the customer roles, so check the panel hides them when told to).
        consents->setCustomer(s.customer, false);
        QVERIFY(child<QAbstractButton>(consents, "optIn_sms")->isHidden());
    }

    void aMergedRecordPointsToTheOneKept()
    {
        Store s;
        CustomerInput other;
        other.firstName = QStringLiteral("Helene");
        other.lastName = QStringLiteral("Dupont");
        const qint64 duplicate = CustomerService(s.t.db(), s.t.clock()).create(s.associate, other).value();
        mustSucceed(InteractionService(s.t.db(), s.t.clock())
                           .log(s.associate, duplicate, QStringLiteral("store"), QStringLiteral("visit"), QString()));
        QVERIFY(CustomerService(s.t.db(), s.t.clock()).merge(s.t.manager(), s.customer, duplicate).ok());

        CustomerPage page(s.ctx);
        page.show();
        QVERIFY(page.setCustomer(duplicate));
        QVERIFY(child<QLabel>(&page, "mergedBanner")->isVisible());
        QSignalSpy open(&page, &CustomerPage::openCustomerRequested);
        QTest::mouseClick(child<QPushButton>(&page, "openKept"), Qt::LeftButton);
        QCOMPARE(open.size(), 1);
        QCOMPARE(open.at(0).at(0).toLongLong(), s.customer);

        QVERIFY(page.setCustomer(s.customer));
        QVERIFY(!child<QLabel>(&page, "mergedBanner")->isVisible());
        QCOMPARE(page.timeline()->rowCount(), 1); // the visit moved with the merge
    }

private:
    static void mustSucceed(const Result<qint64> &r)
    {
        if (!r)
            qFatal("%s", qPrintable(r.error().toString()));
    }
};

QTEST_MAIN(CustomerPageTest)
#include "CustomerPageTest.moc"
