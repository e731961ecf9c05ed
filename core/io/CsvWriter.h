#pragma once

#include "io/RowWriter.h"
#include "io/TextCodec.h"

#include <QByteArray>
#include <QStringEncoder>

class QIODevice;

namespace comptoir {

/** How CsvWriter writes. The defaults suit French Excel and LibreOffice. */
struct CsvWriterOptions {
    /** Any character but a quote, space, CR, LF or NUL; usually ';', ',' or TAB. */
    char separator = ';';
    TextEncoding encoding = TextEncoding::Utf8;
    /** Start a UTF-8 file with a byte order mark, so that Excel detects the encoding. */
    bool utf8Bom = false;
    /** CRLF line ends (RFC 4180, Excel); LF when false. */
    bool crlf = true;
};

/**
 * Writes a CSV file to a QIODevice, buffered.
 *
 * Text cells are always quoted (a quote inside is doubled) and protected against formula
 * injection (FormulaProtection), so the text `=1+2";=1+2` is written `"'=1+2"";=1+2"`.
 * Typed cells are written bare, never prefixed: integers as digits, money as "1234,50"
 * (decimal comma; a dot when the separator is ','), dates as 2026-11-23, booleans as
 * 1 or 0. An empty Cell writes nothing between its separators.
 *
 * In Windows-1252, characters the code page lacks are written '?' and counted
 * (unmappableCharacters(), firstUnmappableRow()) so the caller can warn.
 */
class CsvWriter final : public RowWriter {
public:
    /** `device` must be open for writing and outlive the writer. */
    explicit CsvWriter(QIODevice *device, CsvWriterOptions options = {});
    ~CsvWriter() override;

    Status writeHeader(const QStringList &names) override;
    Status writeRow(const QList<Cell> &cells) override;
    Status finish() override;

    /** Rows written so far, header included. */
    qint64 rowsWritten() const { return m_rows; }
    /** Characters written as '?' because Windows-1252 lacks them. */
    qint64 unmappableCharacters() const { return m_unmappable; }
    /** The first row (1-based, header included) with such a character, 0 if none. */
    qint64 firstUnmappableRow() const { return m_firstUnmappableRow; }

    /** The text of a typed cell as this writer writes it (without quotes or protection). */
    QString formatValue(const Cell &cell) const;

private:
    void appendText(const QString &text);
    void appendValue(QString &out, const Cell &cell) const;
    Status endRow();
    Status flush();

    QIODevice *m_device;
    CsvWriterOptions m_options;
    QChar m_decimal;
    QStringEncoder m_utf8{QStringEncoder::Utf8};
    QString m_line;
    QByteArray m_buffer;
    qint64 m_rows = 0;
    qint64 m_unmappable = 0;
    qint64 m_firstUnmappableRow = 0;
    bool m_started = false;
    bool m_failed = false;
    Error m_error;
};

} // namespace comptoir
