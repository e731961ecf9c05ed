#include "io/CsvWriter.h"

#include "io/FormulaProtection.h"

#include <QCoreApplication>
#include <QFileDevice>
#include <QIODevice>

#include <charconv>
#include <cstdio>

namespace comptoir {

namespace {

/** The translation context of this file's messages (lupdate reads it). */
struct CsvWriterText {
    Q_DECLARE_TR_FUNCTIONS(comptoir::CsvWriter)
};

constexpr qsizetype kFlushBytes = 64 * 1024;

QString outputName(const QIODevice *device)
{
    if (const auto *file = qobject_cast<const QFileDevice *>(device); file && !file->fileName().isEmpty())
        return file->fileName();
    return CsvWriterText::tr("the output");
}

} // namespace

CsvWriter::CsvWriter(QIODevice *device, CsvWriterOptions options)
    : m_device(device), m_options(options), m_decimal(options.separator == ',' ? u'.' : u',')
{
}

CsvWriter::~CsvWriter() = default;

QString CsvWriter::formatValue(const Cell &cell) const
{
    QString text;
    appendValue(text, cell);
    return text;
}

void CsvWriter::appendValue(QString &out, const Cell &cell) const
{
    // Digits are formatted into a stack buffer: no temporary QString per cell.
    char buf[32];
    char *end = buf;
    switch (cell.type()) {
    case Cell::Type::Empty:
        return;
    case Cell::Type::Text:
        out += cell.text();
        return;
    case Cell::Type::Integer:
        end = std::to_chars(buf, buf + sizeof buf, cell.integer()).ptr;
        break;
    case Cell::Type::Boolean:
        *end++ = cell.boolean() ? '1' : '0';
        break;
    case Cell::Type::Date: {
        const QDate d = cell.date();
        if (d.year() < 0 || d.year() > 9999) {
            out += d.toString(Qt::ISODate);
            return;
        }
        std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", d.year(), d.month(), d.day());
        end = buf + 10;
        break;
    }
    case Cell::Type::Money: {
        const qint64 cents = cell.money().cents();
        // Unsigned, so that the most negative amount has a magnitude too.
        const quint64 magnitude = cents < 0 ? 0 - quint64(cents) : quint64(cents);
        if (cents < 0)
            *end++ = '-';
        end = std::to_chars(end, buf + sizeof buf, magnitude / 100).ptr;
        *end++ = char(m_decimal.unicode());
        *end++ = char('0' + magnitude % 100 / 10);
        *end++ = char('0' + magnitude % 10);
        break;
    }
    }
    out += QLatin1String(buf, end - buf);
}

void CsvWriter::appendText(const QString &text)
{
    m_line += u'"';
    if (FormulaProtection::needsPrefix(text))
        m_line += u'\'';
    if (text.contains(u'"')) {
        for (const QChar c : text) {
            if (c == u'"')
                m_line += u'"';
            m_line += c;
        }
    } else {
        m_line += text;
    }
    m_line += u'"';
}

Status CsvWriter::writeHeader(const QStringList &names)
{
    QList<Cell> cells;
    cells.reserve(names.size());
    for (const QString &name : names)
        cells.append(Cell::text(name));
    return writeRow(cells);
}

Status CsvWriter::writeRow(const QList<Cell> &cells)
{
    if (m_failed)
        return m_error;
    const char sep = m_options.separator;
    if (sep == '"' || sep == ' ' || sep == '\r' || sep == '\n' || sep == '\0') {
        m_failed = true;
        m_error = Error::validation(QStringLiteral("separator"),
                                    CsvWriterText::tr("\"%1\" cannot be a CSV separator").arg(QLatin1Char(sep)));
        return m_error;
    }
    if (!m_started) {
        m_started = true;
        if (m_options.encoding == TextEncoding::Utf8 && m_options.utf8Bom)
            m_buffer.append("\xEF\xBB\xBF");
    }
    m_line.resize(0);
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i > 0)
            m_line += QLatin1Char(sep);
        const Cell &cell = cells.at(i);
        if (cell.type() == Cell::Type::Text)
            appendText(cell.text());
        else
            appendValue(m_line, cell);
    }
    m_line += m_options.crlf ? QLatin1String("\r\n") : QLatin1String("\n");
    return endRow();
}

Status CsvWriter::endRow()
{
    ++m_rows;
    if (m_options.encoding == TextEncoding::Utf8) {
        const qsizetype start = m_buffer.size();
        m_buffer.resize(start + m_utf8.requiredSpace(m_line.size()));
        char *end = m_utf8.appendToBuffer(m_buffer.data() + start, m_line);
        m_buffer.resize(end - m_buffer.constData());
    } else {
        const qint64 before = m_unmappable;
        TextCodec::appendWindows1252(m_buffer, m_line, &m_unmappable);
        if (m_unmappable > before && m_firstUnmappableRow == 0)
            m_firstUnmappableRow = m_rows;
    }
    if (m_buffer.size() >= kFlushBytes)
        return flush();
    return {};
}

Status CsvWriter::flush()
{
    if (m_failed)
        return m_error;
    if (m_buffer.isEmpty())
        return {};
    if (!m_device || !m_device->isWritable()) {
        m_failed = true;
        m_error = Error{ErrorCode::Io, outputName(m_device), CsvWriterText::tr("the file is not open for writing")};
        return m_error;
    }
    if (m_device->write(m_buffer) != m_buffer.size()) {
        m_failed = true;
        m_error = Error{ErrorCode::Io, outputName(m_device), CsvWriterText::tr("cannot write: %1").arg(m_device->errorString())};
        return m_error;
    }
    m_buffer.resize(0);
    return {};
}

Status CsvWriter::finish()
{
    if (!m_started && !m_failed && m_options.encoding == TextEncoding::Utf8 && m_options.utf8Bom) {
        m_started = true;
        m_buffer.append("\xEF\xBB\xBF");
    }
    return flush();
}

} // namespace comptoir
