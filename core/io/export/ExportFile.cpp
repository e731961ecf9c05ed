#include "io/export/ExportFile.h"

#include "io/AtomicFileWriter.h"
#include "io/CsvWriter.h"
#include "io/XlsxWriter.h"

namespace comptoir {

ExportFile::ExportFile(const QString &path, Format format, char separator, TextEncoding encoding)
    : m_path(path), m_format(format), m_separator(separator), m_encoding(encoding)
{
}

ExportFile::~ExportFile()
{
    if (m_xlsx)
        m_xlsx->discard();
}

Status ExportFile::open(const QStringList &header)
{
    if (m_format == Format::Xlsx) {
        m_xlsx = std::make_unique<XlsxWriter>(m_path);
        BOOST_OUTCOME_TRYV(m_xlsx->open());
        return m_xlsx->writeHeader(header);
    }
    m_file = std::make_unique<AtomicFileWriter>(m_path);
    BOOST_OUTCOME_TRYV(m_file->open());
    CsvWriterOptions options;
    options.separator = m_separator;
    options.encoding = m_encoding;
    m_csv = std::make_unique<CsvWriter>(m_file->device(), options);
    return m_csv->writeHeader(header);
}

Status ExportFile::write(const QList<Cell> &row)
{
    ++m_rows;
    return m_xlsx ? m_xlsx->writeRow(row) : m_csv->writeRow(row);
}

Status ExportFile::commit()
{
    if (m_xlsx) {
        Status s = m_xlsx->finish();
        m_xlsx.reset();
        return s;
    }
    BOOST_OUTCOME_TRYV(m_csv->finish());
    return m_file->commit();
}

} // namespace comptoir
