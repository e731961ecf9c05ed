#pragma once

#include "access/Session.h"
#include "domain/Clock.h"
#include "domain/Result.h"
#include "io/Cell.h"
#include "io/TextCodec.h"
#include "io/import/ImportTypes.h"

#include <QList>
#include <QStringList>

namespace comptoir {

class Database;

/** How an export is written. */
struct ExportOptions {
    enum class Format { Csv, Xlsx };
    Format format = Format::Csv;
    char separator = ';';
    TextEncoding encoding = TextEncoding::Utf8;
};

/**
 * Exports an entity, or the rows a list shows, as CSV or XLSX, written atomically (a
 * failed export leaves no partial file). Customer data needs "customer.export", the rest
 * "export.run". Text cells are protected against formula injection by the writers.
 * Each export is audited with its row count. The columns of an entity export are the
 * import field names (ColumnMapping::fieldNames), so an export imports back as is.
 */
class ExportService final {
public:
    ExportService(Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}

    /** Returns the number of data rows written. */
    Result<qint64> exportEntity(const Session &session, ImportEntity entity, const QString &path,
                                const ExportOptions &options = {});

    /**
     * Writes the list currently shown (`columns`, `rows` as cells). `containsCustomerData`
     * selects the permission; `what` names the list in the audit entry ("customers", ...).
     */
    Result<qint64> exportRows(const Session &session, const QString &what, bool containsCustomerData,
                              const QStringList &columns, const QList<QList<Cell>> &rows, const QString &path,
                              const ExportOptions &options = {});

private:
    Status audit(const Session &session, const QString &what, bool customerData, qint64 rows, const QString &path);

    Database &m_db;
    const Clock &m_clock;
};

} // namespace comptoir
