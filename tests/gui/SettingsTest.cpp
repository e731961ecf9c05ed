// The settings dialog: workstation preferences in QSettings, store identity and backups
// kept in the database (settings.write), inline refusals that save nothing.
#include "OpsFixture.h"

#include "services/StoreService.h"
#include "settings/SettingsDialog.h"
#include "shell/MainWindow.h"
#include "widgets/FieldError.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTabWidget>
#include <QTemporaryDir>

using namespace comptoir;
using namespace comptoir::ui;

class SettingsTest : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString iniPath(const char *name) const { return m_dir.filePath(QString::fromLatin1(name)); }

private Q_SLOTS:
    void initTestCase() { test::isolateSettings(); }

    void theManagerChangesTheStoreAndTheBackups()
    {
        test::OpsFixture f;
        QSettings settings(iniPath("manager.ini"), QSettings::IniFormat);
        AppContext context = f.context(f.manager);
        SettingsDialog dialog(context, settings);
        dialog.show();
        auto *name = dialog.findChild<QLineEdit *>(QStringLiteral("storeName"));
        QCOMPARE(name->text(), QStringLiteral("Magasin test"));
        name->setText(QStringLiteral("Boutique du Centre"));
        dialog.findChild<QLineEdit *>(QStringLiteral("postalCode"))->setText(QStringLiteral("69002"));
        dialog.findChild<QLineEdit *>(QStringLiteral("city"))->setText(QStringLiteral("Lyon"));
        dialog.findChild<QLineEdit *>(QStringLiteral("phone"))->setText(QStringLiteral("04 78 00 00 00"));
        dialog.findChild<QLineEdit *>(QStringLiteral("siret"))->setText(QStringLiteral("732 829 320 00075"));
        dialog.findChild<QSpinBox *>(QStringLiteral("backupKeep"))->setValue(30);
        auto *language = dialog.findChild<QComboBox *>(QStringLiteral("language"));
        language->setCurrentIndex(language->findData(QStringLiteral("en")));
        dialog.tabs()->setCurrentIndex(0);

        // A wrong SIRET: shown on the Store tab, and nothing at all is saved.
        const qint64 audits = f.t.count(QStringLiteral("audit_log"));
        auto *save = dialog.findChild<QPushButton *>(QStringLiteral("save"));
        QTest::mouseClick(save, Qt::LeftButton);
        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.tabs()->currentIndex(), 2);
        auto *siretError = dialog.findChild<FieldError *>(QStringLiteral("siretError"));
        QVERIFY(siretError->isVisible());
        QVERIFY(test::focusIsIn(&dialog, dialog.findChild<QLineEdit *>(QStringLiteral("siret"))));
        QCOMPARE(f.t.count(QStringLiteral("audit_log")), audits);
        StoreService store(f.t.db(), f.t.clock());
        QCOMPARE(store.info()->name, QStringLiteral("Magasin test"));
        QCOMPARE(store.backupKeep(f.manager).value(), 10);
        QVERIFY(!settings.contains(QStringLiteral("ui/language")));

        dialog.findChild<QLineEdit *>(QStringLiteral("siret"))->setText(QStringLiteral("732 829 320 00074"));
        QTest::mouseClick(save, Qt::LeftButton);
        QVERIFY(!dialog.isVisible());
        const StoreInfo after = store.info().value();
        QCOMPARE(after.name, QStringLiteral("Boutique du Centre"));
        QCOMPARE(after.city, QStringLiteral("Lyon"));
        QCOMPARE(after.phone, QStringLiteral("+33478000000"));
        QCOMPARE(after.siret, QStringLiteral("73282932000074"));
        QCOMPARE(store.backupKeep(f.manager).value(), 30);
        QCOMPARE(f.t.count(QStringLiteral("audit_log")), audits + 2);
        QCOMPARE(f.t.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE scope = 'system'")).toInt(), 2);
        QCOMPARE(settings.value(QStringLiteral("ui/language")).toString(), QStringLiteral("en"));
    }

    void anAssociateChangesOnlyTheWorkstationPreferences()
    {
        test::OpsFixture f;
        QSettings settings(iniPath("associate.ini"), QSettings::IniFormat);
        AppContext context = f.context(f.associate);
        SettingsDialog dialog(context, settings);
        dialog.show();
        for (const char *field : {"storeName", "address", "postalCode", "city", "phone", "siret"})
            QVERIFY2(dialog.findChild<QLineEdit *>(QString::fromLatin1(field))->isReadOnly(), field);
        QVERIFY(!dialog.findChild<QSpinBox *>(QStringLiteral("backupKeep"))->isEnabled());

        dialog.findChild<QLineEdit *>(QStringLiteral("backupFolder"))->setText(m_dir.filePath(QStringLiteral("saves")));
        dialog.findChild<QLineEdit *>(QStringLiteral("databasePath"))->setText(m_dir.filePath(QStringLiteral("shop.db")));
        const qint64 audits = f.t.count(QStringLiteral("audit_log"));
        QTest::keyClick(dialog.findChild<QLineEdit *>(QStringLiteral("backupFolder")), Qt::Key_Return);
        QVERIFY(!dialog.isVisible());
        QCOMPARE(settings.value(QStringLiteral("backup/folder")).toString(), m_dir.filePath(QStringLiteral("saves")));
        QCOMPARE(settings.value(QStringLiteral("database/path")).toString(), m_dir.filePath(QStringLiteral("shop.db")));
        QCOMPARE(settings.value(QStringLiteral("ui/language")).toString(), QStringLiteral("fr"));
        QCOMPARE(f.t.count(QStringLiteral("audit_log")), audits);
    }

    void theLanguageNoteSaysWhenItApplies()
    {
        test::OpsFixture f;
        QSettings settings(iniPath("note.ini"), QSettings::IniFormat);
        settings.setValue(QStringLiteral("ui/language"), QStringLiteral("en"));
        AppContext context = f.context(f.intern);
        SettingsDialog dialog(context, settings);
        QCOMPARE(dialog.findChild<QComboBox *>(QStringLiteral("language"))->currentData().toString(),
                 QStringLiteral("en"));
        bool noted = false;
        for (QLabel *label : dialog.findChildren<QLabel *>())
            noted = noted || label->text().contains(QStringLiteral("next time"));
        QVERIFY(noted);
        QTest::keyClick(&dialog, Qt::Key_Escape);
        QVERIFY(!dialog.isVisible());
    }

    void theMainWindowOpensItFromTheKeyboard()
    {
        test::OpsFixture f;
        StoreInfo identity;
        identity.name = QStringLiteral("Maison Durand — Lyon Centre");
        identity.address = QStringLiteral("12 rue de la République");
        identity.postalCode = QStringLiteral("69002");
        identity.city = QStringLiteral("Lyon");
        identity.phone = QStringLiteral("04 78 00 00 00");
        identity.siret = QStringLiteral("73282932000074");
        QVERIFY(StoreService(f.t.db(), f.t.clock()).updateStore(f.manager, identity).ok());
        MainWindow window(f.services(), f.technician);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *action = window.findChild<QAction *>(QStringLiteral("settingsAction"));
        QVERIFY(action);
        QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_Comma));
        QTest::keySequence(&window, action->shortcut());
        auto *dialog = window.findChild<SettingsDialog *>();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QVERIFY(dialog->findChild<QSpinBox *>(QStringLiteral("backupKeep"))->isEnabled()); // settings.write
        dialog->tabs()->setCurrentIndex(2);
        test::saveScreenshot(dialog, QStringLiteral("settings"));
        dialog->reject();
    }
};

QTEST_MAIN(SettingsTest)
#include "SettingsTest.moc"
