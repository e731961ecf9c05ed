#pragma once

#include "domain/Error.h"
#include "io/CsvRow.h"
#include "io/TextCodec.h"

#include <QByteArrayView>

#include <cstddef>
#include <deque>
#include <memory>
#include <optional>
#include <vector>

struct csv_parser; // libcsv's parser state (csv.h stays out of our headers)

namespace comptoir {

/**
 * Push parser over libcsv: feed it bytes in chunks of any size, it appends the complete
 * records to a queue. CsvReader drives it from a QIODevice; the fuzz target feeds it too.
 *
 * What it accepts, beyond RFC 4180: LF, CRLF or lone CR line ends; a quote inside an
 * unquoted field is kept as a character (`15" écran`, as spreadsheets do); spaces
 * around unquoted fields and around quotes are ignored. Text after a closing quote
 * (`"abc"def`) makes that record a problem record (CsvRow::problem) and parsing goes on
 * at the next line. A quote still open at the end of the input is a fatal error.
 */
class CsvParser {
public:
    struct Limits {
        qsizetype maxFieldBytes = 64 * 1024 * 1024; ///< a longer field is a fatal error
        int maxFields = 16384;                      ///< more fields in one record is a fatal error
    };

    /** `encoding` nullopt: decided by the first non-ASCII field. */
    CsvParser(char separator, std::optional<TextEncoding> encoding, Limits limits);
    CsvParser(char separator, std::optional<TextEncoding> encoding) : CsvParser(separator, encoding, Limits()) {}
    ~CsvParser();
    CsvParser(const CsvParser &) = delete;
    CsvParser &operator=(const CsvParser &) = delete;

    /** Parses `bytes`, appending complete records to `out`. False after a fatal error. */
    bool feed(QByteArrayView bytes, std::deque<CsvRow> &out);
    /** Ends the input: the last record may lack its line end. False after a fatal error. */
    bool finish(std::deque<CsvRow> &out);

    /** When true, blank records are counted instead of returned (the default). */
    void setSkipBlankRows(bool skip) { m_skipBlank = skip; }

    bool hasError() const { return m_failed; }
    /** The fatal error; `field` reads "line N". */
    const Error &error() const { return m_error; }
    /** The line of the record the fatal error is in. */
    qint64 errorLine() const { return m_errorLine; }

    /** The encoding in use, nullopt while only ASCII was seen. */
    std::optional<TextEncoding> encoding() const { return m_encoding; }
    qint64 rowsParsed() const { return m_rows; }
    qint64 blankRowsSkipped() const { return m_blank; }
    qint64 problemRows() const { return m_problems; }

private:
    static void onField(void *bytes, std::size_t length, void *self);
    static void onRowEnd(int terminator, void *self);
    void endRow(int terminator);
    /** The field's text in the file's encoding (detected on the first non-ASCII field); `invalid`: not valid UTF-8 in a UTF-8 file. */
    QString decode(const char *bytes, qsizetype length, bool &invalid);
    /** decode(), or the string of the previous record's field in `column` when its bytes are the same. */
    QString decodeColumn(qsizetype column, const char *bytes, qsizetype length);
    void resetLibcsv();
    void startProblemRow();
    qsizetype skipToEndOfLine(const char *data, qsizetype pos, qsizetype length);
    qint64 rowStartLine() const { return m_rowStarted ? m_row.lineNumber : m_line; }
    void fail(qint64 line, const QString &message);

    std::unique_ptr<csv_parser> m_csv;
    char m_separator;
    std::optional<TextEncoding> m_encoding;
    Limits m_limits;
    bool m_skipBlank = true;

    std::deque<CsvRow> *m_out = nullptr;
    CsvRow m_row;
    /**
     * The previous record's short fields, as read and as decoded. A field equal to the one
     * above it (a sale's columns repeated on each of its lines, a seller, a VAT rate) shares
     * that string instead of allocating its own: a third of the reading time of a sales file.
     */
    struct PreviousField {
        QByteArray bytes;
        QString text;
        bool invalidEncoding = false;
    };
    std::vector<PreviousField> m_previous;
    bool m_rowStarted = false;
    qsizetype m_lastFieldCount = 0;
    qint64 m_line = 1;
    int m_lastTerminator = 0;
    bool m_skipToEol = false;

    bool m_failed = false;
    Error m_error;
    qint64 m_errorLine = 0;
    qint64 m_rows = 0;
    qint64 m_blank = 0;
    qint64 m_problems = 0;
};

} // namespace comptoir
