#pragma once

#include "access/Session.h"
#include "domain/Clock.h"
#include "domain/ImportTypes.h"
#include "domain/Result.h"

#include <QStringList>

class QIODevice;

namespace comptoir {

class Database;

/** The header and first records of a file, for the mapping and preview steps of the wizard. */
struct ImportPreview {
    QStringList header;
    QList<QStringList> rows;
    QList<qint64> lines;
    ImportMapping guessed;
};

/**
 * Imports a CSV file of customers, products, suppliers or stock moves ("import.run"):
 * parse (CsvReader: encoding and separator detected) → map columns (guessed from French
 * and English names, or given, or a saved profile) → validate each row with the domain
 * rules → write, all in ONE transaction. Every rejected row is reported with its line,
 * column and reason. All-or-nothing by default (one bad row: nothing written); with
 * skipInvalid the valid rows are written and the others go to a rejects file. A dry run
 * does everything and rolls back. One audit entry per import carries the row counts.
 */
class ImportService final {
public:
    ImportService(Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}

    /** `device` must be open for reading. A file-level problem (missing required column) is in the report. */
    Result<ImportReport> run(const Session &session, ImportEntity entity, QIODevice *device,
                             const ImportOptions &options);

    /** The header, the first `rows` records and the guessed mapping. */
    Result<ImportPreview> preview(const Session &session, ImportEntity entity, QIODevice *device, int rows = 20);

    /** Saves (or replaces) a named mapping; audited. */
    Status saveProfile(const Session &session, const QString &name, ImportEntity entity, const ImportMapping &mapping);
    /** A saved mapping; NotFound naming the profile when there is none. */
    Result<ImportMapping> profile(const Session &session, const QString &name, ImportEntity entity);
    Result<QStringList> profileNames(const Session &session, ImportEntity entity);

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace comptoir
