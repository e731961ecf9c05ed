// Where store data lives: folders made owner-only, a new database file 0600, and a place
// that cannot be used (a file in the way, a folder the user may not enter, a read-only
// disk) named in a clear message, by the core and by comptoir-cli, never an SQLite error
// that reads like a damaged database. Tests run as root: PermissionBitsApply makes mode
// bits count for this thread, ReadOnlyMount makes a read-only disk (not in a chroot).
#include "CliRun.h"
#include "PermissionBitsApply.h"
#include "ReadOnlyMount.h"

#include "storage/DataFolder.h"
#include "storage/Database.h"
#include "Version.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>

#include <sys/stat.h>
#include <unistd.h>

using namespace comptoir;

namespace {

int modeOf(const QString &path)
{
    struct stat info {};
    REQUIRE(::stat(QFile::encodeName(path).constData(), &info) == 0);
    return int(info.st_mode & 07777);
}

void writeFile(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write("not a folder");
}

/** comptoir-cli `args` as the program `wrapper` runs it (setpriv…), else directly. */
test::CliRun runWrapped(const QStringList &wrapper, const QStringList &args)
{
    QProcess p;
    const QStringList all = wrapper + QStringList{test::cliPath()} + args;
    p.start(all.first(), all.mid(1));
    REQUIRE(p.waitForStarted());
    p.closeWriteChannel();
    REQUIRE(p.waitForFinished(60000));
    test::CliRun r{p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
                   QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
    UNSCOPED_INFO(all.join(QLatin1Char(' ')).toStdString() << " → " << r.exitCode << '\n' << r.err.toStdString());
    return r;
}

} // namespace

TEST_CASE("prepare() makes each missing folder owner-only and leaves the rest as they were", "[datafolder]")
{
    QTemporaryDir tmp;
    const QString top = tmp.filePath(QStringLiteral("share"));
    const QString folder = top + QStringLiteral("/Comptoir/Comptoir");
    REQUIRE(QDir().mkdir(top));
    REQUIRE(QFile::setPermissions(top, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup
                                           | QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther));
    REQUIRE(DataFolder::prepare(folder).ok());
    CHECK(modeOf(top) == 0755);
    CHECK(modeOf(top + QStringLiteral("/Comptoir")) == 0700);
    CHECK(modeOf(folder) == 0700);
    CHECK(DataFolder::prepare(folder).ok()); // there already: fine
}

TEST_CASE("A new database file is owner-only, and so are its WAL files", "[datafolder][database]")
{
    QTemporaryDir tmp;
    const QString path = tmp.filePath(QStringLiteral("store.db"));
    auto db = Database::open(path, Database::Mode::OpenOrCreate);
    REQUIRE(db.ok());
    CHECK(modeOf(path) == 0600);
    REQUIRE((*db)->exec(QStringLiteral("CREATE TABLE note(id INTEGER PRIMARY KEY)")).ok());
    REQUIRE(QFileInfo::exists(path + QStringLiteral("-wal")));
    CHECK(modeOf(path + QStringLiteral("-wal")) == 0600);
    CHECK(modeOf(path + QStringLiteral("-shm")) == 0600);
}

TEST_CASE("A file where a folder is expected is named", "[datafolder]")
{
    QTemporaryDir tmp;
    const QString file = tmp.filePath(QStringLiteral("Comptoir"));
    writeFile(file);

    const Status asFolder = DataFolder::check(file);
    REQUIRE_FALSE(asFolder.ok());
    CHECK(asFolder.error().code == ErrorCode::Io);
    CHECK(asFolder.error().message.contains(file));

    const Status below = DataFolder::prepare(file + QStringLiteral("/Comptoir/backups"));
    REQUIRE_FALSE(below.ok());
    CHECK(below.error().message.contains(file + QStringLiteral(" is a file")));

    auto db = Database::open(file + QStringLiteral("/comptoir.db"), Database::Mode::OpenOrCreate);
    REQUIRE_FALSE(db.ok());
    CHECK(db.error().code == ErrorCode::Io);
    CHECK(db.error().message.contains(file + QStringLiteral(" is a file")));
}

TEST_CASE("A folder the user may not read or write is named, not taken for a missing file", "[datafolder]")
{
    QTemporaryDir tmp;
    const QString folder = tmp.filePath(QStringLiteral("locked"));
    REQUIRE(QDir().mkdir(folder));
    {
        auto made = Database::open(folder + QStringLiteral("/store.db"), Database::Mode::OpenOrCreate);
        REQUIRE(made.ok());
    }
    REQUIRE(::chmod(QFile::encodeName(folder).constData(), 0) == 0);
    {
        test::PermissionBitsApply asAnyUser;
        REQUIRE(asAnyUser.active());
        const Status check = DataFolder::check(folder);
        REQUIRE_FALSE(check.ok());
        CHECK(check.error().message.contains(QStringLiteral("No permission")));
        CHECK(check.error().message.contains(folder));

        auto existing = Database::open(folder + QStringLiteral("/store.db"), Database::Mode::OpenExisting);
        REQUIRE_FALSE(existing.ok());
        CHECK(existing.error().code == ErrorCode::Io);
        CHECK(existing.error().message.contains(QStringLiteral("No permission")));
        CHECK(existing.error().message.contains(folder));
        CHECK(DataFolder::prepare(folder + QStringLiteral("/backups")).error().message.contains(folder));
    }
    REQUIRE(::chmod(QFile::encodeName(folder).constData(), 0700) == 0);
}

TEST_CASE("A data folder on a read-only disk is named, for a new and an existing database", "[datafolder]")
{
    QTemporaryDir tmp;
    const QString disk = tmp.filePath(QStringLiteral("disk"));
    REQUIRE(QDir().mkdir(disk));
    const QString existingPath = disk + QStringLiteral("/store.db");
    REQUIRE(Database::open(existingPath, Database::Mode::OpenOrCreate).ok());

    test::ReadOnlyMount readOnly(disk);
    if (!readOnly.available()) {
        WARN("no read-only disk here (" << readOnly.why().toStdString()
                                        << "): the read-only case is not checked; the others are");
        return;
    }
    const Status check = DataFolder::check(disk);
    REQUIRE_FALSE(check.ok());
    CHECK(check.error().message.contains(QStringLiteral("read-only disk")));
    CHECK(check.error().message.contains(disk));

    auto created = Database::open(disk + QStringLiteral("/new.db"), Database::Mode::OpenOrCreate);
    REQUIRE_FALSE(created.ok());
    CHECK(created.error().code == ErrorCode::Io);
    CHECK(created.error().message.contains(QStringLiteral("read-only disk")));
    CHECK_FALSE(QFileInfo::exists(disk + QStringLiteral("/new.db")));

    auto existing = Database::open(existingPath, Database::Mode::OpenExisting);
    REQUIRE_FALSE(existing.ok());
    CHECK(existing.error().code == ErrorCode::Io); // not ErrorCode::Database: nothing is damaged
    CHECK(existing.error().message.contains(disk));

    const Status backups = DataFolder::prepare(disk + QStringLiteral("/backups"));
    REQUIRE_FALSE(backups.ok());
    CHECK(backups.error().message.contains(QStringLiteral("read-only disk")));
}

TEST_CASE("cli: --version prints the version of the build", "[datafolder][cli]")
{
    const test::CliRun r = test::runCli({QStringLiteral("--version")});
    CHECK(r.exitCode == 0);
    CHECK(r.out == QStringLiteral("comptoir-cli " COMPTOIR_VERSION "\n"));
}

TEST_CASE("cli: init in a folder it may not write, or on a read-only disk, says which and fails", "[datafolder][cli]")
{
    QTemporaryDir tmp;
    const QString locked = tmp.filePath(QStringLiteral("locked"));
    REQUIRE(QDir().mkdir(locked));
    REQUIRE(::chmod(QFile::encodeName(locked).constData(), 0) == 0);
    // As root, the CLI runs without the capabilities that override permission bits.
    const QStringList asAnyUser = ::geteuid() == 0 ? QStringList{QStringLiteral("setpriv"),
                                                                   QStringLiteral("--bounding-set=-dac_override,-dac_read_search")}
                                                   : QStringList();
    const test::CliRun denied = runWrapped(asAnyUser, {QStringLiteral("init"), locked + QStringLiteral("/store.db")});
    CHECK(denied.exitCode == 1);
    CHECK(denied.err.contains(QStringLiteral("No permission")));
    CHECK(denied.err.contains(locked));
    REQUIRE(::chmod(QFile::encodeName(locked).constData(), 0700) == 0);
    CHECK_FALSE(QFileInfo::exists(locked + QStringLiteral("/store.db")));

    const QString disk = tmp.filePath(QStringLiteral("disk"));
    REQUIRE(QDir().mkdir(disk));
    test::ReadOnlyMount readOnly(disk); // comptoir-cli, started from this thread, sees it too
    if (!readOnly.available()) {
        WARN("no read-only disk here (" << readOnly.why().toStdString() << "): that case is not checked");
        return;
    }
    const test::CliRun onReadOnly = test::runCli({QStringLiteral("init"), disk + QStringLiteral("/store.db")});
    CHECK(onReadOnly.exitCode == 1);
    CHECK(onReadOnly.err.contains(QStringLiteral("read-only disk")));
    CHECK(onReadOnly.err.contains(disk));
}
