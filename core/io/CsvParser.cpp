#include "io/CsvParser.h"

#include <QCoreApplication>

#include <csv.h>

#include <algorithm>
#include <cstring>

namespace comptoir {

namespace {

/** The translation context of this file's messages (lupdate reads it). */
struct CsvParserText {
    Q_DECLARE_TR_FUNCTIONS(comptoir::CsvParser)
};

// Strict mode makes libcsv stop on the two irregularities we handle ourselves (see
// feed()); REPALL_NL reports every line end, so empty lines can be counted.
constexpr unsigned char kOptions = CSV_STRICT | CSV_REPALL_NL;
constexpr std::size_t kBlockSize = 4 * 1024; // first size of libcsv's field buffer; grows geometrically

int isSpace(unsigned char c)
{
    return c == ' ' ? 1 : 0; // not TAB: it may be the separator, and is data otherwise
}

/** Line breaks inside a quoted field: LF, CRLF and a lone CR each count once. */
qint64 countLineBreaks(const char *s, qsizetype n)
{
    if (n == 0 || (!std::memchr(s, '\n', std::size_t(n)) && !std::memchr(s, '\r', std::size_t(n))))
        return 0;
    qint64 breaks = 0;
    for (qsizetype i = 0; i < n; ++i) {
        if (s[i] == '\n' || (s[i] == '\r' && (i + 1 == n || s[i + 1] != '\n')))
            ++breaks;
    }
    return breaks;
}

} // namespace

CsvParser::CsvParser(char separator, std::optional<TextEncoding> encoding, Limits limits)
    : m_csv(std::make_unique<csv_parser>()), m_separator(separator), m_encoding(encoding), m_limits(limits)
{
    csv_init(m_csv.get(), kOptions);
    resetLibcsv();
}

CsvParser::~CsvParser()
{
    csv_free(m_csv.get());
}

void CsvParser::resetLibcsv()
{
    csv_free(m_csv.get());
    csv_init(m_csv.get(), kOptions);
    csv_set_delim(m_csv.get(), static_cast<unsigned char>(m_separator));
    csv_set_space_func(m_csv.get(), &isSpace);
    csv_set_blk_size(m_csv.get(), kBlockSize);
}

void CsvParser::fail(qint64 line, const QString &message)
{
    if (m_failed)
        return;
    m_failed = true;
    m_errorLine = line;
    m_error = Error::validation(CsvParserText::tr("line %1").arg(line), message);
}

bool CsvParser::feed(QByteArrayView bytes, std::deque<CsvRow> &out)
{
    if (m_failed)
        return false;
    m_out = &out;
    const char *data = bytes.data();
    const qsizetype length = bytes.size();
    qsizetype pos = 0;
    while (pos < length && !m_failed) {
        if (m_skipToEol) {
            pos = skipToEndOfLine(data, pos, length);
            continue;
        }
        pos += qsizetype(csv_parse(m_csv.get(), data + pos, std::size_t(length - pos), &onField, &onRowEnd, this));
        // libcsv grows its buffer by a fixed step; doubling the step keeps a 10 MB field
        // to a few dozen reallocations.
        csv_set_blk_size(m_csv.get(), std::max(kBlockSize, csv_get_buffer_size(m_csv.get())));
        if (m_failed)
            break;
        if (m_csv->entry_pos > std::size_t(m_limits.maxFieldBytes)) {
            fail(rowStartLine(), CsvParserText::tr("a field is longer than %1 MiB; is a quote never closed?")
                                     .arg(m_limits.maxFieldBytes / (1024 * 1024)));
            break;
        }
        if (pos == length)
            break;
        if (csv_error(m_csv.get()) != CSV_EPARSE) {
            fail(rowStartLine(), CsvParserText::tr("out of memory while reading a field"));
            break;
        }
        m_csv->status = CSV_SUCCESS;
        if (!m_csv->quoted) {
            // A quote inside an unquoted field (15" écran): keep it as a character.
            csv_set_opts(m_csv.get(), kOptions & ~CSV_STRICT);
            csv_parse(m_csv.get(), data + pos, 1, &onField, &onRowEnd, this);
            csv_set_opts(m_csv.get(), kOptions);
            ++pos;
        } else {
            startProblemRow();
        }
    }
    m_out = nullptr;
    return !m_failed;
}

void CsvParser::startProblemRow()
{
    // Text after the closing quote of a field: report the record and resume at the next
    // line, rather than guess where the field ends (libcsv's lenient mode would swallow
    // the following lines into it).
    if (!m_rowStarted) {
        m_rowStarted = true;
        m_row.lineNumber = m_line;
    }
    m_line += countLineBreaks(reinterpret_cast<const char *>(m_csv->entry_buf), qsizetype(m_csv->entry_pos));
    m_row.problem = CsvParserText::tr("unexpected text after the closing quote of field %1 (a quote inside a quoted field "
                       "must be doubled)")
                        .arg(m_row.fields.size() + 1);
    resetLibcsv();
    m_skipToEol = true;
}

qsizetype CsvParser::skipToEndOfLine(const char *data, qsizetype pos, qsizetype length)
{
    for (qsizetype i = pos; i < length; ++i) {
        if (data[i] == '\n' || data[i] == '\r') {
            m_skipToEol = false;
            endRow(static_cast<unsigned char>(data[i]));
            return i + 1;
        }
    }
    return length;
}

bool CsvParser::finish(std::deque<CsvRow> &out)
{
    if (m_failed)
        return false;
    m_out = &out;
    if (m_skipToEol) {
        m_skipToEol = false;
        endRow(-1);
    }
    // STRICT_FINI only now: it makes csv_fini refuse a quoted field left open.
    csv_set_opts(m_csv.get(), kOptions | CSV_STRICT_FINI);
    if (csv_fini(m_csv.get(), &onField, &onRowEnd, this) != 0) {
        fail(rowStartLine(), CsvParserText::tr("the quote opened on line %1 is never closed (is the file cut short?)").arg(m_line));
    }
    m_out = nullptr;
    return !m_failed;
}

void CsvParser::onField(void *bytes, std::size_t length, void *self)
{
    auto *p = static_cast<CsvParser *>(self);
    if (p->m_failed)
        return;
    const char *s = bytes ? static_cast<const char *>(bytes) : "";
    const auto n = bytes ? qsizetype(length) : 0;
    if (!p->m_rowStarted) {
        p->m_rowStarted = true;
        p->m_row.lineNumber = p->m_line;
        p->m_row.fields.reserve(p->m_lastFieldCount);
    }
    if (n > p->m_limits.maxFieldBytes) {
        p->fail(p->m_row.lineNumber, CsvParserText::tr("a field is longer than %1 MiB; is a quote never closed?")
                                         .arg(p->m_limits.maxFieldBytes / (1024 * 1024)));
        return;
    }
    if (p->m_row.fields.size() >= p->m_limits.maxFields) {
        p->fail(p->m_row.lineNumber, CsvParserText::tr("more than %1 fields in one record").arg(p->m_limits.maxFields));
        return;
    }
    p->m_row.fields.append(p->decodeColumn(p->m_row.fields.size(), s, n));
    p->m_line += countLineBreaks(s, n);
}

void CsvParser::onRowEnd(int terminator, void *self)
{
    auto *p = static_cast<CsvParser *>(self);
    if (!p->m_failed)
        p->endRow(terminator);
}

void CsvParser::endRow(int terminator)
{
    if (terminator == '\n' && m_lastTerminator == '\r' && !m_rowStarted) {
        m_lastTerminator = 0; // the LF of a CRLF
        return;
    }
    if (!m_rowStarted) {
        if (m_skipBlank) {
            ++m_blank;
        } else {
            CsvRow empty;
            empty.lineNumber = m_line;
            m_out->push_back(std::move(empty));
            ++m_rows;
        }
    } else if (m_skipBlank && m_row.problem.isEmpty() && m_row.isBlank()) {
        ++m_blank;
    } else {
        ++m_rows;
        if (!m_row.problem.isEmpty())
            ++m_problems;
        m_lastFieldCount = m_row.fields.size();
        m_out->push_back(std::move(m_row));
    }
    m_row = CsvRow();
    m_rowStarted = false;
    m_lastTerminator = terminator < 0 ? 0 : terminator;
    if (terminator >= 0)
        ++m_line;
}

QString CsvParser::decodeColumn(qsizetype column, const char *bytes, qsizetype length)
{
    // Longer fields (names, notes) seldom repeat: not worth the copy and the comparison.
    constexpr qsizetype kLongest = 64;
    bool invalid = false;
    if (length == 0 || length > kLongest) {
        QString text = decode(bytes, length, invalid);
        m_row.invalidEncoding = m_row.invalidEncoding || invalid;
        return text;
    }
    if (column >= qsizetype(m_previous.size()))
        m_previous.resize(size_t(column) + 1);
    PreviousField &previous = m_previous[size_t(column)];
    if (QByteArrayView(bytes, length) != QByteArrayView(previous.bytes)) {
        previous.text = decode(bytes, length, previous.invalidEncoding);
        previous.bytes.resize(length); // keeps its capacity: no allocation once the column has seen its longest value
        std::memcpy(previous.bytes.data(), bytes, size_t(length));
    }
    m_row.invalidEncoding = m_row.invalidEncoding || previous.invalidEncoding;
    return previous.text;
}

QString CsvParser::decode(const char *bytes, qsizetype length, bool &invalid)
{
    invalid = false;
    const QByteArrayView view(bytes, length);
    if (TextCodec::isAscii(view))
        return QString::fromLatin1(view);
    if (!m_encoding)
        m_encoding = TextCodec::isValidUtf8(view) ? TextEncoding::Utf8 : TextEncoding::Windows1252;
    if (*m_encoding == TextEncoding::Windows1252)
        return TextCodec::decodeWindows1252(view);
    invalid = !TextCodec::isValidUtf8(view);
    return QString::fromUtf8(view);
}

} // namespace comptoir
