#pragma once

#include "domain/Result.h"
#include "io/Cell.h"
#include "io/TextCodec.h"

#include <QStringList>

#include <memory>

namespace comptoir {

class AtomicFileWriter;
class CsvWriter;
class XlsxWriter;

/**
 * A CSV or XLSX file written all or nothing: rows go to a temporary file that replaces
 * `path` only on commit(); destroying it uncommitted leaves the previous file intact.
 */
class ExportFile final {
public:
    enum class Format { Csv, Xlsx };
    ExportFile(const QString &path, Format format, char separator, TextEncoding encoding);
    ~ExportFile();
    ExportFile(const ExportFile &) = delete;
    ExportFile &operator=(const ExportFile &) = delete;

    Status open(const QStringList &header);
    Status write(const QList<Cell> &row);
    Status commit();
    qint64 rows() const { return m_rows; }

private:
    QString m_path;
    Format m_format;
    char m_separator;
    TextEncoding m_encoding;
    std::unique_ptr<AtomicFileWriter> m_file;
    std::unique_ptr<CsvWriter> m_csv;
    std::unique_ptr<XlsxWriter> m_xlsx;
    qint64 m_rows = 0;
};

} // namespace comptoir
