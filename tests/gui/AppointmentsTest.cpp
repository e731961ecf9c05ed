// The agenda: booking from the dialog, overlap refused inline, actions per status, week view.
#include "OpsFixture.h"

#include "appointments/AgendaView.h"
#include "appointments/AppointmentDialog.h"
#include "appointments/AppointmentsPage.h"
#include "appointments/RescheduleDialog.h"
#include "services/AppointmentService.h"
#include "shell/Areas.h"
#include "shell/MainWindow.h"
#include "widgets/AskUser.h"
#include "widgets/CustomerPicker.h"
#include "widgets/FieldError.h"

#include <QComboBox>
#include <QContextMenuEvent>
#include <QDateEdit>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPointer>
#include <QPushButton>
#include <QTimeEdit>

using namespace comptoir;
using namespace comptoir::ui;

namespace {

void choose(QComboBox *combo, qint64 id)
{
    const int index = combo->findData(id);
    QVERIFY(index >= 0);
    combo->setCurrentIndex(index);
}

} // namespace

class AppointmentsTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::isolateSettings(); }
    void cleanup() { AskUser::preAnswer(std::nullopt); }

    void bookingFromTheDialogShowsInTheDayView()
    {
        test::OpsFixture f;
        const qint64 anne = f.customer(QStringLiteral("Anne"), QStringLiteral("Lefèvre"));
        AppContext context = f.context(f.associate);
        AppointmentsPage page(context);
        page.show();
        QVERIFY(page.agenda()->blocks().isEmpty());

        page.newAppointment();
        auto *dialog = page.findChild<AppointmentDialog *>();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        // The customer is found by typing part of the name, then Enter.
        auto *search = dialog->findChild<QLineEdit *>(QStringLiteral("customerSearch"));
        QTest::keyClicks(search, QStringLiteral("lefe"));
        dialog->findChild<CustomerPicker *>()->searchNow();
        QTest::keyClick(search, Qt::Key_Return);
        QCOMPARE(dialog->findChild<CustomerPicker *>()->customerId(), anne);
        QVERIFY(dialog->isVisible()); // Enter picked the customer, it did not submit
        choose(dialog->findChild<QComboBox *>(QStringLiteral("staff")), f.associate.userId);
        dialog->findChild<QDateEdit *>(QStringLiteral("date"))->setDate(f.today());
        dialog->findChild<QTimeEdit *>(QStringLiteral("start"))->setTime(QTime(14, 0));
        choose(dialog->findChild<QComboBox *>(QStringLiteral("duration")), 45);
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("subject")), QStringLiteral("Retouche veste"));

        // Two quick clicks on Create record one appointment.
        QPointer<QPushButton> create = dialog->findChild<QPushButton *>(QStringLiteral("create"));
        QTest::mouseClick(create, Qt::LeftButton);
        if (create)
            QTest::mouseClick(create, Qt::LeftButton);
        QCOMPARE(f.t.count(QStringLiteral("appointment")), qint64(1));
        QVERIFY(!dialog->isVisible());

        QCOMPARE(page.date(), f.today());
        const QList<AgendaBlock> blocks = page.agenda()->blocks();
        QCOMPARE(blocks.size(), 1);
        QCOMPARE(blocks.first().customerName, QStringLiteral("Anne Lefèvre"));
        QCOMPARE(blocks.first().appointment.subject, QStringLiteral("Retouche veste"));
        QCOMPARE(blocks.first().appointment.start.toLocalTime().time(), QTime(14, 0));
        QCOMPARE(blocks.first().appointment.end.toLocalTime().time(), QTime(14, 45));
        const qint64 id = blocks.first().appointment.id;
        QCOMPARE(page.agenda()->selectedId(), id);
        QVERIFY(!page.agenda()->blockRect(id).isEmpty());
        // In the day view, the block is in its staff member's column.
        const int column = page.agenda()->columnOf(id);
        QVERIFY(column >= 0);
        QCOMPARE(page.agenda()->columns().at(column).staffId, f.associate.userId);
        QCOMPARE(page.agenda()->columns().at(column).title, QStringLiteral("Julien Bernard"));
    }

    void anOverlapIsRefusedInlineAndNothingIsWritten()
    {
        test::OpsFixture f;
        AppointmentService service(f.t.db(), f.t.clock());
        AppointmentInput booked;
        booked.staffId = f.associate.userId;
        booked.start = f.at(f.today(), 10);
        booked.end = f.at(f.today(), 11);
        booked.subject = QStringLiteral("Essayage");
        QVERIFY(service.create(f.associate, booked).ok());

        AppContext context = f.context(f.associate);
        AppointmentsPage page(context);
        page.show();
        page.newAppointment(f.today(), QTime(10, 30), f.associate.userId);
        auto *dialog = page.findChild<AppointmentDialog *>();
        QVERIFY(dialog);
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("subject")), QStringLiteral("Conseil"));
        const qint64 audits = f.t.count(QStringLiteral("audit_log"));
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("create")), Qt::LeftButton);

        QVERIFY(dialog->isVisible());
        auto *error = dialog->findChild<FieldError *>(QStringLiteral("starts_atError"));
        QVERIFY(error);
        QVERIFY(error->isVisible());
        QVERIFY2(error->text().contains(QStringLiteral("Essayage")), qPrintable(error->text()));
        QVERIFY(test::focusIsIn(dialog, dialog->findChild<QTimeEdit *>(QStringLiteral("start"))));
        QVERIFY(dialog->findChild<QPushButton *>(QStringLiteral("create"))->isEnabled());
        QCOMPARE(f.t.count(QStringLiteral("appointment")), qint64(1));
        QCOMPARE(f.t.count(QStringLiteral("audit_log")), audits);

        // Moved after the booked one, it is accepted.
        dialog->findChild<QTimeEdit *>(QStringLiteral("start"))->setTime(QTime(11, 0));
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("create")), Qt::LeftButton);
        QCOMPARE(f.t.count(QStringLiteral("appointment")), qint64(2));
    }

    void aMissingSubjectIsShownUnderItsField()
    {
        test::OpsFixture f;
        AppContext context = f.context(f.intern);
        AppointmentsPage page(context);
        page.show();
        page.newAppointment(f.today(), QTime(15, 0), f.intern.userId);
        auto *dialog = page.findChild<AppointmentDialog *>();
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("create")), Qt::LeftButton);
        QVERIFY(dialog->isVisible());
        QVERIFY(dialog->findChild<FieldError *>(QStringLiteral("subjectError"))->isVisible());
        QVERIFY(test::focusIsIn(dialog, dialog->findChild<QLineEdit *>(QStringLiteral("subject"))));
        QCOMPARE(f.t.count(QStringLiteral("appointment")), qint64(0));
    }

    void onlyTheActionsOfAPlannedAppointmentAreEnabled()
    {
        test::OpsFixture f;
        AppointmentService service(f.t.db(), f.t.clock());
        AppointmentInput in;
        in.staffId = f.associate.userId;
        in.subject = QStringLiteral("Premier");
        in.start = f.at(f.today(), 9);
        in.end = f.at(f.today(), 9, 30);
        const qint64 done = service.create(f.associate, in).value();
        QVERIFY(service.markDone(f.associate, done).ok());
        in.subject = QStringLiteral("Second");
        in.start = f.at(f.today(), 16);
        in.end = f.at(f.today(), 17);
        const qint64 planned = service.create(f.associate, in).value();

        AppContext context = f.context(f.associate);
        AppointmentsPage page(context);
        page.show();
        auto *move = page.findChild<QPushButton *>(QStringLiteral("move"));
        auto *markDone = page.findChild<QPushButton *>(QStringLiteral("markDone"));
        auto *noShow = page.findChild<QPushButton *>(QStringLiteral("markNoShow"));
        auto *cancel = page.findChild<QPushButton *>(QStringLiteral("cancelAppointment"));
        const QList<QPushButton *> actions{move, markDone, noShow, cancel};

        page.agenda()->setSelectedId(done);
        for (QPushButton *b : actions)
            QVERIFY2(!b->isEnabled(), qPrintable(b->objectName()));
        page.agenda()->setSelectedId(planned);
        for (QPushButton *b : actions)
            QVERIFY2(b->isEnabled(), qPrintable(b->objectName()));

        // The context menu (menu key) offers the same actions, enabled the same way.
        page.agenda()->setSelectedId(done);
        QContextMenuEvent menuKey(QContextMenuEvent::Keyboard, QPoint(1, 1), page.agenda()->mapToGlobal(QPoint(1, 1)));
        QApplication::sendEvent(page.agenda(), &menuKey);
        auto *menu = page.findChild<QMenu *>(QStringLiteral("appointmentMenu"));
        QVERIFY(menu);
        QCOMPARE(menu->actions().size(), 4);
        for (QAction *action : menu->actions())
            QVERIFY2(!action->isEnabled(), qPrintable(action->text()));
        menu->close();
        delete menu;

        // A click on the block selects it; the keyboard moves between blocks.
        page.agenda()->setSelectedId(0);
        QTest::mouseClick(page.agenda(), Qt::LeftButton, {}, page.agenda()->blockRect(done).center());
        QCOMPARE(page.agenda()->selectedId(), done);
        QTest::keyClick(page.agenda(), Qt::Key_Down);
        QCOMPARE(page.agenda()->selectedId(), planned);

        // Cancelling (confirmed) frees the slot and disables every action.
        AskUser::preAnswer(true);
        QTest::mouseClick(cancel, Qt::LeftButton);
        QVERIFY(service.findById(f.associate, planned)->status == AppointmentStatus::Cancelled);
        QCOMPARE(page.agenda()->selectedId(), planned);
        for (QPushButton *b : actions)
            QVERIFY(!b->isEnabled());
    }

    void movingAnAppointment()
    {
        test::OpsFixture f;
        AppointmentService service(f.t.db(), f.t.clock());
        AppointmentInput in;
        in.staffId = f.associate.userId;
        in.subject = QStringLiteral("A déplacer");
        in.start = f.at(f.today(), 11);
        in.end = f.at(f.today(), 11, 30);
        const qint64 id = service.create(f.associate, in).value();
        in.subject = QStringLiteral("Occupé");
        in.start = f.at(f.today(), 15);
        in.end = f.at(f.today(), 16);
        QVERIFY(service.create(f.associate, in).ok());

        AppContext context = f.context(f.associate);
        AppointmentsPage page(context);
        page.show();
        page.agenda()->setSelectedId(id);
        QTest::keyClick(page.agenda(), Qt::Key_Return); // Enter on a planned block: move it
        auto *dialog = page.findChild<RescheduleDialog *>();
        QVERIFY(dialog);
        dialog->findChild<QTimeEdit *>(QStringLiteral("start"))->setTime(QTime(15, 30));
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("save")), Qt::LeftButton);
        QVERIFY(dialog->isVisible());
        QVERIFY(dialog->findChild<FieldError *>(QStringLiteral("starts_atError"))->isVisible());
        QCOMPARE(service.findById(f.associate, id)->start.toLocalTime().time(), QTime(11, 0));

        dialog->findChild<QTimeEdit *>(QStringLiteral("start"))->setTime(QTime(17, 0));
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("save")), Qt::LeftButton);
        QCOMPARE(service.findById(f.associate, id)->start.toLocalTime().time(), QTime(17, 0));
        QCOMPARE(service.findById(f.associate, id)->end.toLocalTime().time(), QTime(17, 30));
    }

    void theWeekViewHasOneColumnPerDay()
    {
        test::OpsFixture f;
        AppointmentService service(f.t.db(), f.t.clock());
        const QDate monday = f.today().addDays(1 - f.today().dayOfWeek());
        AppointmentInput in;
        in.staffId = f.intern.userId;
        in.subject = QStringLiteral("Jeudi");
        in.start = f.at(monday.addDays(3), 10);
        in.end = f.at(monday.addDays(3), 10, 30);
        const qint64 thursday = service.create(f.intern, in).value();

        AppContext context = f.context(f.associate);
        AppointmentsPage page(context);
        page.show();
        page.setWeekView(true);
        QCOMPARE(page.agenda()->columns().size(), 7);
        QCOMPARE(page.agenda()->columns().first().date, monday);
        QCOMPARE(page.agenda()->columnOf(thursday), 3);
        QCOMPARE(page.agenda()->block(thursday)->staffName, QStringLiteral("Léa Petit"));

        // One staff member only: the intern's appointment disappears for the associate.
        page.setStaffFilter(f.associate.userId);
        QVERIFY(page.agenda()->blocks().isEmpty());
        page.setStaffFilter(0);
        QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("next")), Qt::LeftButton);
        QCOMPARE(page.agenda()->columns().first().date, monday.addDays(7));
        QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("today")), Qt::LeftButton);
        QCOMPARE(page.agenda()->columnOf(thursday), 3);
    }

    void withoutWriteRightsNoActionIsOffered()
    {
        test::OpsFixture f;
        Session readOnly = f.associate;
        readOnly.permissions.remove(QStringLiteral("appointment.write"));
        AppContext context = f.context(readOnly);
        AppointmentsPage page(context);
        page.show();
        for (const char *name : {"newAppointment", "move", "markDone", "markNoShow", "cancelAppointment"})
            QVERIFY2(!page.findChild<QPushButton *>(QString::fromLatin1(name))->isVisible(), name);
        page.newAppointment();
        QVERIFY(!page.findChild<AppointmentDialog *>());
    }

    void screenshots()
    {
        test::OpsFixture f;
        AppointmentService service(f.t.db(), f.t.clock());
        const QDate day = f.today();
        struct Booking {
            const Session *who;
            int dayOffset;
            int hour, minute, minutes;
            const char *first;
            const char *last;
            const char *subject;
            AppointmentStatus status;
        };
        const QList<Booking> bookings{
            {&f.associate, 0, 9, 30, 30, "Anne", "Lefèvre", "Retouche veste", AppointmentStatus::Done},
            {&f.associate, 0, 10, 30, 60, "Karim", "Benali", "Conseil costume mariage", AppointmentStatus::Planned},
            {&f.associate, 0, 14, 0, 45, "Sophie", "Garnier", "Essayage robe", AppointmentStatus::Planned},
            {&f.manager, 0, 9, 0, 30, "Paul", "Roux", "Réclamation fermeture", AppointmentStatus::NoShow},
            {&f.manager, 0, 11, 0, 90, "Inès", "Moreau", "Commande spéciale", AppointmentStatus::Planned},
            {&f.intern, 0, 16, 0, 30, "Lucas", "Fontaine", "Retrait commande", AppointmentStatus::Cancelled},
            {&f.intern, 0, 16, 30, 60, "Emma", "Chevalier", "Conseil couleur", AppointmentStatus::Planned},
            {&f.associate, -1, 10, 0, 60, "Hugo", "Lambert", "Ajustement ourlet", AppointmentStatus::Done},
            {&f.manager, 1, 15, 0, 60, "Chloé", "Faure", "Rendez-vous fournisseur", AppointmentStatus::Planned},
            {&f.intern, 2, 9, 30, 30, "Nathan", "Girard", "Retrait retouche", AppointmentStatus::Planned},
            {&f.associate, 2, 9, 30, 60, "Camille", "Blanc", "Essayage", AppointmentStatus::Planned},
            {&f.associate, 3, 17, 0, 30, "Jade", "Rousseau", "Carte fidélité", AppointmentStatus::Planned},
        };
        for (const Booking &b : bookings) {
            AppointmentInput in;
            in.customerId = f.customer(QString::fromUtf8(b.first), QString::fromUtf8(b.last));
            in.staffId = b.who->userId;
            in.start = f.at(day.addDays(b.dayOffset), b.hour, b.minute);
            in.end = in.start.addSecs(b.minutes * 60);
            in.subject = QString::fromUtf8(b.subject);
            const qint64 id = service.create(f.manager, in).value();
            if (b.status == AppointmentStatus::Done)
                QVERIFY(service.markDone(f.manager, id).ok());
            else if (b.status == AppointmentStatus::NoShow)
                QVERIFY(service.markNoShow(f.manager, id).ok());
            else if (b.status == AppointmentStatus::Cancelled)
                QVERIFY(service.cancel(f.manager, id).ok());
        }
        MainWindow window(f.services(), f.associate);
        registerAreas(window);
        window.resize(1280, 800);
        window.show();
        QVERIFY(window.showArea(QStringLiteral("appointments")));
        auto *page = qobject_cast<AppointmentsPage *>(window.currentPage());
        QVERIFY(page);
        page->agenda()->setSelectedId(page->agenda()->blocks().at(2).appointment.id);
        test::saveScreenshot(&window, QStringLiteral("appointments-day"));
        page->setWeekView(true);
        test::saveScreenshot(&window, QStringLiteral("appointments-week"));
        page->setWeekView(false);
        page->newAppointment(day, QTime(11, 0), f.associate.userId);
        auto *dialog = page->findChild<AppointmentDialog *>();
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("subject")), QStringLiteral("Conseil"));
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("create")), Qt::LeftButton);
        test::saveScreenshot(dialog, QStringLiteral("appointment-dialog-overlap"));
    }
};

QTEST_MAIN(AppointmentsTest)
#include "AppointmentsTest.moc"
