// libFuzzer target for the CSV reader. Built only with -DCOMPTOIR_FUZZ=ON and clang++;
// run with tests/fuzz/run-fuzz.sh. Besides "no crash, no leak, no undefined behaviour"
// (ASan + UBSan), it checks properties that must hold for ANY input:
//  1. records come with increasing line numbers, counts agree, blank records are skipped;
//  2. the chunk size changes nothing: read again in one 64 KiB chunk, same records, same error;
//  3. what CsvWriter writes from those records, CsvReader reads back identically;
//  4. the value parsers and the header lookup accept any text without crashing.
// The first input byte picks the options, the rest is the file.
#include "io/CsvHeader.h"
#include "io/CsvReader.h"
#include "io/CsvWriter.h"
#include "io/FormulaProtection.h"
#include "io/ValueParsers.h"

#include <QBuffer>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <vector>

using namespace comptoir;

#define FUZZ_CHECK(cond)                                                                  \
    do {                                                                                  \
        if (!(cond)) {                                                                    \
            std::fprintf(stderr, "property violated: %s (line %d)\n", #cond, __LINE__);   \
            std::abort();                                                                 \
        }                                                                                 \
    } while (0)

namespace {

struct Outcome {
    std::vector<CsvRow> rows;
    CsvDialect dialect;
    qint64 blank = 0;
    bool failed = false;
    Error error;
    qint64 errorLine = 0;
};

Outcome readAll(const QByteArray &bytes, const CsvReaderOptions &options)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer, options);
    Outcome out;
    while (auto row = reader.next())
        out.rows.push_back(std::move(*row));
    out.dialect = reader.dialect();
    out.blank = reader.blankRowsSkipped();
    out.failed = reader.hasError();
    out.error = reader.error();
    out.errorLine = reader.errorLine();
    FUZZ_CHECK(reader.rowsRead() == qint64(out.rows.size()));
    FUZZ_CHECK(reader.bytesRead() == bytes.size() || out.failed);
    return out;
}

bool sameRow(const CsvRow &a, const CsvRow &b)
{
    return a.lineNumber == b.lineNumber && a.fields == b.fields && a.problem == b.problem &&
           a.invalidEncoding == b.invalidEncoding;
}

void exerciseValues(const CsvRow &row)
{
    const QString field = QStringLiteral("f");
    for (const QString &text : row.fields) {
        (void)ValueParsers::date(text, field);
        (void)ValueParsers::localDateTime(text, field);
        (void)ValueParsers::money(text, field);
        (void)ValueParsers::boolean(text, field);
        (void)ValueParsers::integer(text, field);
        FUZZ_CHECK(FormulaProtection::unprotect(FormulaProtection::protect(text)) == text);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size < 1)
        return 0;
    const std::uint8_t control = data[0];
    const QByteArray input(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));

    static constexpr qsizetype kChunks[] = {1, 2, 3, 5, 7, 16, 4096, 65536};
    CsvReaderOptions options;
    options.chunkSize = kChunks[control & 7];
    switch ((control >> 3) & 3) {
    case 1: options.separator = ';'; break;
    case 2: options.separator = ','; break;
    case 3: options.separator = '\t'; break;
    default: break;
    }
    switch ((control >> 5) & 3) {
    case 1: options.encoding = TextEncoding::Utf8; break;
    case 2: options.encoding = TextEncoding::Windows1252; break;
    default: break;
    }
    options.skipBlankRows = (control & 0x80) == 0;
    options.limits.maxFieldBytes = 1024 * 1024;
    options.limits.maxFields = 1000;

    const Outcome first = readAll(input, options);

    // 1. Basic properties.
    qint64 lastLine = 0;
    for (std::size_t i = 0; i < first.rows.size(); ++i) {
        const CsvRow &row = first.rows[i];
        FUZZ_CHECK(row.lineNumber > lastLine);
        lastLine = row.lineNumber;
        FUZZ_CHECK(row.fields.size() <= options.limits.maxFields);
        if (options.skipBlankRows && row.problem.isEmpty())
            FUZZ_CHECK(!row.isBlank());
        if (i < 8) // the date parsers are slow; a few records are enough to fuzz them
            exerciseValues(row);
    }
    if (first.failed) {
        FUZZ_CHECK(!first.error.message.isEmpty());
        FUZZ_CHECK(first.errorLine > lastLine || first.rows.empty() || first.error.code == ErrorCode::Io);
    }
    if (!first.rows.empty()) {
        const CsvHeader header(first.rows.front().fields);
        for (qsizetype i = 0; i < header.names().size(); ++i) {
            const int found = header.indexOf(header.names().at(i));
            FUZZ_CHECK(found >= 0 && found <= i);
        }
    }

    // 2. The chunk size changes nothing.
    CsvReaderOptions whole = options;
    whole.chunkSize = 65536;
    const Outcome second = readAll(input, whole);
    FUZZ_CHECK(second.rows.size() == first.rows.size());
    for (std::size_t i = 0; i < first.rows.size(); ++i)
        FUZZ_CHECK(sameRow(first.rows[i], second.rows[i]));
    FUZZ_CHECK(second.failed == first.failed);
    FUZZ_CHECK(second.errorLine == first.errorLine);
    FUZZ_CHECK(second.error.message == first.error.message);
    FUZZ_CHECK(second.blank == first.blank);
    FUZZ_CHECK(second.dialect.separator == first.dialect.separator);
    FUZZ_CHECK(second.dialect.encoding == first.dialect.encoding);

    // 3. Write the records, read them back: the same fields. (A problem record may hold
    //    no field at all: written, it is a blank line, which the reader skips.)
    std::vector<CsvRow> kept;
    for (const CsvRow &row : first.rows) {
        if (!options.skipBlankRows || !row.isBlank())
            kept.push_back(row);
    }
    QBuffer out;
    out.open(QIODevice::WriteOnly);
    CsvWriter writer(&out, CsvWriterOptions{first.dialect.separator, TextEncoding::Utf8, (control & 1) != 0, true});
    for (const CsvRow &row : kept) {
        QList<Cell> cells;
        for (const QString &f : row.fields)
            cells.append(Cell::text(f));
        FUZZ_CHECK(writer.writeRow(cells).ok());
    }
    FUZZ_CHECK(writer.finish().ok());
    CsvReaderOptions back;
    back.separator = first.dialect.separator;
    back.encoding = TextEncoding::Utf8;
    back.skipBlankRows = options.skipBlankRows;
    const Outcome third = readAll(out.data(), back);
    FUZZ_CHECK(!third.failed);
    FUZZ_CHECK(third.rows.size() == kept.size());
    for (std::size_t i = 0; i < kept.size(); ++i) {
        const QStringList &written = kept[i].fields;
        const QStringList &read = third.rows[i].fields;
        FUZZ_CHECK(read.size() == written.size());
        for (qsizetype k = 0; k < read.size(); ++k)
            FUZZ_CHECK(FormulaProtection::unprotect(read[k]) == written[k]);
        FUZZ_CHECK(third.rows[i].problem.isEmpty());
    }
    return 0;
}
