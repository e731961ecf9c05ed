#include "io/CsvReader.h"

#include "CatchQtStrings.h"

#include <QBuffer>
#include <QFile>

#include <vector>

using namespace comptoir;

namespace {

struct Read {
    std::vector<CsvRow> rows;
    bool failed = false;
    Error error;
    qint64 errorLine = 0;
    qint64 blank = 0;
    CsvDialect dialect;
};

Read readAll(QIODevice *device, CsvReaderOptions options = {})
{
    CsvReader reader(device, options);
    Read out;
    while (auto row = reader.next())
        out.rows.push_back(std::move(*row));
    out.failed = reader.hasError();
    out.error = reader.error();
    out.errorLine = reader.errorLine();
    out.blank = reader.blankRowsSkipped();
    out.dialect = reader.dialect();
    return out;
}

Read readBytes(const QByteArray &bytes, CsvReaderOptions options = {})
{
    QBuffer buffer;
    buffer.setData(bytes);
    REQUIRE(buffer.open(QIODevice::ReadOnly));
    return readAll(&buffer, options);
}

/** Generates "id;sku;label;qty;price\n" rows on the fly: a file of any size without the memory. */
class RowGenerator final : public QIODevice {
public:
    explicit RowGenerator(qint64 rows) : m_rows(rows) { open(QIODevice::ReadOnly); }
    bool isSequential() const override { return true; }
    qint64 produced() const { return m_next; }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        qint64 written = 0;
        while (written < maxSize) {
            if (m_pending.isEmpty()) {
                if (m_next >= m_rows)
                    break;
                m_pending = QByteArray::number(m_next) + ";SKU-" + QByteArray::number(m_next % 5000) +
                            ";\"Article n\xC2\xB0 " + QByteArray::number(m_next) + ", \"\"bio\"\"\";" +
                            QByteArray::number(m_next % 7 + 1) + ";12,50\r\n";
                ++m_next;
            }
            const qint64 n = qMin<qint64>(maxSize - written, m_pending.size());
            memcpy(data + written, m_pending.constData(), size_t(n));
            m_pending.remove(0, n);
            written += n;
        }
        return written;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    qint64 m_rows;
    qint64 m_next = 0;
    QByteArray m_pending;
};

/** Delivers `good` bytes, then fails. */
class FailingDevice final : public QIODevice {
public:
    explicit FailingDevice(QByteArray good) : m_good(std::move(good)) { open(QIODevice::ReadOnly); }
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        if (m_good.isEmpty()) {
            setErrorString(QStringLiteral("disk unplugged"));
            return -1;
        }
        const qint64 n = qMin<qint64>(maxSize, m_good.size());
        memcpy(data, m_good.constData(), size_t(n));
        m_good.remove(0, n);
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_good;
};

#if defined(__SANITIZE_ADDRESS__)
constexpr bool kAddressSanitizer = true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr bool kAddressSanitizer = true;
#else
constexpr bool kAddressSanitizer = false;
#endif
#else
constexpr bool kAddressSanitizer = false;
#endif

qint64 residentKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

} // namespace

TEST_CASE("A 10 MB quoted field is read whole, and line numbers count its line breaks", "[io][csv][big]")
{
    QByteArray field;
    field.reserve(10 * 1024 * 1024 + 100);
    const QByteArray piece = "0123456789abcdefghijklmnopqrstuvwxyz ;,\t \"\" \xC3\xA9t\xC3\xA9\n";
    while (field.size() < 10 * 1024 * 1024)
        field += piece;
    const qint64 breaks = field.count('\n');
    const QByteArray input = "id;note;end\n1;\"" + field + "\";fin\n2;ok;fin\n";
    const Read r = readBytes(input);
    REQUIRE_FALSE(r.failed);
    REQUIRE(r.rows.size() == 3);
    QString expected = QString::fromUtf8(field);
    expected.replace(QStringLiteral("\"\""), QStringLiteral("\""));
    CHECK(r.rows[1].fields.size() == 3);
    CHECK(r.rows[1].fields[1].size() == expected.size());
    CHECK(r.rows[1].fields[1] == expected);
    CHECK(r.rows[1].fields[2] == QStringLiteral("fin"));
    CHECK(r.rows[1].lineNumber == 2);
    CHECK(r.rows[2].lineNumber == 3 + breaks);
    CHECK(r.dialect.separator == ';');
}

TEST_CASE("A 10 MB unquoted field is read whole too", "[io][csv][big]")
{
    const QByteArray field(10 * 1024 * 1024, 'x');
    const Read r = readBytes("a,b\n" + field + ",2\n");
    REQUIRE_FALSE(r.failed);
    REQUIRE(r.rows.size() == 2);
    CHECK(r.rows[1].fields[0].size() == field.size());
    CHECK(r.rows[1].fields[1] == QStringLiteral("2"));
}

TEST_CASE("A quote left open over a huge file stops at the field limit with the line", "[io][csv][limits]")
{
    QByteArray input = "a;b\n1;2\n3;\"never closed\n";
    while (input.size() < 3 * 1024 * 1024)
        input += "more text;with separators\n";
    CsvReaderOptions options;
    options.limits.maxFieldBytes = 1024 * 1024;
    const Read r = readBytes(input, options);
    REQUIRE(r.failed);
    CHECK(r.rows.size() == 2); // the records before, never the broken one
    CHECK(r.errorLine == 3);
    CHECK(r.error.field == QStringLiteral("line 3"));
    CHECK(r.error.message.contains(QStringLiteral("longer than 1 MiB")));
}

TEST_CASE("A record with more fields than the limit is a fatal error", "[io][csv][limits]")
{
    CsvReaderOptions options;
    options.limits.maxFields = 100;
    const Read ok = readBytes("a;b\n" + QByteArray(99, ';') + "\n", options);
    CHECK_FALSE(ok.failed);
    const Read r = readBytes("a;b\n1;2\n" + QByteArray(100, ';') + "\n4;5\n", options);
    REQUIRE(r.failed);
    CHECK(r.errorLine == 3);
    CHECK(r.error.message.contains(QStringLiteral("more than 100 fields")));
    CHECK(r.rows.size() == 2);
}

TEST_CASE("Memory stays flat while streaming a large file", "[io][csv][memory]")
{
    const qint64 rows = 600000; // about 30 MB
    RowGenerator device(rows);
    CsvReader reader(&device);
    const qint64 before = residentKiB();
    qint64 count = 0;
    qint64 peakGrowth = 0;
    qint64 lastLine = 0;
    bool linesOk = true;
    while (auto row = reader.next()) {
        linesOk = linesOk && row->lineNumber == lastLine + 1 && row->fields.size() == 5;
        lastLine = row->lineNumber;
        if (++count % 50000 == 0 && before > 0)
            peakGrowth = qMax(peakGrowth, residentKiB() - before);
    }
    CHECK_FALSE(reader.hasError());
    CHECK(count == rows);
    CHECK(linesOk);
    CHECK(reader.bytesRead() > 25 * 1024 * 1024);
    CHECK(reader.dialect().encoding == TextEncoding::Utf8);
    if (before > 0 && !kAddressSanitizer) // ASan's quarantine keeps freed memory resident
        CHECK(peakGrowth < 8 * 1024);      // KiB: a few chunks and rows, not the 30 MB read
}

TEST_CASE("Read errors are reported, after the records read before", "[io][csv][errors]")
{
    FailingDevice device("a;b\n1;2\n3;4\n");
    const Read r = readAll(&device, CsvReaderOptions{std::nullopt, std::nullopt, 4, {}, true});
    CHECK(r.failed);
    CHECK(r.error.code == ErrorCode::Io);
    CHECK(r.error.message.contains(QStringLiteral("disk unplugged")));

    QBuffer closed;
    const Read notOpen = readAll(&closed);
    CHECK(notOpen.failed);
    CHECK(notOpen.error.code == ErrorCode::Io);
    CHECK(notOpen.rows.empty());
}

TEST_CASE("Empty input gives no record and no error", "[io][csv]")
{
    for (const QByteArray &input : {QByteArray(), QByteArray("\xEF\xBB\xBF"), QByteArray("\n\r\n  \n")}) {
        const Read r = readBytes(input);
        CHECK_FALSE(r.failed);
        CHECK(r.rows.empty());
    }
    CHECK(readBytes("\n\r\n  \n").blank == 3);
}

TEST_CASE("Forced options override detection", "[io][csv]")
{
    CsvReaderOptions options;
    options.separator = ',';
    options.encoding = TextEncoding::Windows1252;
    // Valid UTF-8 "é" read as Windows-1252 because it was asked for.
    const Read r = readBytes("a;b,c\n\xC3\xA9;x,y\n", options);
    REQUIRE(r.rows.size() == 2);
    CHECK(r.rows[1].fields == QStringList{QString::fromUtf8("\xC3\x83\xC2\xA9;x"), QStringLiteral("y")});
    CHECK(r.dialect.encoding == TextEncoding::Windows1252);

    options.separator = '"';
    const Read bad = readBytes("a\n", options);
    CHECK(bad.failed);
    CHECK(bad.error.message.contains(QStringLiteral("cannot be a separator")));
}

TEST_CASE("Invalid UTF-8 in a UTF-8 file is flagged on its record", "[io][csv][encoding]")
{
    const Read r = readBytes("\xEF\xBB\xBFnom;ville\nH\xC3\xA9l\xC3\xA8ne;Lyon\nRen\xE9;Paris\n");
    REQUIRE(r.rows.size() == 3);
    CHECK_FALSE(r.rows[1].invalidEncoding);
    CHECK(r.rows[2].invalidEncoding);
    CHECK(r.rows[2].fields[0] == QStringLiteral(u"Ren\uFFFD"));
    CHECK(r.rows[2].fields[1] == QStringLiteral("Paris"));
}

TEST_CASE("A field equal to the one above it reads the same, its encoding flag included", "[io][csv][encoding]")
{
    // The parser shares the string of a field equal to the previous record's (a sale's
    // columns on each of its lines): the values and the invalid-encoding flag must not leak.
    const Read r = readBytes("\xEF\xBB\xBF" "cl\xC3\xA9;ville;n\n"
                             "Ren\xE9;Paris;1\n"
                             "Ren\xE9;Paris;2\n"
                             "Ana;Paris;2\n"
                             "Ana;\"Paris\";\n"
                             "Ren\xE9;Lyon;2\n");
    REQUIRE(r.rows.size() == 6);
    for (int i : {1, 2, 5}) {
        INFO("record " << i);
        CHECK(r.rows[size_t(i)].invalidEncoding);
        CHECK(r.rows[size_t(i)].fields[0] == QStringLiteral(u"Ren\uFFFD"));
    }
    for (int i : {3, 4}) {
        INFO("record " << i);
        CHECK_FALSE(r.rows[size_t(i)].invalidEncoding);
        CHECK(r.rows[size_t(i)].fields[0] == QStringLiteral("Ana"));
    }
    CHECK(r.rows[2].fields == QStringList{QStringLiteral(u"Ren\uFFFD"), QStringLiteral("Paris"), QStringLiteral("2")});
    CHECK(r.rows[3].fields == QStringList{QStringLiteral("Ana"), QStringLiteral("Paris"), QStringLiteral("2")});
    CHECK(r.rows[4].fields == QStringList{QStringLiteral("Ana"), QStringLiteral("Paris"), QString()});
    CHECK(r.rows[5].fields == QStringList{QStringLiteral(u"Ren\uFFFD"), QStringLiteral("Lyon"), QStringLiteral("2")});
}

TEST_CASE("Blank records can be kept, with their line numbers", "[io][csv]")
{
    CsvReaderOptions options;
    options.skipBlankRows = false;
    const Read r = readBytes("a;b\n\n;\n1;2", options);
    REQUIRE(r.rows.size() == 4);
    CHECK(r.rows[1].lineNumber == 2);
    CHECK(r.rows[1].fields.isEmpty());
    CHECK(r.rows[2].lineNumber == 3);
    CHECK(r.rows[2].fields == QStringList{QString(), QString()});
    CHECK(r.rows[3].lineNumber == 4);
    CHECK(r.blank == 0);
}

TEST_CASE("An unclosed quote reports the record's first line and the quote's line", "[io][csv][errors]")
{
    const Read r = readBytes("a;b;c\n1;\"two\nlines\";\"open\nand\nnever closed\n");
    REQUIRE(r.failed);
    CHECK(r.rows.size() == 1);
    CHECK(r.errorLine == 2);
    CHECK(r.error.field == QStringLiteral("line 2"));
    CHECK(r.error.message.contains(QStringLiteral("the quote opened on line 3 is never closed")));
}

TEST_CASE("Problem records keep their line and the reading goes on", "[io][csv][errors]")
{
    const Read r = readBytes("a;b\n\"x\" \"y\";1\n\"ok\" ;2\n");
    REQUIRE_FALSE(r.failed);
    REQUIRE(r.rows.size() == 3);
    CHECK(r.rows[1].lineNumber == 2);
    CHECK(r.rows[1].problem.contains(QStringLiteral("field 1")));
    CHECK(r.rows[2].problem.isEmpty()); // spaces after a closing quote are allowed
    CHECK(r.rows[2].fields == QStringList{QStringLiteral("ok"), QStringLiteral("2")});
}
