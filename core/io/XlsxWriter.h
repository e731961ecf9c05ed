#pragma once

#include "io/RowWriter.h"

#include <QString>

#include <memory>

namespace comptoir {

/**
 * Writes one sheet of an XLSX workbook through libxlsxwriter, in constant-memory mode
 * (rows go to disk as they come). The workbook is written to a temporary file next to
 * `path` and moved over it by finish(): a failed or discarded export leaves no partial
 * file and any previous file intact.
 *
 * The header row is bold and frozen. Text is always a string cell, never a formula;
 * integers, money (two decimals), dates (dd/mm/yyyy) and booleans are typed cells.
 * Integers beyond 2^53 and dates outside 1900–9999, which Excel cannot hold exactly,
 * are written as text. NUL characters, which XML cannot hold, are dropped.
 */
class XlsxWriter final : public RowWriter {
public:
    explicit XlsxWriter(const QString &path, const QString &sheetName = QString());
    ~XlsxWriter() override;
    XlsxWriter(const XlsxWriter &) = delete;
    XlsxWriter &operator=(const XlsxWriter &) = delete;

    /** Creates the temporary workbook; the error names the path and the reason. */
    Status open();
    Status writeHeader(const QStringList &names) override;
    Status writeRow(const QList<Cell> &cells) override;
    /** Closes the workbook and moves it over the target. */
    Status finish() override;
    /** Drops the workbook; the target is left as it was. */
    void discard();

    /** Rows written so far, header included. */
    qint64 rowsWritten() const;

    static constexpr qint64 kMaxRows = 1048576;
    static constexpr int kMaxColumns = 16384;
    static constexpr int kMaxTextLength = 32767;

private:
    struct Workbook;
    Status write(const QList<Cell> &cells, bool header);
    Error error(const QString &reason) const;

    QString m_path;
    QString m_sheetName;
    std::unique_ptr<Workbook> d;
};

} // namespace comptoir
