// The restore path of the Administration area, up to the event loop's restart: a backup
// taken from the Backups tab, "Restore…" confirmed by the technician closes the window with
// the request recorded, then the start-up loop's restore step (performRestore) replaces the
// closed database, keeps the replaced file aside, and refuses a corrupt backup without
// touching the database. A manager has no Restore button and cannot restore.
#include "OpsFixture.h"

#include "admin/AdminPage.h"
#include "admin/BackupsTab.h"
#include "shell/Areas.h"
#include "shell/MainWindow.h"
#include "shell/Startup.h"
#include "storage/DatabaseLock.h"
#include "widgets/AskUser.h"

#include <QCryptographicHash>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>

using namespace comptoir;
using namespace comptoir::ui;

namespace {

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&f);
    return hash.result();
}

/** Customers named `lastName` in the database file `path` (opened for the check, then closed). */
qint64 customersIn(const QString &path, const QString &lastName)
{
    auto opened = Database::open(path, Database::Mode::OpenExisting);
    if (!opened)
        return -1;
    QSqlQuery q((*opened)->connection());
    q.prepare(QStringLiteral("SELECT count(*) FROM customer WHERE last_name = ?"));
    q.addBindValue(lastName);
    if (!q.exec() || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

/** The files "<db>.replaced-*" next to `dbPath`. */
QStringList replacedFiles(const QString &dbPath)
{
    const QFileInfo db(dbPath);
    return db.absoluteDir().entryList({db.fileName() + QStringLiteral(".replaced-*")}, QDir::Files);
}

/** A store in a database file, with the staff sessions and customers made through the service. */
struct RestoreFixture {
    test::TestDatabase t{test::TestDatabase::Kind::File};
    Session technician = t.technician();
    Session manager = t.manager();
    Session associate = t.associate();

    AppServices &services() { return t.services(); }
    AppContext context(const Session &session) { return AppContext{&t.services(), session}; }
    qint64 customer(const QString &first, const QString &last)
    {
        CustomerInput c;
        c.firstName = first;
        c.lastName = last;
        auto id = CustomerService(t.db(), t.clock()).create(associate, c);
        return id ? *id : 0;
    }
};

BackupsTab *backupsTabOf(MainWindow &window)
{
    if (!window.showArea(QStringLiteral("admin")))
        return nullptr;
    auto *page = qobject_cast<AdminPage *>(window.currentPage());
    return page ? page->findChild<BackupsTab *>() : nullptr;
}

} // namespace

class RestoreTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::isolateSettings(); }
    void init()
    {
        QVERIFY(m_backups.isValid());
        QSettings().setValue(QStringLiteral("backup/folder"), m_backups.path());
        for (const QString &name : QDir(m_backups.path()).entryList(QDir::Files))
            QFile::remove(m_backups.filePath(name));
    }
    void cleanup() { AskUser::preAnswer(std::nullopt); }

    void technicianRestoresABackupTakenInTheBackupsTab()
    {
        RestoreFixture f;
        const QString dbPath = f.t.path();
        QVERIFY(f.customer(QStringLiteral("Hélène"), QStringLiteral("Avant")) > 0);
        QString backupPath;
        {
            auto lock = DatabaseLock::shared(dbPath); // held by the app while the database is open
            QVERIFY(lock);
            MainWindow window(f.services(), f.technician);
            registerAreas(window);
            window.show();
            BackupsTab *tab = backupsTabOf(window);
            QVERIFY(tab);
            auto *now = tab->findChild<QPushButton *>(QStringLiteral("backupNow"));
            QVERIFY(now);
            QTest::mouseClick(now, Qt::LeftButton);
            QCOMPARE(tab->table()->rowCount(), 1);
            backupPath = tab->table()->item(0, 0)->data(Qt::UserRole).toString();
            QVERIFY(QFile::exists(backupPath));
            QCOMPARE(QFileInfo(backupPath).absolutePath(), QDir(m_backups.path()).absolutePath()); // the folder set in init()

            // Written after the backup: the restore must take it away.
            QVERIFY(f.customer(QStringLiteral("Paul"), QStringLiteral("Après")) > 0);

            auto *restore = tab->findChild<QPushButton *>(QStringLiteral("restore"));
            QVERIFY(restore);
            tab->table()->setCurrentCell(0, 0);
            AskUser::preAnswer(false); // "Cancel": nothing happens
            QTest::mouseClick(restore, Qt::LeftButton);
            QVERIFY(window.pendingRestore().isEmpty());
            QVERIFY(window.isVisible());

            AskUser::preAnswer(true); // "Close and restore"
            QTest::mouseClick(restore, Qt::LeftButton);
            QCOMPARE(window.pendingRestore(), backupPath);
            QVERIFY(!window.isVisible()); // the window asked to close: the start-up loop takes over
            // While the database is open, a restore is refused and changes nothing.
            const RestoreStep busy = performRestore(f.technician, backupPath, dbPath, f.t.clock());
            QVERIFY(!busy.restored);
            QVERIFY2(busy.message.contains(QStringLiteral("database is unchanged")), qPrintable(busy.message));
            QVERIFY(replacedFiles(dbPath).isEmpty());
        }
        f.t.close(); // the start-up loop closes the database and releases its lock

        const RestoreStep step = performRestore(f.technician, backupPath, dbPath, f.t.clock());
        QVERIFY2(step.restored, qPrintable(step.message));
        QVERIFY(!step.replacedPath.isEmpty());
        QVERIFY(QFile::exists(step.replacedPath));
        QCOMPARE(replacedFiles(dbPath), QStringList{QFileInfo(step.replacedPath).fileName()});
        QVERIFY2(step.message.contains(step.replacedPath), qPrintable(step.message));
        QVERIFY2(step.message.contains(QFileInfo(backupPath).fileName()), qPrintable(step.message));

        // The restored database has the customer of before the backup, not the one after.
        QCOMPARE(customersIn(dbPath, QStringLiteral("Avant")), 1);
        QCOMPARE(customersIn(dbPath, QStringLiteral("Après")), 0);
        // The replaced database, kept aside, still has both.
        QCOMPARE(customersIn(step.replacedPath, QStringLiteral("Avant")), 1);
        QCOMPARE(customersIn(step.replacedPath, QStringLiteral("Après")), 1);
        // The restore is in the restored database's audit trail, by the technician.
        auto restored = Database::open(dbPath, Database::Mode::OpenExisting);
        QVERIFY(restored);
        QSqlQuery q((*restored)->connection());
        q.prepare(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'restore' AND user_id = ?"));
        q.addBindValue(f.technician.userId);
        QVERIFY(q.exec() && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
    }

    void aCorruptBackupIsRefusedAndTheDatabaseLeftAsItWas()
    {
        RestoreFixture f;
        const QString dbPath = f.t.path();
        QVERIFY(f.customer(QStringLiteral("Paul"), QStringLiteral("Après")) > 0);
        QString goodBackup;
        {
            AppContext context = f.context(f.technician);
            BackupsTab tab(context, m_backups.path());
            QTest::mouseClick(tab.findChild<QPushButton *>(QStringLiteral("backupNow")), Qt::LeftButton);
            QCOMPARE(tab.table()->rowCount(), 1);
            goodBackup = tab.table()->item(0, 0)->data(Qt::UserRole).toString();
        }
        f.t.close();

        // A backup cut short (as by a full disk or an interrupted copy), and one that is not a database at all.
        QFile good(goodBackup);
        QVERIFY(good.open(QIODevice::ReadOnly));
        const QByteArray bytes = good.readAll();
        good.close();
        QVERIFY(bytes.size() > 8192);
        const QString truncated = m_backups.filePath(QStringLiteral("comptoir-truncated.db"));
        const QString garbage = m_backups.filePath(QStringLiteral("comptoir-garbage.db"));
        for (const auto &[path, content] : {std::pair{truncated, bytes.left(bytes.size() / 2)},
                                            std::pair{garbage, QByteArray(16384, 'x')}}) {
            QFile out(path);
            QVERIFY(out.open(QIODevice::WriteOnly));
            QCOMPARE(out.write(content), qint64(content.size()));
        }

        const QByteArray before = fileHash(dbPath);
        QVERIFY(!before.isEmpty());
        for (const QString &corrupt : {truncated, garbage}) {
            const RestoreStep step = performRestore(f.technician, corrupt, dbPath, f.t.clock());
            QVERIFY2(!step.restored, qPrintable(corrupt));
            qInfo().noquote() << "refused:" << step.message;
            QVERIFY2(step.message.contains(QStringLiteral("The backup was not restored; the database is unchanged.")),
                     qPrintable(step.message));
            QVERIFY2(step.message.contains(QStringLiteral("restore refused")), qPrintable(step.message));
            QVERIFY(step.replacedPath.isEmpty());
            QCOMPARE(fileHash(dbPath), before);
            QVERIFY(replacedFiles(dbPath).isEmpty());
            // No checked copy is left behind next to the database.
            QCOMPARE(QDir(f.t.dir()).entryList({QStringLiteral("*.restore*")}, QDir::Files), QStringList());
        }
        QCOMPARE(customersIn(dbPath, QStringLiteral("Après")), 1);
    }

    void managerHasNoRestoreButtonAndCannotRestore()
    {
        RestoreFixture f;
        const QString dbPath = f.t.path();
        QString backupPath;
        {
            MainWindow window(f.services(), f.manager);
            registerAreas(window);
            window.show();
            BackupsTab *tab = backupsTabOf(window);
            QVERIFY(tab); // the manager may back up...
            QVERIFY(!tab->findChild<QPushButton *>(QStringLiteral("restore"))); // ...but not restore
            QTest::mouseClick(tab->findChild<QPushButton *>(QStringLiteral("backupNow")), Qt::LeftButton);
            QCOMPARE(tab->table()->rowCount(), 1);
            backupPath = tab->table()->item(0, 0)->data(Qt::UserRole).toString();
        }
        QVERIFY(f.customer(QStringLiteral("Paul"), QStringLiteral("Après")) > 0);
        f.t.close();
        const QByteArray before = fileHash(dbPath);
        const RestoreStep step = performRestore(f.manager, backupPath, dbPath, f.t.clock());
        QVERIFY(!step.restored);
        QVERIFY2(step.message.contains(QStringLiteral("database is unchanged")), qPrintable(step.message));
        QCOMPARE(fileHash(dbPath), before);
        QVERIFY(replacedFiles(dbPath).isEmpty());
        QCOMPARE(customersIn(dbPath, QStringLiteral("Après")), 1);
    }

private:
    QTemporaryDir m_backups;
};

QTEST_MAIN(RestoreTest)
#include "RestoreTest.moc"
