#include "io/AtomicFileWriter.h"

#include "CatchQtStrings.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <unistd.h>

using namespace comptoir;

namespace {

QByteArray contents(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void put(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

QStringList filesIn(const QString &dir)
{
    return QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
}

} // namespace

TEST_CASE("An atomic write appears only on commit", "[io][atomic]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("export.csv"));
    AtomicFileWriter out(path);
    REQUIRE(out.open().ok());
    out.device()->write("a;b\r\n");
    CHECK_FALSE(QFile::exists(path)); // still in the temporary file
    REQUIRE(out.commit().ok());
    CHECK(contents(path) == QByteArray("a;b\r\n"));
    CHECK(filesIn(dir.path()) == QStringList{QStringLiteral("export.csv")});
}

TEST_CASE("A cancelled write keeps the previous file intact and leaves nothing behind", "[io][atomic]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("export.csv"));
    put(path, "old contents\n");
    {
        AtomicFileWriter out(path);
        REQUIRE(out.open().ok());
        out.device()->write("new half-written contents");
        out.discard();
    }
    CHECK(contents(path) == QByteArray("old contents\n"));
    {
        AtomicFileWriter out(path); // destroyed without commit: same as discard
        REQUIRE(out.open().ok());
        out.device()->write("abandoned");
    }
    CHECK(contents(path) == QByteArray("old contents\n"));
    CHECK(filesIn(dir.path()) == QStringList{QStringLiteral("export.csv")});

    AtomicFileWriter out(path);
    REQUIRE(out.open().ok());
    out.device()->write("replaced");
    REQUIRE(out.commit().ok());
    CHECK(contents(path) == QByteArray("replaced"));
}

TEST_CASE("An unwritable place gives a clear error naming the path, and no file", "[io][atomic][errors]")
{
    QTemporaryDir dir;
    put(dir.filePath(QStringLiteral("plain-file")), "x");
    // A folder that is a file: fails even for root.
    const QString path = dir.filePath(QStringLiteral("plain-file/export.csv"));
    AtomicFileWriter out(path);
    const Status st = out.open();
    REQUIRE_FALSE(st.ok());
    CHECK(st.error().code == ErrorCode::Io);
    CHECK(st.error().message.contains(QDir::toNativeSeparators(path)));
    CHECK_FALSE(out.commit().ok());
    CHECK(filesIn(dir.path()) == QStringList{QStringLiteral("plain-file")});

    // A read-only folder (meaningless for root, who may write anywhere).
    const QString ro = dir.filePath(QStringLiteral("readonly"));
    REQUIRE(QDir().mkdir(ro));
    REQUIRE(QFile::setPermissions(ro, QFile::ReadOwner | QFile::ExeOwner));
    if (::geteuid() != 0) {
        AtomicFileWriter denied(ro + QStringLiteral("/export.csv"));
        const Status d = denied.open();
        REQUIRE_FALSE(d.ok());
        CHECK(d.error().message.contains(QDir::toNativeSeparators(ro + QStringLiteral("/export.csv"))));
        CHECK(filesIn(ro).isEmpty());
    }
    QFile::setPermissions(ro, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
}

TEST_CASE("A commit that fails leaves no file", "[io][atomic][errors]")
{
    QTemporaryDir dir;
    const QString sub = dir.filePath(QStringLiteral("sub"));
    REQUIRE(QDir().mkdir(sub));
    const QString path = sub + QStringLiteral("/export.csv");
    AtomicFileWriter out(path);
    REQUIRE(out.open().ok());
    out.device()->write("data");
    REQUIRE(QDir(sub).removeRecursively()); // the folder vanishes under the export
    const Status st = out.commit();
    REQUIRE_FALSE(st.ok());
    CHECK(st.error().message.contains(QDir::toNativeSeparators(path)));
    CHECK_FALSE(QFile::exists(path));
}

TEST_CASE("replace() moves a finished file over the target", "[io][atomic]")
{
    QTemporaryDir dir;
    const QString from = dir.filePath(QStringLiteral(".tmp"));
    const QString to = dir.filePath(QStringLiteral("out.xlsx"));
    put(from, "new");
    put(to, "old");
    REQUIRE(AtomicFileWriter::replace(from, to).ok());
    CHECK(contents(to) == QByteArray("new"));
    CHECK_FALSE(QFile::exists(from));
    const Status st = AtomicFileWriter::replace(from, to); // nothing to move any more
    REQUIRE_FALSE(st.ok());
    CHECK(st.error().message.contains(QDir::toNativeSeparators(to)));
    CHECK(contents(to) == QByteArray("new"));
}
