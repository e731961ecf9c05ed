#include "services/ImportService.h"

#include "io/AtomicFileWriter.h"
#include "io/CsvHeader.h"
#include "io/CsvReader.h"
#include "io/CsvWriter.h"
#include "io/import/ColumnMapping.h"
#include "services/AuditTrail.h"
#include "services/import/ImportWriter.h"
#include "storage/BulkLoadMode.h"
#include "storage/Database.h"
#include "storage/ImportBulkRepository.h"
#include "storage/Transaction.h"

#include <QCoreApplication>

namespace comptoir {

namespace {

/** The translation context of this file's messages (lupdate reads it). */
struct ImportServiceText {
    Q_DECLARE_TR_FUNCTIONS(comptoir::ImportService)
};

const QString kImport = QStringLiteral("import.run");

QString auditScope(ImportEntity entity)
{
    return entity == ImportEntity::Customers || entity == ImportEntity::Complaints ? scope::customer()
                                                                                   : scope::business();
}

/** The rejects file: the rejected records as read, plus a "reason" column. */
class RejectsFile {
public:
    Status open(const QString &path, const QStringList &header, const CsvDialect &dialect)
    {
        m_file = std::make_unique<AtomicFileWriter>(path);
        BOOST_OUTCOME_TRYV(m_file->open());
        CsvWriterOptions options;
        options.separator = dialect.separator;
        options.encoding = dialect.encoding;
        m_writer = std::make_unique<CsvWriter>(m_file->device(), options);
        return m_writer->writeHeader(header + QStringList{QStringLiteral("reason")});
    }
    bool isOpen() const { return m_writer != nullptr; }
    Status add(const QStringList &fields, const QString &reason)
    {
        QList<Cell> cells;
        cells.reserve(fields.size() + 1);
        for (const QString &f : fields)
            cells.append(Cell::text(f));
        cells.append(Cell::text(reason));
        return m_writer->writeRow(cells);
    }
    Status commit()
    {
        BOOST_OUTCOME_TRYV(m_writer->finish());
        return m_file->commit();
    }

private:
    std::unique_ptr<AtomicFileWriter> m_file;
    std::unique_ptr<CsvWriter> m_writer;
};

/** The import field a domain error names (validateProduct speaks of stored columns). */
QString importField(const QString &field)
{
    if (field == u"price_cents")
        return QStringLiteral("price");
    if (field == u"vat_rate_bp")
        return QStringLiteral("vat_rate");
    if (field == u"cost_cents")
        return QStringLiteral("cost");
    return field;
}

} // namespace

Result<ImportReport> ImportService::run(const Session &session, ImportEntity entity, QIODevice *device,
                                        const ImportOptions &options)
{
    BOOST_OUTCOME_TRYV(require(session, kImport));
    ImportReport report;
    CsvReader reader(device);
    auto headerRow = reader.next();
    if (!headerRow) {
        if (reader.hasError())
            return Error{ErrorCode::Io, reader.error().field, reader.error().message};
        return Error::validation(QStringLiteral("file"), ImportServiceText::tr("the file is empty: no header line"));
    }
    const CsvHeader header(headerRow->fields);
    report.mapping = options.mapping.isEmpty() ? ColumnMapping::guess(entity, header) : options.mapping;
    const QList<int> indexes =
        ColumnMapping::resolve(entity, header, report.mapping, headerRow->lineNumber, report.problems);
    if (!report.problems.isEmpty())
        return report;

    RejectsFile rejects;
    if (!options.rejectsPath.isEmpty()) {
        BOOST_OUTCOME_TRYV(rejects.open(options.rejectsPath, header.names(), reader.dialect()));
    }

    // A bulk load writes its pages once (rollback journal). The sales writer takes every id
    // it writes from this transaction, so SQLite's foreign-key checks are off for its load.
    // Declared before the transaction: the settings come back after its commit or rollback.
    BulkLoadMode bulk(m_db);
    if (!device->isSequential() && ImportWriter::isBulkLoad(device->size()))
        bulk.begin(entity == ImportEntity::Sales ? BulkLoadMode::References::ResolvedByWriter
                                                 : BulkLoadMode::References::Checked);
    Transaction tx(m_db);
    BOOST_OUTCOME_TRYV(tx.begun());
    auto writer = ImportWriter::create(entity, m_db, m_clock.nowUtc(), session.userId, options.onDuplicate);
    writer->setSizeHint(device->isSequential() ? 0 : device->size());
    BOOST_OUTCOME_TRYV(writer->prepare());

    auto reject = [&](qint64 line, const QStringList &fields, const QString &field, const QString &reason) -> Status {
        ++report.rejected;
        const QString key = importField(field);
        const QString column = key.isEmpty() ? QString() : report.mapping.value(key, key);
        report.problems.append({line, column, reason});
        if (!rejects.isOpen())
            return {};
        return rejects.add(fields, column.isEmpty() ? reason : ImportServiceText::tr("%1: %2").arg(column, reason));
    };
    auto cancelled = [&] { return options.cancel && options.cancel->load(); };

    ImportRow row(entity, indexes);
    auto columnOf = [&](const QString &field) {
        const QString key = importField(field);
        return key.isEmpty() ? QString() : report.mapping.value(key, key);
    };
    // Grouped entities (a sale and its lines): consecutive rows with the same key are kept
    // until the key changes, then written, or rejected together, every row with a reason.
    std::vector<CsvRow> group;
    QString currentKey;
    auto flushGroup = [&]() -> Status {
        if (group.empty())
            return {};
        QList<RowProblem> problems;
        for (const CsvRow &r : group) {
            if (!r.problem.isEmpty())
                problems.append({r.lineNumber, QString(), r.problem});
        }
        if (problems.isEmpty()) {
            BOOST_OUTCOME_TRYV(writer->writeGroup(row, group, problems));
        }
        if (problems.isEmpty()) {
            report.imported += qint64(group.size());
            ++report.importedGroups;
            group.clear();
            return {};
        }
        ++report.rejectedGroups;
        const RowProblem &cause = problems.first();
        const QString causeColumn = columnOf(cause.field);
        const QString groupReason =
            ImportServiceText::tr("rejected with its sale: line %1: %2")
                .arg(cause.line)
                .arg(causeColumn.isEmpty() ? cause.reason : ImportServiceText::tr("%1: %2").arg(causeColumn, cause.reason));
        for (const CsvRow &r : group) {
            QStringList reasons;
            for (const RowProblem &p : problems) {
                if (p.line != r.lineNumber)
                    continue;
                const QString column = columnOf(p.field);
                report.problems.append({r.lineNumber, column, p.reason});
                reasons.append(column.isEmpty() ? p.reason : ImportServiceText::tr("%1: %2").arg(column, p.reason));
            }
            if (reasons.isEmpty()) {
                report.problems.append({r.lineNumber, QString(), groupReason});
                reasons.append(groupReason);
            }
            ++report.rejected;
            if (rejects.isOpen()) {
                BOOST_OUTCOME_TRYV(rejects.add(r.fields, reasons.join(QStringLiteral("; "))));
            }
        }
        group.clear();
        return {};
    };

    int sinceBatch = 0;
    while (auto record = reader.next()) {
        ++report.read;
        Status s;
        if (writer->grouped()) {
            row.setFields(&record->fields);
            QString key = writer->groupKey(row);
            if (!group.empty() && key != currentKey)
                s = flushGroup();
            currentKey = std::move(key);
            group.push_back(std::move(*record));
        } else if (!record->problem.isEmpty()) {
            s = reject(record->lineNumber, record->fields, QString(), record->problem);
        } else {
            row.setFields(&record->fields);
            auto outcome = writer->write(row);
            if (!outcome)
                s = reject(record->lineNumber, record->fields, outcome.error().field, outcome.error().message);
            else if (*outcome == RowOutcome::Created)
                ++report.imported;
            else if (*outcome == RowOutcome::Updated)
                ++report.updated;
            else
                ++report.skipped;
        }
        BOOST_OUTCOME_TRYV(s);
        if (++sinceBatch >= options.batchSize) {
            sinceBatch = 0;
            if (cancelled()) {
                report.cancelled = true;
                return report; // the transaction rolls back; the rejects file is dropped
            }
            if (options.progress)
                options.progress(report.read, reader.bytesRead());
        }
    }
    BOOST_OUTCOME_TRYV(flushGroup());
    if (reader.hasError()) {
        ++report.rejected;
        report.problems.append({reader.errorLine(), QString(), reader.error().message});
    }
    if (cancelled()) {
        report.cancelled = true;
        return report;
    }
    if (options.progress)
        options.progress(report.read, reader.bytesRead());
    BOOST_OUTCOME_TRYV(writer->finish());

    const bool write = !options.dryRun && (options.skipInvalid || report.rejected == 0);
    if (write) {
        ChangeSet counts;
        counts.created(QStringLiteral("read"), report.read);
        counts.created(QStringLiteral("imported"), report.imported);
        counts.created(QStringLiteral("updated"), report.updated);
        counts.created(QStringLiteral("skipped"), report.skipped);
        counts.created(QStringLiteral("rejected"), report.rejected);
        if (writer->grouped()) {
            counts.created(QStringLiteral("imported_sales"), report.importedGroups);
            counts.created(QStringLiteral("rejected_sales"), report.rejectedGroups);
        }
        AuditTrail audit(m_db, m_clock);
        BOOST_OUTCOME_TRYV(audit.record(session, QStringLiteral("import"), toString(entity), 0, auditScope(entity),
                                        counts.toJson()));
        BOOST_OUTCOME_TRYV(tx.commit());
        report.committed = true;
    } else {
        tx.rollback();
    }
    if (rejects.isOpen() && (write || options.dryRun || options.skipInvalid)) {
        BOOST_OUTCOME_TRYV(rejects.commit());
    }
    return report;
}

Result<ImportPreview> ImportService::preview(const Session &session, ImportEntity entity, QIODevice *device, int rows)
{
    BOOST_OUTCOME_TRYV(require(session, kImport));
    CsvReader reader(device);
    auto headerRow = reader.next();
    if (!headerRow)
        return Error::validation(QStringLiteral("file"), ImportServiceText::tr("the file is empty: no header line"));
    ImportPreview preview;
    preview.header = headerRow->fields;
    preview.guessed = ColumnMapping::guess(entity, CsvHeader(preview.header));
    while (preview.rows.size() < rows) {
        auto record = reader.next();
        if (!record)
            break;
        preview.rows.append(record->fields);
        preview.lines.append(record->lineNumber);
    }
    return preview;
}

Status ImportService::saveProfile(const Session &session, const QString &name, ImportEntity entity,
                                  const ImportMapping &mapping)
{
    BOOST_OUTCOME_TRYV(require(session, kImport));
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return Error::validation(QStringLiteral("name"), ImportServiceText::tr("a profile needs a name"));
    Transaction tx(m_db);
    BOOST_OUTCOME_TRYV(tx.begun());
    ImportBulkRepository repo(m_db);
    BOOST_OUTCOME_TRYV(repo.saveProfile(trimmed, entity, mapping, m_clock.nowUtc()));
    ChangeSet changes;
    for (auto it = mapping.begin(); it != mapping.end(); ++it)
        changes.created(it.key(), it.value());
    AuditTrail audit(m_db, m_clock);
    BOOST_OUTCOME_TRYV(audit.record(session, QStringLiteral("save_import_profile"), QStringLiteral("import_profile"), 0,
                                    scope::business(), changes.toJson()));
    return tx.commit();
}

Result<ImportMapping> ImportService::profile(const Session &session, const QString &name, ImportEntity entity)
{
    BOOST_OUTCOME_TRYV(require(session, kImport));
    BOOST_OUTCOME_TRY(found, ImportBulkRepository(m_db).profile(name.trimmed(), entity));
    if (!found.has_value())
        return Error::notFound(QStringLiteral("profile"), ImportServiceText::tr("no import profile called \"%1\" for %2").arg(name, toString(entity)));
    return *found;
}

Result<QStringList> ImportService::profileNames(const Session &session, ImportEntity entity)
{
    BOOST_OUTCOME_TRYV(require(session, kImport));
    return ImportBulkRepository(m_db).profileNames(entity);
}

} // namespace comptoir
