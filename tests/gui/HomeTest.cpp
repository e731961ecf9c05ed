// The home page: today's appointments, overdue complaints and stock alerts, by role.
#include "OpsFixture.h"

#include "appointments/AgendaView.h"
#include "appointments/AppointmentsPage.h"
#include "complaints/ComplaintDetail.h"
#include "complaints/ComplaintsPage.h"
#include "home/HomePage.h"
#include "services/AppointmentService.h"
#include "services/ComplaintService.h"
#include "shell/Areas.h"
#include "shell/MainWindow.h"
#include "stock/StockPage.h"
#include "storage/RoleRepository.h"

#include <QElapsedTimer>

#include <QLabel>
#include <QListWidget>

using namespace comptoir;
using namespace comptoir::ui;

namespace {

QStringList texts(QListWidget *list)
{
    QStringList out;
    for (int i = 0; i < list->count(); ++i)
        out << list->item(i)->text();
    return out;
}

struct Store : test::OpsFixture {
    AppointmentService appointments{t.db(), t.clock()};
    qint64 anne = customer(QStringLiteral("Anne"), QStringLiteral("Lefèvre"));

    qint64 book(const Session &staff, const QDate &day, int hour, const QString &subject)
    {
        AppointmentInput in;
        in.customerId = anne;
        in.staffId = staff.userId;
        in.start = at(day, hour);
        in.end = at(day, hour, 30);
        in.subject = subject;
        auto id = appointments.create(manager, in);
        return id ? *id : 0;
    }
};

} // namespace

class HomeTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::isolateSettings(); }

    void listsTodaysAppointmentsOfTheSignedInUser()
    {
        Store s;
        const qint64 mine = s.book(s.associate, s.today(), 14, QStringLiteral("Retouche veste"));
        s.book(s.intern, s.today(), 15, QStringLiteral("Essayage"));
        s.book(s.associate, s.today().addDays(1), 9, QStringLiteral("Demain"));
        AppContext context = s.context(s.associate);
        HomePage home(context);
        home.show();
        QVERIFY(home.appointments());
        const QStringList shown = texts(home.appointments());
        QCOMPARE(shown.size(), 1);
        QVERIFY2(shown.first().contains(QStringLiteral("Anne Lefèvre")), qPrintable(shown.first()));
        QVERIFY(shown.first().contains(QStringLiteral("Retouche veste")));
        QVERIFY(shown.first().contains(QStringLiteral("14:00")));
        QCOMPARE(home.appointments()->item(0)->data(Qt::UserRole + 1).toLongLong(), mine);

        // Someone with nothing booked today sees everyone's day, with the staff names.
        AppContext managerContext = s.context(s.manager);
        HomePage managerHome(managerContext);
        const QStringList all = texts(managerHome.appointments());
        QCOMPARE(all.size(), 2);
        QVERIFY(all.at(1).contains(QStringLiteral("Léa Petit")));
    }

    void clickingAnItemOpensItInItsArea()
    {
        Store s;
        ComplaintService complaints(s.t.db(), s.t.clock());
        ComplaintInput in;
        in.customerId = s.anne;
        in.categoryId = 3; // billing: 3 days
        in.subject = QStringLiteral("Double débit");
        const qint64 complaint = complaints.open(s.associate, in).value();
        const qint64 candle = s.product(QStringLiteral("BOU-01"), QStringLiteral("Bougie"), 1900, 5, 2);
        s.t.clock().advanceSeconds(4 * 24 * 3600);
        const qint64 later = s.book(s.associate, s.today(), 11, QStringLiteral("Retour"));

        MainWindow window(s.services(), s.associate);
        registerAreas(window);
        window.show();
        QVERIFY(window.showArea(QStringLiteral("home")));
        auto *home = qobject_cast<HomePage *>(window.currentPage());
        QVERIFY(home);
        QCOMPARE(home->complaints()->count(), 1);
        QVERIFY(home->complaints()->item(0)->text().contains(QStringLiteral("Double débit")));
        QCOMPARE(home->stockAlerts()->count(), 1);
        QVERIFY(home->stockAlerts()->item(0)->text().contains(QStringLiteral("BOU-01")));

        auto click = [](QListWidget *list, int row) {
            QListWidgetItem *item = list->item(row);
            QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(item).center());
        };
        click(home->appointments(), 0);
        auto *agenda = qobject_cast<AppointmentsPage *>(window.currentPage());
        QVERIFY(agenda);
        QCOMPARE(agenda->agenda()->selectedId(), later);

        QVERIFY(window.showArea(QStringLiteral("home")));
        click(home->complaints(), 0);
        auto *desk = qobject_cast<ComplaintsPage *>(window.currentPage());
        QVERIFY(desk);
        QCOMPARE(desk->detail()->complaintId(), complaint);

        QVERIFY(window.showArea(QStringLiteral("home")));
        click(home->stockAlerts(), 0);
        auto *stock = qobject_cast<StockPage *>(window.currentPage());
        QVERIFY(stock);
        QVERIFY(stock->selectedProduct());
        QCOMPARE(stock->selectedProduct()->id, candle);
    }

    void aTechnicianSeesOnlyTheStoreAndItsCounts()
    {
        Store s;
        s.book(s.associate, s.today(), 14, QStringLiteral("Retouche"));
        AppContext context = s.context(s.technician);
        HomePage home(context);
        home.show();
        QCOMPARE(home.findChild<QLabel *>(QStringLiteral("storeName"))->text(), QStringLiteral("Magasin test"));
        QVERIFY(!home.appointments());
        QVERIFY(!home.complaints());
        QVERIFY(!home.stockAlerts());
        QVERIFY(!home.findChild<QListWidget *>());
    }

    void emptySectionsSaySo()
    {
        Store s;
        AppContext context = s.context(s.intern);
        HomePage home(context);
        home.show();
        QCOMPARE(home.appointments()->count(), 1);
        QCOMPARE(home.appointments()->item(0)->flags(), Qt::NoItemFlags);
        QCOMPARE(home.complaints()->item(0)->flags(), Qt::NoItemFlags);
        QCOMPARE(home.stockAlerts()->item(0)->flags(), Qt::NoItemFlags);
    }

    /** Timings on a demo store (COMPTOIR_DEMO_DB=path, made by `comptoir-cli demo`); skipped otherwise. */
    void demoStoreTimings()
    {
        const QString path = qEnvironmentVariable("COMPTOIR_DEMO_DB");
        if (path.isEmpty())
            QSKIP("set COMPTOIR_DEMO_DB to a demo store to measure");
        auto opened = Database::open(path, Database::Mode::OpenExisting);
        QVERIFY(opened.ok());
        Database &db = *opened.value();
        Session session;
        session.role = QStringLiteral("manager");
        session.permissions = RoleRepository(db).permissionsOf(session.role).value();
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT id, display_name FROM app_user WHERE login = 'directeur'")) && q.next());
        session.userId = q.value(0).toLongLong();
        session.displayName = q.value(1).toString();
        QVERIFY(q.exec(QStringLiteral("SELECT max(starts_at) FROM appointment")) && q.next());
        FakeClock clock(fromIsoUtc(q.value(0).toString()));
        AppServices services(db, clock);
        AppContext context{&services, session};
        auto time = [](const char *what, auto &&make) {
            QElapsedTimer timer;
            timer.start();
            make();
            qInfo("%s: %lld ms", what, qint64(timer.elapsed()));
        };
        time("home page", [&]() { HomePage home(context); });
        time("appointments page, day", [&]() { AppointmentsPage page(context); });
        time("appointments page, week", [&]() {
            AppointmentsPage page(context);
            page.setWeekView(true);
        });
        time("complaints page", [&]() { ComplaintsPage page(context); });
        time("stock page", [&]() { StockPage page(context); });
    }

    void screenshot()
    {
        Store s;
        s.book(s.associate, s.today(), 9, QStringLiteral("Retouche veste"));
        s.book(s.associate, s.today(), 11, QStringLiteral("Conseil costume"));
        s.book(s.associate, s.today(), 14, QStringLiteral("Essayage robe"));
        s.book(s.associate, s.today(), 17, QStringLiteral("Retrait commande"));
        ComplaintService complaints(s.t.db(), s.t.clock());
        const QDateTime now = s.t.clock().nowUtc();
        s.t.clock().set(now.addDays(-9));
        for (const QString &subject : {QStringLiteral("Montant débité deux fois"), QStringLiteral("Remise non appliquée")}) {
            ComplaintInput in;
            in.customerId = s.anne;
            in.categoryId = 3;
            in.subject = subject;
            QVERIFY(complaints.open(s.associate, in).ok());
        }
        s.t.clock().set(now);
        s.product(QStringLiteral("BOU-001"), QStringLiteral("Bougie parfumée figue"), 1900, 5, 2);
        s.product(QStringLiteral("GAN-110"), QStringLiteral("Gants cuir agneau"), 5900, 4, 1);
        s.product(QStringLiteral("BON-090"), QStringLiteral("Bonnet côtelé"), 2200, 6, 0);
        s.product(QStringLiteral("CAR-014"), QStringLiteral("Carnet ligné A5"), 800, 10, 42);
        MainWindow window(s.services(), s.associate);
        registerAreas(window);
        window.resize(1280, 800);
        window.show();
        QVERIFY(window.showArea(QStringLiteral("home")));
        test::saveScreenshot(&window, QStringLiteral("home"));
    }
};

QTEST_MAIN(HomeTest)
#include "HomeTest.moc"
