#pragma once

#include "domain/Customer.h"
#include "domain/Result.h"

#include <QList>
#include <optional>

namespace comptoir {

class Database;

/** How many rows of each kind a merge moved to the customer kept. */
struct MergeMoves {
    int appointments = 0;
    int complaints = 0;
    int interactions = 0;
    int deposits = 0;
    int relinked = 0; ///< customers earlier merged into the merged one, now pointing at the one kept
};

/** All SQL about customers and their full-text index. */
class CustomerRepository final {
public:
    explicit CustomerRepository(Database &db) : m_db(db) {}

    Result<qint64> insert(const CustomerInput &input, const QDateTime &now, qint64 createdBy);
    Status update(qint64 id, const CustomerInput &input, const QDateTime &now);
    Status addLoyaltyPoints(qint64 id, qint64 points);
    /** A sale to customer `id`: adds its loyalty points and makes a prospect a customer. */
    Status creditSale(qint64 id, qint64 points);

    /**
     * Rewrites the search-index row of customer `id` from its stored name, e-mail, phone
     * and city. insert() and update() call it; any other write to those columns must too
     * (the index is not maintained by triggers: see migration 003).
     */
    Status reindex(qint64 id);
    /** Rebuilds the whole search index, e.g. after a bulk load that bypassed insert(). */
    Status rebuildSearchIndex();

    Result<std::optional<Customer>> findById(qint64 id);
    Result<std::optional<Customer>> findByLoyaltyCard(const QString &card);
    Result<std::optional<Customer>> findByPhone(const QString &e164);
    Result<std::optional<Customer>> findByEmail(const QString &email);

    /** Customers ordered by last name, first name, id; `offset`/`limit` for paging. */
    Result<QList<Customer>> list(int offset, int limit);
    Result<qint64> count();

    /**
     * Search-as-you-type over name, e-mail, phone and city: every word of `text` must
     * start a word of the customer's (diacritics ignored). Best matches first.
     */
    Result<QList<Customer>> search(const QString &text, int limit);

    /** Other customers with the same e-mail, phone or card, or the same name and postal code. */
    Result<QList<Customer>> likelyDuplicates(const CustomerInput &input, qint64 excludeId = 0);

    /**
     * Moves the mutable history of `fromId` (appointments, complaints, interactions,
     * deposits) to `toId`. Sales, credit notes and payments are inalterable and consents
     * append-only: they stay on `fromId` and are read through `merged_into`.
     */
    Result<MergeMoves> moveHistory(qint64 fromId, qint64 toId);
    /**
     * Marks `mergedId` as merged into `keepId`: its loyalty points go to `keepId`, and
     * the customers that had been merged into `mergedId` now point at `keepId` (so a
     * customer's merged ones are always one level deep). Returns the points moved.
     */
    Result<qint64> markMerged(qint64 mergedId, qint64 keepId, const QDateTime &now);
    /** Gives the loyalty card of `fromId` to `toId` (which must have none). */
    Status moveLoyaltyCard(qint64 fromId, qint64 toId, const QDateTime &now);

    /** Turns user text into an FTS5 query of quoted prefix terms (empty if no word). */
    static QString ftsQuery(const QString &text);

private:
    Result<std::optional<Customer>> findOne(const QString &where, const QVariant &value);
    Database &m_db;
};

} // namespace comptoir
