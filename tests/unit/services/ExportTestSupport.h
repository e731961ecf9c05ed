#pragma once

#include "io/CsvReader.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QList>
#include <QStringList>

namespace comptoir::test {

/** The data rows of a CSV file written by the exporter; its header goes to `header` when given. */
inline QList<QStringList> readExportedCsv(const QString &path, QStringList *header = nullptr)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CsvReader reader(&file);
    auto head = reader.next();
    REQUIRE(head.has_value());
    if (header)
        *header = head->fields;
    QList<QStringList> rows;
    while (auto record = reader.next())
        rows.append(record->fields);
    return rows;
}

} // namespace comptoir::test
