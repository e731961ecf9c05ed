#pragma once

#include "domain/Customer.h"
#include "domain/Result.h"

#include <QList>
#include <optional>

namespace comptoir {

class Database;

/** All SQL about customers and their full-text index. */
class CustomerRepository final {
public:
    explicit CustomerRepository(Database &db) : m_db(db) {}

    Result<qint64> insert(const CustomerInput &input, const QDateTime &now, qint64 createdBy);
    Status update(qint64 id, const CustomerInput &input, const QDateTime &now);
    Status addLoyaltyPoints(qint64 id, qint64 points);

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

    /** Turns user text into an FTS5 query of quoted prefix terms (empty if no word). */
    static QString ftsQuery(const QString &text);

private:
    Result<std::optional<Customer>> findOne(const QString &where, const QVariant &value);
    Database &m_db;
};

} // namespace comptoir
