#pragma once

#include "domain/Error.h"
#include "io/CsvDialect.h"
#include "io/CsvParser.h"
#include "io/CsvRow.h"

#include <QByteArray>

#include <deque>
#include <memory>
#include <optional>

class QIODevice;

namespace comptoir {

/** How CsvReader reads; by default everything is detected. */
struct CsvReaderOptions {
    /** Forced separator; detected from the first lines when unset. */
    std::optional<char> separator;
    /** Forced encoding; detected when unset (a UTF-8 BOM is always skipped). */
    std::optional<TextEncoding> encoding;
    /** Bytes read from the device at a time. */
    qsizetype chunkSize = 64 * 1024;
    /** Limits against runaway input (an unclosed quote in a huge file). */
    CsvParser::Limits limits;
    /** Skip records whose fields are all empty or white space (counted in blankRowsSkipped()). */
    bool skipBlankRows = true;
};

/**
 * Streams the records of a CSV file from a QIODevice, in chunks: memory stays flat
 * whatever the file size (only a single huge field is held whole).
 *
 * @code
 * CsvReader reader(&file);
 * while (auto row = reader.next())
 *     use(row->lineNumber, row->fields);
 * if (reader.hasError())
 *     report(reader.error()); // e.g. "line 12: the quote opened on line 12 is never closed"
 * @endcode
 *
 * The dialect (separator, encoding, BOM) is detected from the first 64 KiB by CsvSniffer
 * unless forced in the options. The parsing rules are those of CsvParser. A fatal error
 * ends the stream: the records before it are returned, never the broken one.
 */
class CsvReader {
public:
    /** `device` must be open for reading and outlive the reader. */
    explicit CsvReader(QIODevice *device, CsvReaderOptions options = {});
    ~CsvReader();
    CsvReader(const CsvReader &) = delete;
    CsvReader &operator=(const CsvReader &) = delete;

    /** The next record, or nullopt at the end of the file or after a fatal error. */
    std::optional<CsvRow> next();

    bool hasError() const { return m_failed; }
    /** The fatal error (I/O, unclosed quote, limit); `field` names the line. */
    const Error &error() const { return m_error; }
    /** The line of the record at fault, 0 for an I/O error. */
    qint64 errorLine() const { return m_errorLine; }

    /** The dialect in use; known after the first call to next(). */
    CsvDialect dialect() const;
    /** Records returned so far (problem records included). */
    qint64 rowsRead() const { return m_parser ? m_parser->rowsParsed() : 0; }
    /** Blank records skipped so far. */
    qint64 blankRowsSkipped() const { return m_parser ? m_parser->blankRowsSkipped() : 0; }
    /** Bytes read from the device so far (for a progress bar). */
    qint64 bytesRead() const { return m_bytesRead; }

    /** Bytes read ahead to detect the dialect. */
    static constexpr qsizetype kSniffBytes = 64 * 1024;

private:
    void start();
    void fill();
    qint64 readInto(QByteArray &buffer, qsizetype offset, qsizetype count);
    void takeParserError();
    void failIo(const QString &message);

    QIODevice *m_device;
    CsvReaderOptions m_options;
    std::unique_ptr<CsvParser> m_parser;
    std::deque<CsvRow> m_ready;
    QByteArray m_chunk;
    CsvDialect m_dialect;
    qint64 m_bytesRead = 0;
    bool m_done = false;
    bool m_failed = false;
    Error m_error;
    qint64 m_errorLine = 0;
};

} // namespace comptoir
