// The start of the app as installed: the default store in the user's data folder (made
// owner-only), the first-run dialog on a new store (and its screenshot), and a broken or
// partial install (a missing catalogue, a data folder that is a file, unreadable or on a
// read-only disk) shown in a dialog naming the path, never a crash or an empty store made
// elsewhere. runApplication() runs as in the app; a timer answers its modal dialogs.
#include "PermissionBitsApply.h"
#include "ReadOnlyMount.h"
#include "TestSettings.h"

#include "shell/FirstRunDialog.h"
#include "settings/Language.h"
#include "shell/Startup.h"
#include "storage/Database.h"

#include <QApplication>
#include <QImage>
#include <QMessageBox>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

#include <sys/stat.h>

using namespace comptoir;
using namespace comptoir::ui;

namespace {

/** Answers the modal dialogs runApplication() opens: keeps each message box's text and closes it; cancels the first-run dialog. */
class ModalAnswerer final : public QObject {
    Q_OBJECT

public:
    ModalAnswerer()
    {
        connect(&m_timer, &QTimer::timeout, this, &ModalAnswerer::answer);
        m_timer.start(20);
    }
    QStringList messages;
    int firstRunDialogs = 0;

private:
    void answer()
    {
        QWidget *modal = QApplication::activeModalWidget();
        if (auto *box = qobject_cast<QMessageBox *>(modal)) {
            messages << box->text();
            box->done(QMessageBox::Ok);
        } else if (auto *firstRun = qobject_cast<FirstRunDialog *>(modal)) {
            ++firstRunDialogs;
            firstRun->reject();
        }
    }
    QTimer m_timer;
};

int modeOf(const QString &path)
{
    struct stat info {};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return -1;
    return int(info.st_mode & 07777);
}

int start(const StartupOptions &options = {})
{
    return runApplication(*qobject_cast<QApplication *>(QCoreApplication::instance()), options);
}

/** Sets an environment variable for one test, and puts the previous value back. */
class ScopedEnv {
public:
    ScopedEnv(const char *name, const QString &value) : m_name(name), m_old(qgetenv(name)), m_was(qEnvironmentVariableIsSet(name))
    {
        qputenv(name, value.toLocal8Bit());
    }
    ~ScopedEnv()
    {
        if (m_was)
            qputenv(m_name, m_old);
        else
            qunsetenv(m_name);
    }
    ScopedEnv(const ScopedEnv &) = delete;
    ScopedEnv &operator=(const ScopedEnv &) = delete;

private:
    const char *m_name;
    QByteArray m_old;
    bool m_was;
};

} // namespace

class StartupTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::isolateSettings(); }

    // First: no catalogue is installed in this process yet, so "English" is what shows.
    void aMissingCatalogueIsNamedAndTheTextsStayInEnglish()
    {
        QTemporaryDir empty;
        QString problem;
        {
            ScopedEnv catalogues("COMPTOIR_TRANSLATIONS_DIR", empty.path());
            QVERIFY(!Language::install(*QCoreApplication::instance(), QStringLiteral("fr"), &problem));
        }
        QVERIFY2(problem.contains(empty.filePath(QStringLiteral("comptoir_fr.qm"))), qPrintable(problem));
        QCOMPARE(QCoreApplication::translate("comptoir::ui::MainWindow", "&Tools"), QStringLiteral("&Tools"));

        // The build's catalogues (BuildTranslations.cpp): French again.
        problem.clear();
        QVERIFY(Language::install(*QCoreApplication::instance(), QStringLiteral("fr"), &problem));
        QVERIFY(problem.isEmpty());
        QCOMPARE(QCoreApplication::translate("comptoir::ui::MainWindow", "&Tools"), QStringLiteral("&Outils"));
    }

    void theFirstStartMakesAnOwnerOnlyStoreAndAsksForTheAccounts()
    {
        QTemporaryDir home;
        ScopedEnv data("XDG_DATA_HOME", home.filePath(QStringLiteral("share")));
        ModalAnswerer answerer;
        QCOMPARE(start(), 0); // the first-run dialog cancelled: the app ends, nothing else shown
        QCOMPARE(answerer.firstRunDialogs, 1);
        QVERIFY2(answerer.messages.isEmpty(), qPrintable(answerer.messages.join(QLatin1Char('\n'))));
        const QString folder = home.filePath(QStringLiteral("share/ComptoirTests/gui"));
        QCOMPARE(modeOf(home.filePath(QStringLiteral("share"))), 0700);
        QCOMPARE(modeOf(folder), 0700);
        QCOMPARE(modeOf(folder + QStringLiteral("/comptoir.db")), 0600);
    }

    void screenshotModeOnANewStoreSavesTheFirstRunDialog()
    {
        QTemporaryDir dir;
        StartupOptions options;
        options.databasePath = dir.filePath(QStringLiteral("new.db"));
        QVERIFY(Database::open(options.databasePath, Database::Mode::OpenOrCreate).ok());
        options.screenshotPath = dir.filePath(QStringLiteral("first-run.png"));
        QCOMPARE(start(options), 0);
        const QImage shot(options.screenshotPath);
        QVERIFY(!shot.isNull());
        QVERIFY(shot.width() >= 400 && shot.height() >= 300);
    }

    void aBrokenInstallIsNamedInDialogs()
    {
        QTemporaryDir home;
        const QString file = home.filePath(QStringLiteral("share"));
        QFile blocker(file);
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        ScopedEnv data("XDG_DATA_HOME", file); // a file where the data folders should be
        ScopedEnv catalogues("COMPTOIR_TRANSLATIONS_DIR", home.filePath(QStringLiteral("no-translations")));
        ModalAnswerer answerer;
        QCOMPARE(start(), 1);
        QCOMPARE(answerer.messages.size(), 2);
        QVERIFY2(answerer.messages.at(0).contains(home.filePath(QStringLiteral("no-translations/comptoir_fr.qm"))),
                 qPrintable(answerer.messages.at(0)));
        // The folder that cannot be made, and the file in its way (the words may be French).
        QVERIFY2(answerer.messages.at(1).contains(file + QStringLiteral("/ComptoirTests/gui")),
                 qPrintable(answerer.messages.at(1)));
        QVERIFY2(answerer.messages.at(1).count(file) == 2, qPrintable(answerer.messages.at(1)));
        QCOMPARE(answerer.firstRunDialogs, 0);
    }

    void anUnreadableDataFolderIsNamed()
    {
        QTemporaryDir home;
        const QString share = home.filePath(QStringLiteral("share"));
        QVERIFY(QDir().mkdir(share));
        QVERIFY(::chmod(QFile::encodeName(share).constData(), 0) == 0);
        ScopedEnv data("XDG_DATA_HOME", share);
        ModalAnswerer answerer;
        {
            test::PermissionBitsApply asAnyUser;
            QVERIFY(asAnyUser.active());
            QCOMPARE(start(), 1);
        }
        QVERIFY(::chmod(QFile::encodeName(share).constData(), 0700) == 0);
        QCOMPARE(answerer.messages.size(), 1);
        QVERIFY2(answerer.messages.at(0).contains(share), qPrintable(answerer.messages.at(0)));
        QCOMPARE(answerer.firstRunDialogs, 0);
    }

    void aDataFolderOrADatabaseOnAReadOnlyDiskIsNamed()
    {
        QTemporaryDir home;
        const QString disk = home.filePath(QStringLiteral("disk"));
        QVERIFY(QDir().mkdir(disk));
        const QString existing = disk + QStringLiteral("/store.db");
        QVERIFY(Database::open(existing, Database::Mode::OpenOrCreate).ok());
        test::ReadOnlyMount readOnly(disk);
        if (!readOnly.available())
            QSKIP(qPrintable(QStringLiteral("no read-only disk here: %1").arg(readOnly.why())));

        ScopedEnv data("XDG_DATA_HOME", disk); // the default store's folder would be made there
        ModalAnswerer answerer;
        QCOMPARE(start(), 1);
        StartupOptions options;
        options.databasePath = existing;
        QCOMPARE(start(options), 1);
        QCOMPARE(answerer.messages.size(), 2);
        // The core's own test checks the words ("read-only disk"); here, that a dialog names the disk.
        for (const QString &message : std::as_const(answerer.messages))
            QVERIFY2(message.contains(disk), qPrintable(message));
    }
};

QTEST_MAIN(StartupTest)
#include "StartupTest.moc"
