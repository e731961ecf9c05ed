// Looking at home on a desktop: an icon beside each area of the side bar and on the menu
// actions, drawn from a bundled SVG when the desktop's icon theme lacks it and sharp at
// 200 %; Help › About with the version, the licence and the third-party notices; the main
// window's size and place remembered. With COMPTOIR_SCREENSHOT_DIR set, saves the About
// dialog's two tabs (about.png, about-notices.png), in French.
#include "TestDatabase.h"
#include "TestSettings.h"

#include "shell/AboutDialog.h"
#include "shell/AreaIcons.h"
#include "shell/Areas.h"
#include "settings/Language.h"
#include "shell/MainWindow.h"
#include "widgets/ThemeIcon.h"
#include "widgets/WindowGeometry.h"
#include "Version.h"

#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QTabWidget>
#include <QTableWidget>
#include <QtTest>

using namespace comptoir;
using namespace comptoir::ui;

class DesktopTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        test::isolateSettings();
        if (!qEnvironmentVariableIsEmpty("COMPTOIR_SCREENSHOT_DIR"))
            QVERIFY(Language::install(*QCoreApplication::instance(), QStringLiteral("fr")));
    }

    void everyAreaHasAnIconSharpAtTwiceTheSize()
    {
        test::TestDatabase t;
        MainWindow window(t.services(), t.manager());
        registerAreas(window);
        auto *sidebar = window.findChild<QListWidget *>(QStringLiteral("sidebar"));
        QVERIFY(sidebar);
        QVERIFY(sidebar->count() >= 7);
        for (int row = 0; row < sidebar->count(); ++row) {
            const QString id = sidebar->item(row)->data(Qt::UserRole).toString();
            const QString name = areaIconName(id);
            QVERIFY2(!name.isEmpty(), qPrintable(id));
            // A fallback for every theme name, so the icons are there with no theme at all.
            QVERIFY2(QFile::exists(QStringLiteral(":/icons/%1.svg").arg(name)), qPrintable(name));
            const QIcon icon = sidebar->item(row)->icon();
            QVERIFY2(!icon.isNull(), qPrintable(id));
            // Drawn for the device pixels at 200 % (the SVG icon engine), not a 22 px image scaled up.
            const QPixmap twice = icon.pixmap(QSize(22, 22), 2.0);
            QCOMPARE(twice.size(), QSize(44, 44));
            QCOMPARE(twice.devicePixelRatio(), 2.0);
        }
    }

    void theMenuActionsHaveIcons()
    {
        test::TestDatabase t;
        MainWindow window(t.services(), t.manager());
        for (const char *name : {"importAction", "exportAction", "settingsAction", "changePasswordAction", "aboutAction"}) {
            auto *action = window.findChild<QAction *>(QLatin1String(name));
            QVERIFY2(action, name);
            QVERIFY2(!action->icon().isNull(), name);
        }
        QVERIFY(!applicationIcon().isNull());
        QVERIFY(QFile::exists(QStringLiteral(":/icons/comptoir.svg")));
    }

    void helpAboutShowsTheVersionTheLicenceAndTheNotices()
    {
        test::TestDatabase t;
        MainWindow window(t.services(), t.associate()); // every role has Help
        window.show();
        auto *about = window.findChild<QAction *>(QStringLiteral("aboutAction"));
        QVERIFY(about);
        about->trigger();
        auto *dialog = window.findChild<AboutDialog *>();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());

        auto *version = dialog->findChild<QLabel *>(QStringLiteral("aboutVersion"));
        QVERIFY(version);
        QVERIFY2(version->text().contains(QStringLiteral(COMPTOIR_VERSION)), qPrintable(version->text()));
        auto *licence = dialog->findChild<QLabel *>(QStringLiteral("aboutLicenceLink"));
        QVERIFY(licence);
        QVERIFY(licence->text().contains(QStringLiteral("GPL-3.0-or-later")));

        QTableWidget *notices = dialog->notices();
        QStringList names;
        for (int row = 0; row < notices->rowCount(); ++row) {
            names << notices->item(row, 0)->text();
            QVERIFY2(!notices->item(row, 1)->text().isEmpty(), qPrintable(names.last())); // version
            QVERIFY2(!notices->item(row, 2)->text().isEmpty(), qPrintable(names.last())); // licence
        }
        for (const char *library : {"Qt", "Qt Charts", "SQLite", "libsodium", "OpenSSL libcrypto", "libcsv",
                                    "libxlsxwriter", "zlib"})
            QVERIFY2(names.contains(QLatin1String(library)), library);
        // The versions in use, not a fixed text: Qt's is the running library's.
        QCOMPARE(notices->item(int(names.indexOf(QStringLiteral("Qt"))), 1)->text(), QString::fromLatin1(qVersion()));

        const QString dir = qEnvironmentVariable("COMPTOIR_SCREENSHOT_DIR");
        if (!dir.isEmpty()) {
            QTest::qWait(100);
            QVERIFY(dialog->grab().save(dir + QStringLiteral("/about.png")));
            dialog->tabs()->setCurrentIndex(1);
            QTest::qWait(100);
            QVERIFY(dialog->grab().save(dir + QStringLiteral("/about-notices.png")));
        }
        dialog->close();
    }

    void aWindowRemembersItsSizeAndPlace()
    {
        QWidget first;
        rememberGeometry(&first, QStringLiteral("test")); // nothing saved yet: keeps its own
        first.setGeometry(40, 50, 420, 300);
        first.show();
        QVERIFY(QTest::qWaitForWindowExposed(&first));
        const QRect placed = first.geometry();
        first.close();

        QWidget second;
        second.resize(200, 100);
        rememberGeometry(&second, QStringLiteral("test"));
        QCOMPARE(second.size(), placed.size());
        QCOMPARE(second.pos(), placed.topLeft());
    }
};

QTEST_MAIN(DesktopTest)
#include "DesktopTest.moc"
