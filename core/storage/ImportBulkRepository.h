#pragma once

#include "domain/Customer.h"
#include "domain/ImportTypes.h"
#include "domain/Result.h"
#include "domain/StockMove.h"
#include "storage/BulkStatement.h"

#include <QHash>
#include <QList>
#include <optional>

namespace comptoir {

class Database;

/** The customers' duplicate keys: lower-case e-mail, E.164 phone, loyalty card → id. */
struct CustomerKeys {
    QHash<QString, qint64> email;
    QHash<QString, qint64> phone;
    QHash<QString, qint64> card;

    /** The first existing customer with the same e-mail, phone or card, 0 if none. */
    qint64 find(const CustomerInput &in) const;
    void add(const CustomerInput &in, qint64 id);

    /** How a customer is named in a file that refers to one (a sale, an appointment...). */
    enum class Key { Any, Email, Card, Phone };
    /**
     * The customer named by `key`, 0 if none. Key::Any tells them apart as the till does:
     * with an '@' an e-mail, otherwise a loyalty card, then a phone number (any French spelling).
     */
    qint64 lookup(const QString &key, Key kind) const;
};

/** A stock move as exported, with its product and supplier named. */
struct StockMoveRecord {
    StockMove move;
    QString sku;
    QString ean13;
    QString supplier;
};

/**
 * The SQL of bulk imports and exports: a prepared customer INSERT through the C API
 * (no per-row index work: the caller rebuilds the search index once), the duplicate
 * keys, the stock-move ledger for export and the named import profiles.
 */
class ImportBulkRepository final {
public:
    explicit ImportBulkRepository(Database &db) : m_db(db) {}

    /** Every live customer's e-mail, phone and card (merged and erased customers excluded). */
    Result<CustomerKeys> customerKeys();

    /** Every user (active or not): lower-case login → id. */
    Result<QHash<QString, qint64>> userIdsByLogin();

    /** Inserts a validated customer inside the caller's transaction; the FTS row is NOT written. */
    Result<qint64> insertCustomer(const CustomerInput &in, const QDateTime &now, qint64 createdBy);

    /** Up to `limit` stock moves with an id above `afterId`, in id order (keyset paging). */
    Result<QList<StockMoveRecord>> stockMoves(qint64 afterId, int limit);

    Status saveProfile(const QString &name, ImportEntity entity, const ImportMapping &mapping, const QDateTime &now);
    Result<std::optional<ImportMapping>> profile(const QString &name, ImportEntity entity);
    /** Profile names for `entity`, sorted. */
    Result<QStringList> profileNames(ImportEntity entity);

private:
    Database &m_db;
    BulkStatement m_insertCustomer;
    bool m_prepared = false;
};

} // namespace comptoir
