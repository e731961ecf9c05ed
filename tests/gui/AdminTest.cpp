// The Administration area: which tabs each role sees, user creation with inline errors,
// a backup from the GUI, changing one's own password, and the journals showing labels
// (not the codes the core stores).
#include "TestDatabase.h"
#include "TestSettings.h"

#include "access/PasswordHasher.h"
#include "admin/AdminPage.h"
#include "admin/AuditLabels.h"
#include "admin/BackupsTab.h"
#include "admin/NewUserDialog.h"
#include "admin/PasswordDialog.h"
#include "services/AuthService.h"
#include "services/UserAdminService.h"
#include "shell/Areas.h"
#include "settings/Language.h"
#include "shell/MainWindow.h"
#include "widgets/FieldError.h"

#include <QComboBox>
#include <QJsonObject>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTranslator>
#include <QtTest>

using namespace comptoir;
using namespace comptoir::ui;

namespace {
QStringList tabTitles(QTabWidget *tabs)
{
    QStringList titles;
    for (int i = 0; i < tabs->count(); ++i)
        titles << tabs->tabText(i);
    return titles;
}

void fill(QWidget *dialog, const QString &name, const QString &text)
{
    auto *edit = dialog->findChild<QLineEdit *>(name);
    QVERIFY2(edit, qPrintable(name));
    edit->clear();
    QTest::keyClicks(edit, text);
}

/** The rows of a journal tab whose column `column` reads `text`. */
QList<int> rowsWith(QTableWidget *table, int column, const QString &text)
{
    QList<int> rows;
    for (int r = 0; r < table->rowCount(); ++r) {
        if (table->item(r, column) && table->item(r, column)->text() == text)
            rows << r;
    }
    return rows;
}

/** A sales associate "paul" who signed in once and mistyped his password once. */
void signInTwice(test::TestDatabase &t)
{
    PasswordHasher hasher(PasswordCost::testMinimum());
    UserAdminService admin(t.db(), t.clock(), hasher);
    QVERIFY(admin.createUser(t.technician(), {QStringLiteral("paul"), QStringLiteral("Paul Durand"),
                                              QStringLiteral("sales_associate"), QStringLiteral("mot de passe de paul")}));
    AuthService auth(t.db(), t.clock(), hasher);
    QVERIFY(auth.signIn(QStringLiteral("paul"), QStringLiteral("mot de passe de paul")));
    QVERIFY(!auth.signIn(QStringLiteral("paul"), QStringLiteral("pas le bon")));
}

QTableWidget *journal(AdminPage &page, const char *tabName)
{
    auto *tab = page.findChild<QWidget *>(QLatin1String(tabName));
    return tab ? tab->findChild<QTableWidget *>(QStringLiteral("journalTable")) : nullptr;
}
} // namespace

class AdminTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::isolateSettings(); }
    void technicianSeesAdministrationButNoCustomerData()
    {
        test::TestDatabase t;
        MainWindow window(t.services(), t.technician());
        registerAreas(window);
        const QStringList areas = window.areaIds();
        QVERIFY(areas.contains(QStringLiteral("admin")));
        for (const char *forbidden : {"customers", "sale", "appointments", "complaints", "dashboard"})
            QVERIFY2(!areas.contains(QLatin1String(forbidden)), forbidden);
        QVERIFY(window.showArea(QStringLiteral("admin")));
        auto *page = qobject_cast<AdminPage *>(window.currentPage());
        QVERIFY(page);
        QCOMPARE(tabTitles(page->tabs()), (QStringList{QStringLiteral("Users"), QStringLiteral("Backups"),
                                                        QStringLiteral("Sign-in log"), QStringLiteral("Audit trail")}));
    }

    void anAreaSectionOpensThatTab()
    {
        // comptoir --area admin:<section> (the screenshots of each tab use it).
        test::TestDatabase t;
        MainWindow window(t.services(), t.technician());
        registerAreas(window);
        QVERIFY(window.showArea(QStringLiteral("admin:signins")));
        auto *page = qobject_cast<AdminPage *>(window.currentPage());
        QVERIFY(page);
        QCOMPARE(page->tabs()->tabText(page->tabs()->currentIndex()), QStringLiteral("Sign-in log"));
        QVERIFY(window.showArea(QStringLiteral("admin:backups")));
        QCOMPARE(page->tabs()->tabText(page->tabs()->currentIndex()), QStringLiteral("Backups"));
        QVERIFY(!window.showArea(QStringLiteral("admin:nothing")));
        QCOMPARE(page->tabs()->tabText(page->tabs()->currentIndex()), QStringLiteral("Backups"));

        MainWindow managerWindow(t.services(), t.manager());
        registerAreas(managerWindow);
        QVERIFY(!managerWindow.showArea(QStringLiteral("admin:users"))); // no Users tab for a manager
        QVERIFY(managerWindow.showArea(QStringLiteral("admin:audit")));
        auto *managerPage = qobject_cast<AdminPage *>(managerWindow.currentPage());
        QVERIFY(managerPage);
        QCOMPARE(managerPage->tabs()->tabText(managerPage->tabs()->currentIndex()), QStringLiteral("Audit trail"));
    }

    void managerHasNoUserAdministrationAndInternNoArea()
    {
        test::TestDatabase t;
        AppContext manager{&t.services(), t.manager()};
        AdminPage page(manager, QString());
        QVERIFY(!tabTitles(page.tabs()).contains(QStringLiteral("Users")));
        QVERIFY(tabTitles(page.tabs()).contains(QStringLiteral("Backups")));

        MainWindow internWindow(t.services(), t.intern());
        registerAreas(internWindow);
        QVERIFY(!internWindow.areaIds().contains(QStringLiteral("admin")));
    }

    void newUserShowsTheRefusalNextToTheFieldThenCreates()
    {
        test::TestDatabase t;
        const Session technician = t.technician();
        PasswordHasher hasher(PasswordCost::testMinimum());
        int calls = 0;
        NewUserDialog dialog([&](const NewUser &input) {
            ++calls;
            UserAdminService admin(t.db(), t.clock(), hasher);
            return admin.createUser(technician, input);
        });
        dialog.show();
        fill(&dialog, QStringLiteral("login"), QStringLiteral("lea"));
        fill(&dialog, QStringLiteral("displayName"), QStringLiteral("Lea Martin"));
        fill(&dialog, QStringLiteral("password"), QStringLiteral("short"));
        fill(&dialog, QStringLiteral("confirm"), QStringLiteral("short"));
        auto *create = dialog.findChild<QPushButton *>(QStringLiteral("create"));
        QVERIFY(create);
        QTest::mouseClick(create, Qt::LeftButton);
        QCOMPARE(calls, 1);
        QVERIFY(dialog.isVisible());
        auto *passwordError = dialog.findChild<FieldError *>(QStringLiteral("passwordError"));
        QVERIFY(passwordError && passwordError->isVisibleTo(&dialog));
        QCOMPARE(t.scalar(QStringLiteral("SELECT count(*) FROM app_user WHERE login = 'lea'")).toInt(), 0);

        fill(&dialog, QStringLiteral("password"), QStringLiteral("une phrase assez longue"));
        fill(&dialog, QStringLiteral("confirm"), QStringLiteral("une phrase pas pareille"));
        QTest::mouseClick(create, Qt::LeftButton);
        QCOMPARE(calls, 1); // the two passwords differ: the core is not even asked
        fill(&dialog, QStringLiteral("confirm"), QStringLiteral("une phrase assez longue"));
        QTest::mouseClick(create, Qt::LeftButton);
        QCOMPARE(calls, 2);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(dialog.savedId() > 0);
        QCOMPARE(t.scalar(QStringLiteral("SELECT count(*) FROM app_user WHERE login = 'lea'")).toInt(), 1);
    }

    void backupNowWritesACheckedFileListedInTheTab()
    {
        test::TestDatabase t(test::TestDatabase::Kind::File);
        QTemporaryDir folder;
        AppContext context{&t.services(), t.technician()};
        BackupsTab tab(context, folder.path());
        QCOMPARE(tab.table()->rowCount(), 0);
        auto *now = tab.findChild<QPushButton *>(QStringLiteral("backupNow"));
        QVERIFY(now);
        QTest::mouseClick(now, Qt::LeftButton);
        QCOMPARE(tab.table()->rowCount(), 1);
        QVERIFY(QFile::exists(folder.filePath(tab.table()->item(0, 0)->text())));
        // A second backup in the same second (the fake clock does not move) gets a name of its own.
        QTest::mouseClick(now, Qt::LeftButton);
        QCOMPARE(tab.table()->rowCount(), 2);
        QCOMPARE(QDir(folder.path()).entryList({QStringLiteral("*.db")}, QDir::Files, QDir::Name),
                 (QStringList{QStringLiteral("comptoir-manual-20261124-100000-2.db"),
                              QStringLiteral("comptoir-manual-20261124-100000.db")}));
        // The technician may restore; the manager may back up but not restore.
        QVERIFY(tab.findChild<QPushButton *>(QStringLiteral("restore")));
        AppContext manager{&t.services(), t.manager()};
        BackupsTab managerTab(manager, folder.path());
        QVERIFY(!managerTab.findChild<QPushButton *>(QStringLiteral("restore")));
    }

    void changingOwnPasswordChecksTheCurrentOne()
    {
        test::TestDatabase t;
        PasswordHasher hasher(PasswordCost::testMinimum());
        UserAdminService admin(t.db(), t.clock(), hasher);
        QVERIFY(admin.createUser(t.technician(), {QStringLiteral("paul"), QStringLiteral("Paul Durand"),
                                                  QStringLiteral("sales_associate"),
                                                  QStringLiteral("ancien mot de passe")}));
        AuthService auth(t.db(), t.clock(), hasher);
        auto session = auth.signIn(QStringLiteral("paul"), QStringLiteral("ancien mot de passe"));
        QVERIFY(session);

        PasswordDialog dialog(PasswordDialog::Mode::ChangeOwn, session->login,
                              [&](const QString &current, const QString &next) {
                                  return auth.changePassword(*session, current, next);
                              });
        dialog.show();
        fill(&dialog, QStringLiteral("currentPassword"), QStringLiteral("pas le bon mot de passe"));
        fill(&dialog, QStringLiteral("newPassword"), QStringLiteral("nouveau mot de passe"));
        fill(&dialog, QStringLiteral("confirmPassword"), QStringLiteral("nouveau mot de passe"));
        auto *ok = dialog.findChild<QPushButton *>(QStringLiteral("ok"));
        QTest::mouseClick(ok, Qt::LeftButton);
        QVERIFY(dialog.isVisible());
        auto *currentError = dialog.findChild<FieldError *>(QStringLiteral("old_passwordError"));
        QVERIFY(currentError && currentError->isVisibleTo(&dialog));

        fill(&dialog, QStringLiteral("currentPassword"), QStringLiteral("ancien mot de passe"));
        QTest::mouseClick(ok, Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(auth.signIn(QStringLiteral("paul"), QStringLiteral("nouveau mot de passe")));
        QVERIFY(!auth.signIn(QStringLiteral("paul"), QStringLiteral("ancien mot de passe")));
    }

    void auditTrailShowsActionLabelsAndReadableDetails()
    {
        test::TestDatabase t;
        signInTwice(t);
        const AppContext context{&t.services(), t.technician()}; // the page keeps a reference to it
        AdminPage page(context, QString());
        QTableWidget *table = journal(page, "AuditTab");
        QVERIFY(table);
        QVERIFY(rowsWith(table, 2, QStringLiteral("sign_in")).isEmpty());
        const QList<int> signIns = rowsWith(table, 2, QStringLiteral("Sign-in"));
        QCOMPARE(signIns.size(), 1);
        const int r = signIns.first();
        QCOMPARE(table->item(r, 1)->text(), QStringLiteral("paul"));
        QCOMPARE(table->item(r, 2)->toolTip(), QStringLiteral("sign_in")); // the stored code stays readable
        QCOMPARE(table->item(r, 3)->text(), QStringLiteral("User"));
        QVERIFY(!table->item(r, 4)->text().isEmpty()); // the user's id keeps its column
        QCOMPARE(table->item(r, 5)->text(), QStringLiteral("Role: Sales associate"));
        QCOMPARE(table->item(r, 5)->toolTip(), QStringLiteral("{\"role\":\"sales_associate\"}"));
        const QList<int> failures = rowsWith(table, 2, QStringLiteral("Failed sign-in"));
        QCOMPARE(failures.size(), 1);
        QCOMPARE(table->item(failures.first(), 5)->text(), QStringLiteral("Reason: Wrong password"));
        const QList<int> created = rowsWith(table, 2, QStringLiteral("Creation"));
        QCOMPARE(created.size(), 1);
        QCOMPARE(table->item(created.first(), 3)->text(), QStringLiteral("User"));

        // Filter and refresh still work on the labelled rows.
        auto *filter = page.findChild<QWidget *>(QStringLiteral("AuditTab"))->findChild<QLineEdit *>(QStringLiteral("loginFilter"));
        QVERIFY(filter);
        QTest::keyClicks(filter, QStringLiteral("paul"));
        QTest::keyClick(filter, Qt::Key_Return);
        QCOMPARE(table->rowCount(), 2); // his sign-in and his failed one (the creation is the technician's)
        QCOMPARE(rowsWith(table, 2, QStringLiteral("Sign-in")).size(), 1);

        // Codes with no label are shown as stored, details as "key: value".
        QCOMPARE(AuditLabels::action(QStringLiteral("something.new")), QStringLiteral("something.new"));
        QCOMPARE(AuditLabels::details(QJsonObject{{QStringLiteral("rows"), QJsonObject{{QStringLiteral("after"), 12}}},
                                                  {QStringLiteral("x"), true}}),
                 QStringLiteral("Rows: 12 · x: yes"));
        QCOMPARE(AuditLabels::details(QJsonObject{{QStringLiteral("active"),
                                                   QJsonObject{{QStringLiteral("before"), true},
                                                               {QStringLiteral("after"), false}}}}),
                 QStringLiteral("Active: yes → no"));
        // Days read as the locale writes them, not as stored.
        QCOMPARE(AuditLabels::details(QJsonObject{{QStringLiteral("end_date"), QStringLiteral("2026-11-24")}}),
                 QStringLiteral("Last day: ") + QLocale().toString(QDate(2026, 11, 24), QLocale::ShortFormat));
    }

    void signInLogShowsOutcomesNotCodes()
    {
        test::TestDatabase t;
        signInTwice(t);
        const AppContext context{&t.services(), t.technician()}; // the page keeps a reference to it
        AdminPage page(context, QString());
        QTableWidget *table = journal(page, "LoginLogTab");
        QVERIFY(table);
        QCOMPARE(table->rowCount(), 2);
        QVERIFY(rowsWith(table, 3, QStringLiteral("ok")).isEmpty());
        QCOMPARE(rowsWith(table, 3, QStringLiteral("Signed in")).size(), 1);
        QCOMPARE(rowsWith(table, 3, QStringLiteral("Wrong password")).size(), 1);
    }

    void journalsReadFrenchWhenFrenchIsInstalled()
    {
        test::TestDatabase t;
        signInTwice(t);
        QTranslator french;
        QVERIFY(french.load(Language::catalogue(QStringLiteral("fr"))));
        QCoreApplication::installTranslator(&french);
        const AppContext context{&t.services(), t.technician()}; // the page keeps a reference to it
        AdminPage page(context, QString());
        QTableWidget *signIns = journal(page, "LoginLogTab");
        QTableWidget *audit = journal(page, "AuditTab");
        QVERIFY(signIns && audit);
        const int connected = int(rowsWith(signIns, 3, QStringLiteral("Connexion réussie")).size());
        const int wrong = int(rowsWith(signIns, 3, QStringLiteral("Mot de passe erroné")).size());
        const int labelled = int(rowsWith(audit, 2, QStringLiteral("Connexion")).size());
        QCoreApplication::removeTranslator(&french);
        QCOMPARE(connected, 1);
        QCOMPARE(wrong, 1);
        QCOMPARE(labelled, 1);
    }
};

QTEST_MAIN(AdminTest)
#include "AdminTest.moc"
