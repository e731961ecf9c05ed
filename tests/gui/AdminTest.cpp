// The Administration area: which tabs each role sees, user creation with inline errors,
// a backup from the GUI, and changing one's own password.
#include "TestDatabase.h"

#include "access/PasswordHasher.h"
#include "admin/AdminPage.h"
#include "admin/BackupsTab.h"
#include "admin/NewUserDialog.h"
#include "admin/PasswordDialog.h"
#include "services/AuthService.h"
#include "services/UserAdminService.h"
#include "shell/Areas.h"
#include "shell/MainWindow.h"
#include "widgets/FieldError.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
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
} // namespace

class AdminTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void technicianSeesAdministrationButNoCustomerData()
    {
        test::TestDatabase t;
        MainWindow window(AppContext{&t.db(), &t.clock(), t.technician()});
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
        MainWindow window(AppContext{&t.db(), &t.clock(), t.technician()});
        registerAreas(window);
        QVERIFY(window.showArea(QStringLiteral("admin:signins")));
        auto *page = qobject_cast<AdminPage *>(window.currentPage());
        QVERIFY(page);
        QCOMPARE(page->tabs()->tabText(page->tabs()->currentIndex()), QStringLiteral("Sign-in log"));
        QVERIFY(window.showArea(QStringLiteral("admin:backups")));
        QCOMPARE(page->tabs()->tabText(page->tabs()->currentIndex()), QStringLiteral("Backups"));
        QVERIFY(!window.showArea(QStringLiteral("admin:nothing")));
        QCOMPARE(page->tabs()->tabText(page->tabs()->currentIndex()), QStringLiteral("Backups"));

        MainWindow managerWindow(AppContext{&t.db(), &t.clock(), t.manager()});
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
        AppContext manager{&t.db(), &t.clock(), t.manager()};
        AdminPage page(manager, QString());
        QVERIFY(!tabTitles(page.tabs()).contains(QStringLiteral("Users")));
        QVERIFY(tabTitles(page.tabs()).contains(QStringLiteral("Backups")));

        MainWindow internWindow(AppContext{&t.db(), &t.clock(), t.intern()});
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
        QVERIFY(dialog.createdId() > 0);
        QCOMPARE(t.scalar(QStringLiteral("SELECT count(*) FROM app_user WHERE login = 'lea'")).toInt(), 1);
    }

    void backupNowWritesACheckedFileListedInTheTab()
    {
        test::TestDatabase t(test::TestDatabase::Kind::File);
        QTemporaryDir folder;
        AppContext context{&t.db(), &t.clock(), t.technician()};
        BackupsTab tab(context, folder.path());
        QCOMPARE(tab.table()->rowCount(), 0);
        auto *now = tab.findChild<QPushButton *>(QStringLiteral("backupNow"));
        QVERIFY(now);
        QTest::mouseClick(now, Qt::LeftButton);
        QCOMPARE(tab.table()->rowCount(), 1);
        QVERIFY(QFile::exists(folder.filePath(tab.table()->item(0, 0)->text())));
        // The technician may restore; the manager may back up but not restore.
        QVERIFY(tab.findChild<QPushButton *>(QStringLiteral("restore")));
        AppContext manager{&t.db(), &t.clock(), t.manager()};
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
};

QTEST_MAIN(AdminTest)
#include "AdminTest.moc"
