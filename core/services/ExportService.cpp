#include "services/ExportService.h"

#include "io/export/EntityRows.h"
#include "io/export/ExportFile.h"
#include "services/AuditTrail.h"
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
    if (Status s = require(session, permissionFor(customerData)); !s)
        return s.error();
    if (name.isEmpty())
        return Error::validation(QStringLiteral("entity"), ExportServiceText::tr("\"%1\" cannot be exported; choose one of: %2")
                                                               .arg(entity, entities().join(QStringLiteral(", "))));
    qint64 expected = 0;
    if (options.progress) {
        auto count = ExportRepository(m_db).count(name);
        if (!count)
            return count.error();
        expected = *count;
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
    if (Status s = require(session, permissionFor(true)); !s)
        return s.error();
    const QString search = filter.search.trimmed();
    if (search.isEmpty())
        return exportEntity(session, QStringLiteral("customers"), path, options);
    auto found = CustomerRepository(m_db).search(search, filter.limit);
    if (!found)
        return found.error();
    const QList<Customer> rows = *found;
    return write(
        session, QStringLiteral("customers"), true, EntityRows::columns(QStringLiteral("customers")), rows.size(),
        [&](const EntityRows::Sink &sink) -> Status {
            for (const Customer &c : rows) {
                if (Status s = sink(EntityRows::customerCells(c)); !s)
                    return s;
            }
            return {};
        },
        path, options, search);
}

Result<qint64> ExportService::write(const Session &session, const QString &what, bool customerData,
                                    const QStringList &columns, qint64 expected,
                                    const std::function<Status(const EntityRows::Sink &)> &produce, const QString &path,
                                    const ExportOptions &options, const QString &filter)
{
    ExportFile file(path, formatOf(options), options.separator, options.encoding);
    if (Status s = file.open(columns); !s)
        return s.error();
    qint64 sinceCheck = 0;
    const EntityRows::Sink sink = [&](const QList<Cell> &row) -> Status {
        if (Status s = file.write(row); !s)
            return s;
        if (++sinceCheck >= kProgressRows) {
            sinceCheck = 0;
            if (options.cancel && options.cancel->load())
                return Error{ErrorCode::Io, kCancelled, ExportServiceText::tr("export cancelled: no file written")};
            if (options.progress)
                options.progress(file.rows(), expected);
        }
        return {};
    };
    if (Status s = produce(sink); !s)
        return s.error(); // the file is discarded: the previous one, if any, is intact
    if (options.cancel && options.cancel->load())
        return Error{ErrorCode::Io, kCancelled, ExportServiceText::tr("export cancelled: no file written")};
    if (options.progress)
        options.progress(file.rows(), expected);
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    if (Status s = audit(session, what, customerData, file.rows(), path, filter); !s)
        return s.error();
    if (Status s = file.commit(); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return file.rows();
}

Result<qint64> ExportService::exportRows(const Session &session, const QString &what, bool containsCustomerData,
                                         const QStringList &columns, const QList<QList<Cell>> &rows,
                                         const QString &path, const ExportOptions &options)
{
    if (Status s = require(session, permissionFor(containsCustomerData)); !s)
        return s.error();
    return write(
        session, what, containsCustomerData, columns, rows.size(),
        [&](const EntityRows::Sink &sink) -> Status {
            for (const QList<Cell> &row : rows) {
                if (Status s = sink(row); !s)
                    return s;
            }
            return {};
        },
        path, options);
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
