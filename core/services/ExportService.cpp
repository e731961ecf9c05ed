#include "services/ExportService.h"

#include "io/export/ExportFile.h"
#include "io/export/ListRows.h"
#include "services/AuditTrail.h"
#include "services/ComplaintQueryService.h"
#include "services/export/EntityRows.h"
#include "storage/CustomerRepository.h"
#include "storage/Database.h"
#include "storage/ExportRepository.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace comptoir {

namespace {

/** The translation context of this file's messages (lupdate reads it). */
struct ExportServiceText {
    Q_DECLARE_TR_FUNCTIONS(comptoir::ExportService)
};

const QString kCancelled = QStringLiteral("cancelled");

/** Rows between two cancellation checks and progress calls. */
constexpr qint64 kProgressRows = 2000;

QString permissionFor(bool customerData)
{
    return customerData ? QStringLiteral("customer.export") : QStringLiteral("export.run");
}

/** Rows read per page of a list exported as shown (ComplaintQueryService pages at most 1000). */
constexpr int kExportListPage = 1000;

/** How the audit entry names a complaint list's filter ("overdue", "status: resolved"...). */
QString complaintFilterText(const ComplaintFilter &filter)
{
    switch (filter.scope) {
    case ComplaintFilter::Scope::All:
        return QStringLiteral("all");
    case ComplaintFilter::Scope::Unsettled:
        return QStringLiteral("unsettled");
    case ComplaintFilter::Scope::Overdue:
        return QStringLiteral("overdue");
    case ComplaintFilter::Scope::Status:
        return QStringLiteral("status: %1").arg(toString(filter.status));
    }
    return QString();
}

QString stockFilterText(const StockListFilter &filter)
{
    QStringList parts;
    if (filter.belowThreshold)
        parts << QStringLiteral("below threshold");
    if (!filter.search.trimmed().isEmpty())
        parts << QStringLiteral("search: %1").arg(filter.search.trimmed());
    return parts.isEmpty() ? QStringLiteral("all") : parts.join(QStringLiteral(", "));
}

ExportFile::Format formatOf(const ExportOptions &options)
{
    return options.format == ExportOptions::Format::Xlsx ? ExportFile::Format::Xlsx : ExportFile::Format::Csv;
}

} // namespace

Result<qint64> ExportService::exportEntity(const Session &session, ImportEntity entity, const QString &path,
                                           const ExportOptions &options)
{
    return exportEntity(session, toString(entity), path, options);
}

Result<qint64> ExportService::exportEntity(const Session &session, const QString &entity, const QString &path,
                                           const ExportOptions &options)
{
    const QString name = EntityRows::canonicalName(entity);
    const bool customerData = name.isEmpty() || EntityRows::containsCustomerData(name);
    BOOST_OUTCOME_TRYV(require(session, permissionFor(customerData)));
    if (name.isEmpty())
        return Error::validation(QStringLiteral("entity"), ExportServiceText::tr("\"%1\" cannot be exported; choose one of: %2")
                                                               .arg(entity, entities().join(QStringLiteral(", "))));
    qint64 expected = 0;
    if (options.progress) {
        BOOST_OUTCOME_TRY(count, ExportRepository(m_db).count(name));
        expected = count;
    }
    // One forward-only query per entity: its statement holds one read snapshot, so the file
    // is consistent without holding a write transaction while it is written.
    return write(
        session, name, customerData, EntityRows::columns(name), expected,
        [&](const EntityRows::Sink &sink) { return EntityRows::forEach(m_db, name, sink); }, path, options);
}

QStringList ExportService::entities()
{
    return EntityRows::entities();
}

Result<qint64> ExportService::exportCustomerList(const Session &session, const CustomerListFilter &filter,
                                                 const QString &path, const ExportOptions &options)
{
    BOOST_OUTCOME_TRYV(require(session, permissionFor(true)));
    const QString search = filter.search.trimmed();
    if (search.isEmpty())
        return exportEntity(session, QStringLiteral("customers"), path, options);
    BOOST_OUTCOME_TRY(found, CustomerRepository(m_db).search(search, filter.limit));
    const QList<Customer> rows = found;
    return write(
        session, QStringLiteral("customers"), true, EntityRows::columns(QStringLiteral("customers")), rows.size(),
        [&](const EntityRows::Sink &sink) -> Status {
            for (const Customer &c : rows) {
                BOOST_OUTCOME_TRYV(sink(EntityRows::customerCells(c)));
            }
            return {};
        },
        path, options, search);
}

Result<qint64> ExportService::exportComplaintList(const Session &session, const ComplaintListView &view,
                                                  const QString &path, const ExportOptions &options)
{
    BOOST_OUTCOME_TRYV(require(session, permissionFor(true)));
    // Every page the list would fetch, through the same query as the list.
    ComplaintQueryService query(m_db, m_clock);
    QList<QList<Cell>> rows;
    for (;;) {
        BOOST_OUTCOME_TRY(page, query.list(session, view.filter, view.sort, view.descending, int(rows.size()), kExportListPage));
        for (const ComplaintRow &row : std::as_const(page))
            rows.append(ListRows::complaintCells(row));
        if (page.size() < kExportListPage)
            break;
    }
    return writeList(session, QStringLiteral("complaints"), true, ListRows::complaintColumns(), rows, path, options,
                     complaintFilterText(view.filter));
}

Result<qint64> ExportService::exportStockList(const Session &session, const StockListFilter &filter, const QString &path,
                                              const ExportOptions &options)
{
    BOOST_OUTCOME_TRYV(require(session, permissionFor(false)));
    StockListService list(m_db, m_clock);
    QList<QList<Cell>> rows;
    for (;;) {
        BOOST_OUTCOME_TRY(page, list.list(session, filter, int(rows.size()), kExportListPage));
        for (const Product &product : std::as_const(page))
            rows.append(ListRows::stockCells(product));
        if (page.size() < kExportListPage)
            break;
    }
    return writeList(session, QStringLiteral("stock"), false, ListRows::stockColumns(), rows, path, options,
                     stockFilterText(filter));
}

Result<qint64> ExportService::writeList(const Session &session, const QString &what, bool customerData,
                                        const QStringList &columns, const QList<QList<Cell>> &rows, const QString &path,
                                        const ExportOptions &options, const QString &filter)
{
    return write(
        session, what, customerData, columns, rows.size(),
        [&](const EntityRows::Sink &sink) -> Status {
            for (const QList<Cell> &row : rows) {
                BOOST_OUTCOME_TRYV(sink(row));
            }
            return {};
        },
        path, options, filter);
}

Result<qint64> ExportService::write(const Session &session, const QString &what, bool customerData,
                                    const QStringList &columns, qint64 expected,
                                    const std::function<Status(const EntityRows::Sink &)> &produce, const QString &path,
                                    const ExportOptions &options, const QString &filter)
{
    ExportFile file(path, formatOf(options), options.separator, options.encoding);
    BOOST_OUTCOME_TRYV(file.open(columns));
    qint64 sinceCheck = 0;
    const EntityRows::Sink sink = [&](const QList<Cell> &row) -> Status {
        BOOST_OUTCOME_TRYV(file.write(row));
        if (++sinceCheck >= kProgressRows) {
            sinceCheck = 0;
            if (options.cancel && options.cancel->load())
                return Error{ErrorCode::Io, kCancelled, ExportServiceText::tr("export cancelled: no file written")};
            if (options.progress)
                options.progress(file.rows(), expected);
        }
        return {};
    };
    BOOST_OUTCOME_TRYV(produce(sink)); // the file is discarded: the previous one, if any, is intact
    if (options.cancel && options.cancel->load())
        return Error{ErrorCode::Io, kCancelled, ExportServiceText::tr("export cancelled: no file written")};
    if (options.progress)
        options.progress(file.rows(), expected);
    Transaction tx(m_db);
    BOOST_OUTCOME_TRYV(tx.begun());
    BOOST_OUTCOME_TRYV(audit(session, what, customerData, file.rows(), path, filter));
    BOOST_OUTCOME_TRYV(file.commit());
    BOOST_OUTCOME_TRYV(tx.commit());
    return file.rows();
}

Result<qint64> ExportService::exportRows(const Session &session, const QString &what, bool containsCustomerData,
                                         const QStringList &columns, const QList<QList<Cell>> &rows,
                                         const QString &path, const ExportOptions &options)
{
    BOOST_OUTCOME_TRYV(require(session, permissionFor(containsCustomerData)));
    return writeList(session, what, containsCustomerData, columns, rows, path, options, QString());
}

bool ExportService::isCancelled(const Error &error)
{
    return error.code == ErrorCode::Io && error.field == kCancelled;
}

Status ExportService::audit(const Session &session, const QString &what, bool customerData, qint64 rows,
                            const QString &path, const QString &filter)
{
    ChangeSet changes;
    changes.created(QStringLiteral("rows"), rows);
    changes.created(QStringLiteral("file"), QFileInfo(path).fileName());
    if (!filter.isEmpty())
        changes.created(QStringLiteral("filter"), filter);
    AuditTrail trail(m_db, m_clock);
    return trail.record(session, QStringLiteral("export"), what, 0, customerData ? scope::customer() : scope::business(),
                        changes.toJson());
}

} // namespace comptoir
