#include "storage/BulkStoreWriter.h"

#include "storage/AuditRepository.h"
#include "storage/BulkIndexes.h"
#include "storage/BulkStoreStatements.h"
#include "storage/CustomerRepository.h"
#include "storage/Database.h"
#include "storage/KpiRepository.h"
#include "storage/KpiSummaryBuilder.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace comptoir {

namespace {

/** The translation context of this file's messages (lupdate reads it). */
struct BulkStoreWriterText {
    Q_DECLARE_TR_FUNCTIONS(comptoir::BulkStoreWriter)
};

// The tables a load fills: their non-unique indexes are rebuilt after the load.
const char *const kLoadedTables[] = {"customer", "consent", "interaction", "product", "sale", "sale_line", "payment",
                                     "stock_move", "appointment", "complaint", "complaint_event"};

// Rows per batch handed to the writer thread, and batches waiting at most.
constexpr qint64 kBatchRows = 16384;

} // namespace

BulkStoreWriter::BulkStoreWriter(Database &db) : m_db(db) {}

BulkStoreWriter::~BulkStoreWriter()
{
    rollback();
}

Result<BulkStoreContents> BulkStoreWriter::contents(const QString &storeCode)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT (SELECT count(*) FROM customer), (SELECT count(*) FROM product), "
                             "(SELECT count(*) FROM sale), (SELECT count(*) FROM app_user), "
                             "EXISTS (SELECT 1 FROM store WHERE code = ?)"));
    q.addBindValue(storeCode);
    if (!q.exec() || !q.next())
        return databaseError(BulkStoreWriterText::tr("checking the database"), q.lastError().text());
    BulkStoreContents c;
    c.customers = q.value(0).toLongLong();
    c.products = q.value(1).toLongLong();
    c.sales = q.value(2).toLongLong();
    c.users = q.value(3).toLongLong();
    c.storeCodeTaken = q.value(4).toBool();
    return c;
}

Status BulkStoreWriter::begin()
{
    if (m_transaction)
        return Error::database(BulkStoreWriterText::tr("the load has already begun"));
    m_bulkMode.begin(BulkLoadMode::References::Checked);
    // A large page cache for the load (256 MiB); put back at commit.
    m_loadCache.emplace(m_db, "cache_size", -262144);
    m_transaction = std::make_unique<Transaction>(m_db);
    if (!m_transaction->isActive()) {
        const Error e = m_transaction->error();
        m_transaction.reset();
        (void)restoreJournal();
        return e;
    }

    QSqlQuery indexes(m_db.connection());
    // By table, so that the rebuilds of one table's indexes find its pages in the cache.
    if (!indexes.exec(QStringLiteral("SELECT name, tbl_name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
                                     "ORDER BY tbl_name, name")))
        return databaseError(BulkStoreWriterText::tr("listing the indexes"), indexes.lastError().text());
    while (indexes.next()) {
        const QString table = indexes.value(1).toString();
        const QString sql = indexes.value(2).toString();
        bool loaded = false;
        for (const char *t : kLoadedTables)
            loaded = loaded || table == QLatin1String(t);
        if (loaded && !sql.startsWith(QLatin1String("CREATE UNIQUE"), Qt::CaseInsensitive))
            m_droppedIndexes.append({indexes.value(0).toString(), sql});
    }
    indexes.finish();
    for (const auto &[name, sql] : m_droppedIndexes) {
        // An identifier can not be bound: the name comes from sqlite_master (not from user
        // input) and is quoted as an identifier.
        QString quoted = name;
        quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
        BOOST_OUTCOME_TRYV(m_db.exec(QStringLiteral("DROP INDEX \"") + quoted + QLatin1Char('"')));
    }
    // The KPI summaries are rebuilt in one pass by commit(): cheaper than a trigger per row.
    BOOST_OUTCOME_TRY(triggers, KpiRepository(m_db).dropSummaryTriggers());
    m_droppedTriggers = triggers;
    m_summaries = std::make_unique<KpiSummaryBuilder>();
    BOOST_OUTCOME_TRYV(readNextIds());
    BOOST_OUTCOME_TRYV(prepareStatements());
    m_batch = std::make_unique<Batch>();
    m_writer.start();
    return {};
}

Status BulkStoreWriter::readNextIds()
{
    m_next = std::make_unique<NextIds>();
    const std::pair<const char *, qint64 *> tables[] = {
        {"product", &m_next->product},         {"customer", &m_next->customer},       {"sale", &m_next->sale},
        {"sale_line", &m_next->saleLine},      {"payment", &m_next->payment},         {"stock_move", &m_next->stockMove},
        {"consent", &m_next->consent},         {"interaction", &m_next->interaction}, {"appointment", &m_next->appointment},
        {"complaint", &m_next->complaint},     {"complaint_event", &m_next->complaintEvent},
    };
    for (const auto &[table, next] : tables) {
        QSqlQuery q(m_db.connection());
        // A table name from the list above, not user input.
        if (!q.exec(QStringLiteral("SELECT coalesce(max(id), 0) + 1 FROM ") + QLatin1String(table)) || !q.next())
            return databaseError(BulkStoreWriterText::tr("reading the last id of %1").arg(QLatin1String(table)), q.lastError().text());
        *next = q.value(0).toLongLong();
    }
    return {};
}

Status BulkStoreWriter::submit(bool force)
{
    if (!m_batch || m_batch->rows == 0 || (!force && m_batch->rows < kBatchRows))
        return m_writer.error();
    std::shared_ptr<const Batch> batch(m_batch.release());
    m_batch = std::make_unique<Batch>();
    return m_writer.submit([this, batch] { return writeBatch(*batch); });
}

Status BulkStoreWriter::drain()
{
    BOOST_OUTCOME_TRYV(submit(true));
    return m_writer.drain();
}

void BulkStoreWriter::stopWorker()
{
    m_writer.stop();
}

Status BulkStoreWriter::commit(const AuditEntry &entry)
{
    if (!m_transaction)
        return Error::database(BulkStoreWriterText::tr("the load has not begun"));
    BOOST_OUTCOME_TRYV(drain());
    stopWorker();
    m_st.reset(); // finalize the statements before the index builds and the commit
    // The customer search index is filled in one statement (the database had no customer).
    BOOST_OUTCOME_TRYV(CustomerRepository(m_db).rebuildSearchIndex());
    // Index builds sort with a helper thread (the load is over: the second core is free).
    BOOST_OUTCOME_TRYV(BulkIndexes::create(m_db, m_droppedIndexes));
    // The KPI summaries: built in memory from the sales handed over (the database had none);
    // a full recomputation if credit notes exist.
    QSqlQuery notes(m_db.connection());
    if (!notes.exec(QStringLiteral("SELECT EXISTS (SELECT 1 FROM credit_note)")) || !notes.next())
        return databaseError(BulkStoreWriterText::tr("checking the credit notes"), notes.lastError().text());
    const bool haveNotes = notes.value(0).toBool();
    notes.finish();
    BOOST_OUTCOME_TRYV(haveNotes ? KpiRepository(m_db).rebuildSummaries() : m_summaries->write(m_db));
    m_summaries.reset();
    BOOST_OUTCOME_TRYV(KpiRepository(m_db).createTriggers(m_droppedTriggers));
    BOOST_OUTCOME_TRYV(AuditRepository(m_db).append(entry));
    BOOST_OUTCOME_TRYV(m_transaction->commit());
    m_transaction.reset();
    m_droppedIndexes.clear();
    m_droppedTriggers.clear();
    return restoreJournal();
}

void BulkStoreWriter::rollback()
{
    stopWorker();
    m_st.reset();
    m_batch.reset();
    if (m_transaction) {
        m_transaction->rollback();
        m_transaction.reset();
    }
    m_droppedIndexes.clear();
    m_droppedTriggers.clear();
    m_summaries.reset();
    (void)restoreJournal();
}

Status BulkStoreWriter::restoreJournal()
{
    m_loadCache.reset();
    return m_bulkMode.restore();
}

} // namespace comptoir
