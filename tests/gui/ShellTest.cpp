// The shell: sign-in dialog behaviour and role-dependent areas.
#include "TestDatabase.h"
#include "TestSettings.h"

#include "shell/Areas.h"
#include "shell/MainWindow.h"
#include "widgets/SignInDialog.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QtTest>

using namespace comptoir;
using namespace comptoir::ui;

class ShellTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::isolateSettings(); }
    void signInFailureIsShownInlineAndKeepsTheDialogOpen()
    {
        int calls = 0;
        SignInDialog dialog(QStringLiteral("Magasin"), [&](const QString &login, const QString &password) -> Result<Session> {
            ++calls;
            if (login == QLatin1String("claire") && password == QLatin1String("correct horse battery"))
                return Session{1, login, QStringLiteral("Claire"), QStringLiteral("manager"), {}};
            return Error{ErrorCode::Authentication, QString(), QStringLiteral("wrong login or password")};
        });
        dialog.show();
        auto *login = dialog.findChild<QLineEdit *>(QStringLiteral("login"));
        auto *password = dialog.findChild<QLineEdit *>(QStringLiteral("password"));
        auto *error = dialog.findChild<QLabel *>(QStringLiteral("error"));
        auto *button = dialog.findChild<QPushButton *>(QStringLiteral("signIn"));
        QVERIFY(login && password && error && button);

        QTest::keyClicks(login, QStringLiteral("claire"));
        QTest::keyClicks(password, QStringLiteral("wrong password!"));
        QTest::mouseClick(button, Qt::LeftButton);
        QCOMPARE(calls, 1);
        QVERIFY(dialog.isVisible());
        QVERIFY(error->isVisible());
        QCOMPARE(error->text(), QStringLiteral("wrong login or password"));
        QVERIFY(password->text().isEmpty());
        QCOMPARE(login->text(), QStringLiteral("claire"));

        QTest::keyClicks(password, QStringLiteral("correct horse battery"));
        QTest::keyClick(password, Qt::Key_Return);
        QCOMPARE(calls, 2);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.session().login, QStringLiteral("claire"));
    }

    void areasFollowThePermissions()
    {
        test::TestDatabase t;
        MainWindow window(t.services(), t.manager());
        QVERIFY(window.addArea({QStringLiteral("open"), QStringLiteral("Open"), QString(), {},
                                [](const AppContext &, QWidget *p) { return new QWidget(p); }}));
        QVERIFY(!window.addArea({QStringLiteral("admin"), QStringLiteral("Admin"), QStringLiteral("user.admin"), {},
                                 [](const AppContext &, QWidget *p) { return new QWidget(p); }}));
        QCOMPARE(window.areaIds(), QStringList{QStringLiteral("open")});
    }

    void homeShowsTheStoreAndItsCounts()
    {
        test::TestDatabase t;
        MainWindow window(t.services(), t.associate());
        registerAreas(window);
        window.show();
        QVERIFY(window.showArea(QStringLiteral("home")));
        auto *name = window.currentPage()->findChild<QLabel *>(QStringLiteral("storeName"));
        QVERIFY(name);
        QCOMPARE(name->text(), QStringLiteral("Magasin test"));
    }
};

QTEST_MAIN(ShellTest)
#include "ShellTest.moc"
