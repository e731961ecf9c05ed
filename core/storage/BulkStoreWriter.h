#pragma once

#include "domain/BulkRows.h"
#include "domain/Result.h"
#include "domain/Sale.h"
#include "storage/BulkLoadMode.h"
#include "storage/ScopedPragma.h"
#include "storage/WriterThread.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace comptoir {

class Database;
class KpiSummaryBuilder;
class Transaction;
struct AuditEntry;

/** What a database holds already: a bulk store load goes into a new one (BulkStoreWriter::contents()). */
struct BulkStoreContents {
    qint64 customers = 0;
    qint64 products = 0;
    qint64 sales = 0;
    qint64 users = 0;         ///< user accounts, active or not
    bool storeCodeTaken = false; ///< a store with the code asked about exists
};

/**
 * Writes a whole store (the demo store: demo::DemoStoreWriter hands it the generator's rows)
 * into a new database, fast: prepared
 * statements of the SQLite C API bound row by row, all in one transaction, with the
 * secondary indexes of the filled tables dropped during the load and rebuilt before the
 * commit (unique constraints and foreign keys stay on). The KPI summary triggers are dropped
 * too; the summary tables are built in memory from the sales (KpiSummaryBuilder) and
 * written before the commit. On a file database the load runs
 * under a rollback journal — the new pages of a fresh file need no journaling — and the
 * database is put back in WAL mode afterwards. Nothing is written unless commit() succeeds.
 *
 * The bulk rows (products, customers, sales...) get their ids at once (max(id) + 1, ...)
 * and are written in batches by a writer thread while the caller goes on: the two
 * halves of the work run on two cores. The big tables are written 32 rows per INSERT:
 * SQLite pays for a statement's CHECK ... IN (...) lists once per execution. An error of the writer thread is returned by the
 * next add*() call (or by commit()). The store, users, categories and suppliers are
 * written at once, on the calling thread.
 *
 * Usage: contents(), begin(), add*(), commit(); rollback() on error.
 * All calls come from one thread.
 */
class BulkStoreWriter final {
public:
    explicit BulkStoreWriter(Database &db);
    ~BulkStoreWriter();
    BulkStoreWriter(const BulkStoreWriter &) = delete;
    BulkStoreWriter &operator=(const BulkStoreWriter &) = delete;

    /** What the database holds already, and whether a store has the code `storeCode`. */
    Result<BulkStoreContents> contents(const QString &storeCode);
    /** Starts the transaction, prepares the statements, drops the secondary indexes. */
    Status begin();
    /**
     * Fills the customer search index, rebuilds the indexes, appends `entry` to the audit
     * trail (what the load was), commits, restores WAL mode.
     */
    Status commit(const AuditEntry &entry);
    /** Drops everything written since begin(). */
    void rollback();

    Result<qint64> addStore(const bulk::StoreRow &row);
    Result<qint64> addUser(const bulk::UserRow &row);
    Result<qint64> addCategory(const QString &name);
    Result<qint64> addSupplier(const bulk::SupplierRow &row);
    Result<qint64> addProduct(const bulk::ProductRow &row);
    Result<qint64> addCustomer(const bulk::CustomerRow &row);
    Status addSale(Sale &sale);
    Status addStockMove(const bulk::StockMoveRow &row);
    Status setStockLevel(const bulk::StockLevelRow &row);
    Status setLoyaltyPoints(qint64 customerId, qint64 points);
    Status addConsent(const bulk::ConsentRow &row);
    Status addInteraction(const bulk::InteractionRow &row);
    Result<qint64> addAppointment(const bulk::AppointmentRow &row);
    Result<qint64> addComplaint(const bulk::ComplaintRow &row);
    Status addComplaintEvent(const bulk::ComplaintEventRow &row);

private:
    struct Statements;
    struct Batch;
    struct NextIds;
    Status restoreJournal();
    Status readNextIds();
    Status prepareStatements();
    /** Hands the current batch to the writer thread when it is full (or when `force`). */
    Status submit(bool force);
    /** Counts a row added to the current batch; hands the batch over when it is full. */
    Status rowQueued();
    /** Waits until the writer thread has written everything handed over. */
    Status drain();
    /** Stops the writer thread; what is still queued is dropped. */
    void stopWorker();
    /** On the writer thread: binds and steps every row of `batch`. */
    Status writeBatch(const Batch &batch);

    Database &m_db;
    BulkLoadMode m_bulkMode{m_db}; ///< the rollback journal of the load; outlives the transaction
    std::unique_ptr<Transaction> m_transaction;
    std::unique_ptr<Statements> m_st;
    std::unique_ptr<Batch> m_batch;
    std::unique_ptr<NextIds> m_next;
    WriterThread m_writer{4}; ///< writes the batches, at most 4 waiting
    QList<QPair<QString, QString>> m_droppedIndexes; ///< name, CREATE statement
    QStringList m_droppedTriggers; ///< CREATE statements of the KPI summary triggers, recreated by commit()
    std::unique_ptr<KpiSummaryBuilder> m_summaries; ///< fed by addCustomer() / addSale() on the calling thread
    std::optional<ScopedPragma> m_loadCache; ///< the load's page cache, from begin() to the commit or rollback
};

} // namespace comptoir
