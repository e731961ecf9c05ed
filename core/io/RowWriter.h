#pragma once

#include "domain/Result.h"
#include "io/Cell.h"

#include <QList>
#include <QStringList>

namespace comptoir {

/** A table file being written row by row: CSV (CsvWriter) or XLSX (XlsxWriter). */
class RowWriter {
public:
    virtual ~RowWriter() = default;
    /** The column names, written as text (bold in XLSX). */
    virtual Status writeHeader(const QStringList &names) = 0;
    virtual Status writeRow(const QList<Cell> &cells) = 0;
    /** Writes what is buffered; the file is complete once it returns success. */
    virtual Status finish() = 0;
};

} // namespace comptoir
