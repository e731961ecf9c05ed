#include "io/XlsxWriter.h"

#include "CatchQtStrings.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace comptoir;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

/** A member of a zip archive, through unzip (or Python's zipfile when unzip is missing). */
QByteArray zipMember(const QString &archive, const QString &member)
{
    QProcess p;
    if (!QStandardPaths::findExecutable(QStringLiteral("unzip")).isEmpty()) {
        p.start(QStringLiteral("unzip"), {QStringLiteral("-p"), archive, member});
    } else {
        p.start(QStringLiteral("python3"),
                {QStringLiteral("-c"),
                 QStringLiteral("import sys,zipfile; sys.stdout.buffer.write(zipfile.ZipFile(sys.argv[1]).read(sys.argv[2]))"),
                 archive, member});
    }
    REQUIRE(p.waitForFinished(30000));
    REQUIRE(p.exitCode() == 0);
    return p.readAllStandardOutput();
}

QStringList filesIn(const QString &dir)
{
    return QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
}

} // namespace

TEST_CASE("XLSX: a bold header, typed cells, text never a formula", "[io][xlsx]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("ventes.xlsx"));
    XlsxWriter xlsx(path, s("Ventes"));
    REQUIRE(xlsx.open().ok());
    REQUIRE(xlsx.writeHeader({s("Client"), s("Quantité"), s("Montant"), s("Date"), s("Payé"), s("Note")}).ok());
    REQUIRE(xlsx.writeRow({Cell::text(s("Hélène & Fils <SARL>")), Cell::integer(3), Cell::money(Money::fromCents(1250)),
                           Cell::date(QDate(2026, 11, 23)), Cell::boolean(true), Cell::text(s("=1+2\";=1+2"))})
                .ok());
    REQUIRE(xlsx.writeRow({Cell::text(s("Zoé")), Cell(), Cell::money(Money::fromCents(-5)),
                           Cell::date(QDate(1850, 1, 2)), Cell::boolean(false),
                           Cell::integer(std::numeric_limits<qint64>::max())})
                .ok());
    CHECK(xlsx.rowsWritten() == 3);
    CHECK_FALSE(QFile::exists(path)); // only on finish
    REQUIRE(xlsx.finish().ok());

    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.read(4) == QByteArray("PK\x03\x04"));
    CHECK(file.size() > 1000);
    CHECK(filesIn(dir.path()) == QStringList{QStringLiteral("ventes.xlsx")}); // no temporary left

    const QByteArray sheet = zipMember(path, QStringLiteral("xl/worksheets/sheet1.xml"));
    CHECK(sheet.contains("Hélène &amp; Fils &lt;SARL&gt;"));
    CHECK(sheet.contains("Quantit\xC3\xA9"));
    CHECK(sheet.contains("=1+2\";=1+2")); // stored as a string...
    CHECK_FALSE(sheet.contains("<f>"));    // ...never as a formula
    CHECK(sheet.contains("<v>3</v>"));
    CHECK(sheet.contains("<v>12.5</v>"));
    CHECK(sheet.contains("<v>-0.05</v>"));
    CHECK(sheet.contains("<v>46349</v>")); // 2026-11-23 as an Excel serial date
    CHECK(sheet.contains("t=\"b\"><v>1</v>"));
    CHECK(sheet.contains("1850-01-02"));          // before 1900: text
    CHECK(sheet.contains("9223372036854775807")); // beyond 2^53: text, every digit kept
    CHECK(sheet.contains("<pane ySplit=\"1\""));  // frozen header
    const QByteArray styles = zipMember(path, QStringLiteral("xl/styles.xml"));
    CHECK(styles.contains("<b/>"));
    CHECK(styles.contains("dd/mm/yyyy"));
    const QByteArray workbook = zipMember(path, QStringLiteral("xl/workbook.xml"));
    CHECK(workbook.contains("name=\"Ventes\""));
}

TEST_CASE("XLSX: a failed export leaves the previous file and nothing else", "[io][xlsx][errors]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("export.xlsx"));
    {
        QFile old(path);
        REQUIRE(old.open(QIODevice::WriteOnly));
        old.write("previous export");
    }
    {
        XlsxWriter xlsx(path);
        REQUIRE(xlsx.open().ok());
        REQUIRE(xlsx.writeHeader({s("Note")}).ok());
        const Status st = xlsx.writeRow({Cell::text(QString(XlsxWriter::kMaxTextLength + 1, u'x'))});
        REQUIRE_FALSE(st.ok());
        CHECK(st.error().message.contains(s("row 2, column 1")));
        CHECK_FALSE(xlsx.finish().ok()); // the error sticks
    }
    QFile kept(path);
    REQUIRE(kept.open(QIODevice::ReadOnly));
    CHECK(kept.readAll() == QByteArray("previous export"));
    CHECK(filesIn(dir.path()) == QStringList{QStringLiteral("export.xlsx")});

    {
        XlsxWriter cancelled(path);
        REQUIRE(cancelled.open().ok());
        REQUIRE(cancelled.writeRow({Cell::text(s("x"))}).ok());
        cancelled.discard();
    }
    CHECK(filesIn(dir.path()) == QStringList{QStringLiteral("export.xlsx")});

    const QString nowhere = dir.filePath(QStringLiteral("missing-folder/export.xlsx"));
    XlsxWriter bad(nowhere);
    const Status st = bad.open();
    REQUIRE_FALSE(st.ok());
    CHECK(st.error().code == ErrorCode::Io);
    CHECK(st.error().message.contains(QDir::toNativeSeparators(nowhere)));
    CHECK_FALSE(bad.writeRow({Cell::text(s("x"))}).ok());
}
