// Screenshot harness of the Customers area (skipped unless COMPTOIR_SCREENSHOT_DIR is set):
// the list, the form with an inline error and the duplicate warning, and a customer page.
// With COMPTOIR_SCREENSHOT_DB (a copy of the demo store) the list and page show its data;
// otherwise a small store is built through the services. In French, the app's default.
#include "TestDatabase.h"
#include "TestSettings.h"

#include "customers/CustomerFormDialog.h"
#include "customers/CustomerListPage.h"
#include "customers/CustomerPage.h"
#include "customers/CustomersArea.h"
#include "services/ConsentService.h"
#include "services/CustomerService.h"
#include "services/InteractionService.h"
#include "settings/Language.h"
#include "shell/Areas.h"
#include "shell/GlobalSearch.h"
#include "shell/MainWindow.h"
#include "storage/RoleRepository.h"

#include <QLineEdit>
#include <QPushButton>
#include <QSqlQuery>
#include <QtTest>

using namespace comptoir;
using namespace comptoir::ui;

namespace {

void fillSmallStore(test::TestDatabase &t)
{
    const char *const people[][6] = {
        {"Hélène", "Dupont", "helene.dupont@orange.fr", "06 12 34 56 78", "69002", "Lyon"},
        {"Jean", "Martin", "jean.martin@gmail.com", "06 98 76 54 32", "69003", "Lyon"},
        {"Chloé", "Bernard", "chloe.b@free.fr", "07 11 22 33 44", "69100", "Villeurbanne"},
        {"Louis", "Petit", "", "04 78 12 34 56", "69006", "Lyon"},
        {"Inès", "Benali", "ines.benali@laposte.net", "", "69007", "Lyon"},
        {"Hugo", "Moreau", "hugo.moreau@outlook.fr", "06 55 44 33 22", "38000", "Grenoble"},
        {"Léa", "Fontaine", "lea.fontaine@gmail.com", "06 01 02 03 04", "69001", "Lyon"},
        {"Mathéo", "Lefèvre", "", "", "", ""},
    };
    CustomerService customers(t.db(), t.clock());
    int card = 1000;
    for (const auto &p : people) {
        CustomerInput in;
        in.firstName = QString::fromUtf8(p[0]);
        in.lastName = QString::fromUtf8(p[1]);
        in.email = QString::fromUtf8(p[2]);
        in.phone = QString::fromUtf8(p[3]);
        in.postalCode = QString::fromUtf8(p[4]);
        in.city = QString::fromUtf8(p[5]);
        in.status = card % 3 ? CustomerStatus::Customer : CustomerStatus::Prospect;
        in.loyaltyCard = card % 2 ? QStringLiteral("FID-%1").arg(card) : QString();
        ++card;
        customers.create(t.associate(), in).value();
    }
}

QString outDir()
{
    return qEnvironmentVariable("COMPTOIR_SCREENSHOT_DIR");
}

} // namespace

class CustomerScreenshotsTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        test::isolateSettings();
        if (outDir().isEmpty())
            QSKIP("set COMPTOIR_SCREENSHOT_DIR to save the screenshots");
        // The app's default language: the screenshots show what a user sees.
        QVERIFY(Language::install(*QCoreApplication::instance(), QStringLiteral("fr")));
    }

    void listAndPage()
    {
        test::TestDatabase t(test::TestDatabase::Kind::File);
        std::unique_ptr<Database> demo;
        Database *db = &t.db();
        Session session = t.associate();
        const QString demoPath = qEnvironmentVariable("COMPTOIR_SCREENSHOT_DB");
        if (!demoPath.isEmpty()) {
            demo = std::move(Database::open(demoPath, Database::Mode::OpenExisting).value());
            db = demo.get();
            QSqlQuery q(db->connection());
            q.exec(QStringLiteral("SELECT id, display_name FROM app_user WHERE login = 'vendeur'"));
            QVERIFY(q.next());
            session.userId = q.value(0).toLongLong();
            session.login = QStringLiteral("vendeur");
            session.displayName = q.value(1).toString();
            session.permissions = RoleRepository(*db).permissionsOf(session.role).value();
        } else {
            fillSmallStore(t);
        }
        SystemClock clock;
        AppServices services(*db, clock);
        MainWindow window(services, session);
        registerAreas(window);
        window.resize(1280, 800);
        window.show();
        QVERIFY(window.showArea(QStringLiteral("customers")));
        auto *area = qobject_cast<CustomersArea *>(window.currentPage());
        QVERIFY(area);
        QTest::qWait(50);
        QVERIFY(window.grab().save(outDir() + QStringLiteral("/customers.png")));

        GlobalSearch *search = window.openGlobalSearch();
        QVERIFY(search);
        search->findChild<QLineEdit *>(QStringLiteral("globalSearchInput"))->setText(QStringLiteral("helene gir"));
        search->searchNow();
        QVERIFY(search->grab().save(outDir() + QStringLiteral("/customer-search.png")));
        search->reject();

        // The customer with the longest history (or the first one).
        qint64 id = 1; // the small store has no sale: its first customer
        QSqlQuery busiest(db->connection());
        busiest.exec(QStringLiteral("SELECT customer_id FROM sale WHERE customer_id IS NOT NULL "
                                    "GROUP BY customer_id ORDER BY count(*) DESC LIMIT 1"));
        if (busiest.next())
            id = busiest.value(0).toLongLong();
        if (demoPath.isEmpty()) {
            InteractionService log(*db, clock);
            QVERIFY(log.log(session, id, QStringLiteral("phone"), QStringLiteral("call"),
                            QStringLiteral("Demande si le manteau bleu est revenu en taille 40"))
                        .ok());
            QVERIFY(log.log(session, id, QStringLiteral("store"), QStringLiteral("visit"), QStringLiteral("A essayé deux manteaux"))
                        .ok());
            QVERIFY(ConsentService(*db, clock)
                        .record(session, id, QStringLiteral("email"), true, QStringLiteral("store_form"))
                        .ok());
        }
        QVERIFY(area->openCustomer(id));
        QTest::qWait(50);
        QVERIFY(window.grab().save(outDir() + QStringLiteral("/customer-page.png")));
    }

    void formWithErrorAndDuplicates()
    {
        test::TestDatabase t;
        fillSmallStore(t);
        SystemClock clock;
        AppServices services(t.db(), clock);
        AppContext ctx{&services, t.associate()};

        CustomerFormDialog invalid(ctx, std::nullopt);
        invalid.show();
        invalid.findChild<QLineEdit *>(QStringLiteral("firstName"))->setText(QStringLiteral("Hélène"));
        invalid.findChild<QLineEdit *>(QStringLiteral("lastName"))->setText(QStringLiteral("Dupont"));
        invalid.findChild<QLineEdit *>(QStringLiteral("email"))->setText(QStringLiteral("helene.dupont@orange"));
        QTest::mouseClick(invalid.findChild<QPushButton *>(QStringLiteral("save")), Qt::LeftButton);
        QVERIFY(!invalid.fieldError(QStringLiteral("email")).isEmpty());
        QVERIFY(invalid.grab().save(outDir() + QStringLiteral("/customer-form-error.png")));

        // Same card as an existing customer: the duplicate warning, then "Create anyway"
        // is refused by the core, inline under the card.
        CustomerFormDialog dialog(ctx, std::nullopt);
        dialog.show();
        dialog.findChild<QLineEdit *>(QStringLiteral("firstName"))->setText(QStringLiteral("Helene"));
        dialog.findChild<QLineEdit *>(QStringLiteral("lastName"))->setText(QStringLiteral("Dupont"));
        dialog.findChild<QLineEdit *>(QStringLiteral("phone"))->setText(QStringLiteral("0612345678"));
        dialog.findChild<QLineEdit *>(QStringLiteral("postalCode"))->setText(QStringLiteral("69002"));
        dialog.findChild<QLineEdit *>(QStringLiteral("loyaltyCard"))->setText(QStringLiteral("fid-1001"));
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("save")), Qt::LeftButton);
        QVERIFY(dialog.findChild<QWidget *>(QStringLiteral("duplicatesPanel"))->isVisible());
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("createAnyway")), Qt::LeftButton);
        QVERIFY(!dialog.fieldError(QStringLiteral("loyalty_card")).isEmpty());
        QTest::qWait(20);
        QVERIFY(dialog.grab().save(outDir() + QStringLiteral("/customer-form.png")));
    }
};

QTEST_MAIN(CustomerScreenshotsTest)
#include "CustomerScreenshotsTest.moc"
