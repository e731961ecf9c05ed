#pragma once

#include "domain/Result.h"
#include "domain/Sale.h"
#include "storage/BulkIndexes.h"
#include "storage/BulkStatement.h"
#include "storage/KpiDayWriter.h"
#include "storage/KpiSummaryBuilder.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

#include <memory>

namespace comptoir {

class Database;

/** A product as a historical sale line needs it. */
struct ProductRef {
    qint64 id = 0;
    int vatRateBp = 0;
};

/** Where the store's sales chain and closures stand before a historical import. */
struct SaleChainState {
    qint64 lastNumber = 0;   ///< 0: no sale yet
    QString lastHash;        ///< genesisHash() when no sale yet
    QString lastClosedDay;   ///< "YYYY-MM-DD" of the last daily closure; empty when none
    QSet<QString> closedPeriods; ///< closed months ("2026-10") and years ("2025")
    QDateTime firstRungAt;   ///< the first sale recorded by the till (imported = 0); invalid when none
    qint64 saleLines = 0;    ///< sale lines already stored (to decide whether to drop the indexes)
};

/**
 * The SQL of the historical sales import: the look-ups it needs (products by SKU and
 * EAN-13, the chain head and the closed periods), and the insert of a
 * sale with its lines and payments through prepared C-API statements, inside the
 * caller's transaction. For a load much larger than what is stored, the secondary
 * indexes of the sales tables can be dropped and rebuilt in that same transaction.
 */
class HistoricalSaleRepository final {
public:
    explicit HistoricalSaleRepository(Database &db) : m_db(db), m_indexes(db) {}

    Result<SaleChainState> chainState(qint64 storeId);
    /** Every product (active or not: history may sell what is no longer sold), by SKU and by EAN-13. */
    Status products(QHash<QString, ProductRef> &bySku, QHash<QString, ProductRef> &byEan13);

    /** Inserts the sale (imported = 1), its lines and payments; sets their ids. */
    Status insert(Sale &sale);
    /**
     * Adds `sale` to the summaries built in memory during a bulk load into an empty ledger
     * (nothing otherwise). Called by the thread that reads the sales, so that the insert
     * thread only inserts; never while restoreIndexes() runs.
     */
    void summarize(const Sale &sale);
    /**
     * The summarized days that the last sale summarized has left behind (none when no
     * summaries are built), for writeDays(): called by the thread that reads the sales.
     */
    KpiSummaryBuilder::Days takeEarlierDays();
    /** On the insert thread, after the sales of those days: adds them to the day summary tables. */
    Status writeDays(const KpiSummaryBuilder::Days &days);

    /**
     * For a bulk load: drops the non-unique indexes of sale, sale_line and payment
     * (BulkIndexes) and the KPI summary triggers (one summary update per row costs more than
     * the load itself); restoreIndexes() puts both back. In the caller's transaction: a
     * rollback restores them too. When the ledger is still empty (`ledgerEmpty`: no sale, hence
     * no credit note), the summaries are then built in memory from the inserted sales
     * (KpiSummaryBuilder) instead of being recomputed by SQL over every sale line.
     */
    Status dropIndexes(bool ledgerEmpty);
    /** Recreates the indexes, writes or recomputes the KPI summaries and recreates their triggers. */
    Status restoreIndexes();

private:
    Status prepare();

    Database &m_db;
    BulkStatement m_sale;
    static constexpr int kLinesPerStatement = 8;
    BulkStatement m_lines[kLinesPerStatement]; ///< INSERTs of 1 to 8 lines
    BulkStatement m_payment;
    bool m_prepared = false;
    BulkIndexes m_indexes;
    QStringList m_kpiTriggers; ///< CREATE statements of the summary triggers dropped for the load
    bool m_kpiDropped = false;
    std::unique_ptr<KpiSummaryBuilder> m_summaries; ///< set while an empty ledger is bulk-loaded
    KpiDayWriter m_dayWriter; ///< used by the insert thread only
};

} // namespace comptoir
