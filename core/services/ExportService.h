#pragma once

#include "access/Session.h"
#include "domain/Clock.h"
#include "domain/ComplaintFilter.h"
#include "domain/ImportTypes.h"
#include "domain/Result.h"
#include "io/Cell.h"
#include "io/TextCodec.h"
#include "services/StockListService.h"

#include <QList>
#include <QStringList>

#include <atomic>
#include <functional>

namespace comptoir {

class Database;

/** How an export is written. */
struct ExportOptions {
    enum class Format { Csv, Xlsx };
    Format format = Format::Csv;
    char separator = ';';
    TextEncoding encoding = TextEncoding::Utf8;
    /** Set from another thread to stop: no file is written (the error says "cancelled"). */
    const std::atomic<bool> *cancel = nullptr;
    /** Called every few thousand rows with the rows written and the total expected (0: unknown). */
    std::function<void(qint64 rows, qint64 total)> progress;
};

/** The filter of the customers list, as the list applies it (CustomerListPage). */
struct CustomerListFilter {
    /** Empty: every customer, by name. Otherwise the full-text search's best matches. */
    QString search;
    /** How many search matches the list shows. */
    int limit = 200;
};

/** The complaint desk's list as shown (ComplaintsPage): its filter and its sort. */
struct ComplaintListView {
    ComplaintFilter filter;
    ComplaintSort sort = ComplaintSort::Number;
    bool descending = true;
};

/**
 * Exports an entity, or the rows a list shows, as CSV or XLSX, written atomically (a
 * failed export leaves no partial file). Customer data needs "customer.export", the rest
 * "export.run". Text cells are protected against formula injection by the writers.
 * Each export is audited with its row count. The columns of an entity export are the
 * import field names (ColumnMapping::fieldNames), so an export imports back as is.
 * Entities stream from one forward-only query (EntityRows), with progress and cancel.
 */
class ExportService final {
public:
    ExportService(Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}

    /** Returns the number of data rows written. */
    Result<qint64> exportEntity(const Session &session, ImportEntity entity, const QString &path,
                                const ExportOptions &options = {});
    /** The same by name: one of entities(), or "sale-lines" for "sales" (one row per sale line). */
    Result<qint64> exportEntity(const Session &session, const QString &entity, const QString &path,
                                const ExportOptions &options = {});
    /** The names exportEntity() accepts: customers, products, suppliers, stock-moves, sales. */
    static QStringList entities();

    /**
     * Writes the customers list as it is shown with `filter`, in the columns of the
     * customers export ("customer.export"; audited with the filter and the row count).
     */
    Result<qint64> exportCustomerList(const Session &session, const CustomerListFilter &filter, const QString &path,
                                      const ExportOptions &options = {});

    /**
     * Writes the complaints list as shown with `view` (every page of it, in its order), in
     * ListRows::complaintColumns(). Complaints name their customers: "customer.export"
     * (and "complaint.read"); audited as "complaints" with the filter and the row count.
     */
    Result<qint64> exportComplaintList(const Session &session, const ComplaintListView &view, const QString &path,
                                       const ExportOptions &options = {});

    /**
     * Writes the stock page's products as shown with `filter`, in ListRows::stockColumns()
     * ("export.run"); audited as "stock" with the filter and the row count.
     */
    Result<qint64> exportStockList(const Session &session, const StockListFilter &filter, const QString &path,
                                   const ExportOptions &options = {});

    /** True for the error an export stopped by ExportOptions::cancel returns. */
    static bool isCancelled(const Error &error);

    /**
     * Writes the list currently shown (`columns`, `rows` as cells). `containsCustomerData`
     * selects the permission; `what` names the list in the audit entry ("customers", ...).
     */
    Result<qint64> exportRows(const Session &session, const QString &what, bool containsCustomerData,
                              const QStringList &columns, const QList<QList<Cell>> &rows, const QString &path,
                              const ExportOptions &options = {});

private:
    Status audit(const Session &session, const QString &what, bool customerData, qint64 rows, const QString &path,
                 const QString &filter = QString());

    /** Writes already-read list rows (see exportRows), audited with `filter`. */
    Result<qint64> writeList(const Session &session, const QString &what, bool customerData, const QStringList &columns,
                             const QList<QList<Cell>> &rows, const QString &path, const ExportOptions &options,
                             const QString &filter);

    /** Writes `file` from `produce` (which calls the sink for each row), then audits and commits. */
    Result<qint64> write(const Session &session, const QString &what, bool customerData, const QStringList &columns,
                         qint64 expected, const std::function<Status(const std::function<Status(const QList<Cell> &)> &)> &produce,
                         const QString &path, const ExportOptions &options, const QString &filter = QString());

    Database &m_db;
    const Clock &m_clock;
};

} // namespace comptoir
