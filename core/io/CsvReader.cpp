#include "io/CsvReader.h"

#include "io/CsvSniffer.h"

#include <QCoreApplication>
#include <QFileDevice>
#include <QIODevice>

namespace comptoir {

namespace {

/** The translation context of this file's messages (lupdate reads it). */
struct CsvReaderText {
    Q_DECLARE_TR_FUNCTIONS(comptoir::CsvReader)
};

QString inputName(const QIODevice *device)
{
    if (const auto *file = qobject_cast<const QFileDevice *>(device); file && !file->fileName().isEmpty())
        return file->fileName();
    return CsvReaderText::tr("the input");
}

bool separatorAllowed(char c)
{
    return c != '"' && c != '\r' && c != '\n' && c != ' ' && c != '\0';
}

} // namespace

CsvReader::CsvReader(QIODevice *device, CsvReaderOptions options) : m_device(device), m_options(options)
{
    if (m_options.chunkSize < 1)
        m_options.chunkSize = 64 * 1024;
}

CsvReader::~CsvReader() = default;

std::optional<CsvRow> CsvReader::next()
{
    while (m_ready.empty() && !m_done)
        fill();
    if (m_ready.empty())
        return std::nullopt;
    CsvRow row = std::move(m_ready.front());
    m_ready.pop_front();
    return row;
}

CsvDialect CsvReader::dialect() const
{
    CsvDialect d = m_dialect;
    if (!d.encodingCertain && m_parser && m_parser->encoding()) {
        d.encoding = *m_parser->encoding();
        d.encodingCertain = true;
    }
    return d;
}

void CsvReader::failIo(const QString &message)
{
    m_failed = true;
    m_done = true;
    m_errorLine = 0;
    m_error = Error{ErrorCode::Io, inputName(m_device), message};
}

void CsvReader::takeParserError()
{
    m_done = true;
    if (m_parser->hasError()) {
        m_failed = true;
        m_error = m_parser->error();
        m_errorLine = m_parser->errorLine();
    }
}

qint64 CsvReader::readInto(QByteArray &buffer, qsizetype offset, qsizetype count)
{
    // A small file gets a small buffer (the fuzzer reads thousands of them a second).
    if (!m_device->isSequential())
        count = qMin<qint64>(count, qMax<qint64>(m_device->bytesAvailable(), 1));
    buffer.resize(offset + count);
    const qint64 n = m_device->read(buffer.data() + offset, count);
    buffer.resize(offset + qMax<qint64>(n, 0));
    if (n < 0)
        failIo(CsvReaderText::tr("cannot read: %1").arg(m_device->errorString()));
    else
        m_bytesRead += n;
    return n;
}

void CsvReader::start()
{
    if (!m_device || !m_device->isOpen() || !m_device->isReadable()) {
        failIo(CsvReaderText::tr("the file is not open for reading"));
        return;
    }
    if (m_options.separator && !separatorAllowed(*m_options.separator)) {
        failIo(CsvReaderText::tr("\"%1\" cannot be a separator").arg(QLatin1Char(*m_options.separator)));
        return;
    }
    // Read ahead enough to detect the dialect, whatever the chunk size.
    QByteArray head;
    bool atEnd = false;
    while (head.size() < kSniffBytes) {
        const qint64 n = readInto(head, head.size(), qMax(m_options.chunkSize, kSniffBytes - head.size()));
        if (n < 0)
            return;
        if (n == 0) {
            atEnd = true;
            break;
        }
    }
    m_dialect = CsvSniffer::sniff(head, atEnd);
    if (m_options.separator)
        m_dialect.separator = *m_options.separator;
    if (m_options.encoding) {
        m_dialect.encoding = *m_options.encoding;
        m_dialect.encodingCertain = true;
    }
    qsizetype skip = 0;
    if (m_dialect.hasBom && m_dialect.encoding == TextEncoding::Utf8)
        skip = 3;
    else
        m_dialect.hasBom = false; // forced Windows-1252: those bytes are text

    m_parser = std::make_unique<CsvParser>(
        m_dialect.separator, m_dialect.encodingCertain ? std::optional(m_dialect.encoding) : std::nullopt,
        m_options.limits);
    m_parser->setSkipBlankRows(m_options.skipBlankRows);
    // Fed in chunks too, so that the chunk size is the only boundary the parser sees.
    for (qsizetype pos = skip; pos < head.size(); pos += m_options.chunkSize) {
        const qsizetype n = qMin(m_options.chunkSize, head.size() - pos);
        if (!m_parser->feed(QByteArrayView(head).sliced(pos, n), m_ready)) {
            takeParserError();
            return;
        }
    }
    if (atEnd) {
        m_parser->finish(m_ready);
        takeParserError();
    }
}

void CsvReader::fill()
{
    if (!m_parser) {
        start();
        if (!m_parser)
            m_done = true;
        return;
    }
    const qint64 n = readInto(m_chunk, 0, m_options.chunkSize);
    if (n < 0)
        return;
    if (n == 0) {
        m_parser->finish(m_ready);
        takeParserError();
        return;
    }
    if (!m_parser->feed(QByteArrayView(m_chunk.constData(), n), m_ready))
        takeParserError();
}

} // namespace comptoir
