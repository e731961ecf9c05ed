#include "services/ExportService.h"

#include "io/export/EntityRows.h"
#include "io/export/ExportFile.h"
#include "io/import/ColumnMapping.h"
#include "services/AuditTrail.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace comptoir {

namespace {

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
    const bool customerData = entity == ImportEntity::Customers;
    if (Status s = require(session, permissionFor(customerData)); !s)
        return s.error();
    ExportFile file(path, formatOf(options), options.separator, options.encoding);
    if (Status s = file.open(ColumnMapping::fieldNames(entity)); !s)
        return s.error();
    {
        // One read transaction: the file is a consistent snapshot.
        Transaction tx(m_db);
        if (!tx.isActive())
            return tx.error();
        if (Status s = EntityRows::forEach(m_db, entity, [&](const QList<Cell> &row) { return file.write(row); }); !s)
            return s.error();
        if (Status s = audit(session, toString(entity), customerData, file.rows(), path); !s)
            return s.error();
        if (Status s = file.commit(); !s)
            return s.error();
        if (Status s = tx.commit(); !s)
            return s.error();
    }
    return file.rows();
}

Result<qint64> ExportService::exportRows(const Session &session, const QString &what, bool containsCustomerData,
                                         const QStringList &columns, const QList<QList<Cell>> &rows,
                                         const QString &path, const ExportOptions &options)
{
    if (Status s = require(session, permissionFor(containsCustomerData)); !s)
        return s.error();
    ExportFile file(path, formatOf(options), options.separator, options.encoding);
    if (Status s = file.open(columns); !s)
        return s.error();
    for (const QList<Cell> &row : rows) {
        if (Status s = file.write(row); !s)
            return s.error();
    }
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    if (Status s = audit(session, what, containsCustomerData, file.rows(), path); !s)
        return s.error();
    if (Status s = file.commit(); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return file.rows();
}

Status ExportService::audit(const Session &session, const QString &what, bool customerData, qint64 rows,
                            const QString &path)
{
    ChangeSet changes;
    changes.created(QStringLiteral("rows"), rows);
    changes.created(QStringLiteral("file"), QFileInfo(path).fileName());
    AuditTrail trail(m_db, m_clock);
    return trail.record(session, QStringLiteral("export"), what, 0, customerData ? scope::customer() : scope::business(),
                        changes.toJson());
}

} // namespace comptoir
