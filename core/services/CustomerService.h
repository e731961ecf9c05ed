#pragma once

#include "access/Session.h"
#include "domain/Clock.h"
#include "domain/Customer.h"
#include "domain/Result.h"

#include <QList>

namespace comptoir {

class Database;

/** Customers: the single customer reference of the store. */
class CustomerService final {
public:
    CustomerService(Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}

    /** Validates and creates a customer; a loyalty card already in use is a conflict. */
    Result<qint64> create(const Session &session, const CustomerInput &input);
    Status update(const Session &session, qint64 id, const CustomerInput &input);

    Result<Customer> findById(const Session &session, qint64 id);
    /** The holder of a card; a card left on a merged customer gives the customer kept. */
    Result<Customer> findByLoyaltyCard(const Session &session, const QString &card);
    /** Any written form of the number ("06 12 34 56 78", "+33612345678"). */
    Result<Customer> findByPhone(const Session &session, const QString &phone);
    Result<Customer> findByEmail(const Session &session, const QString &email);

    Result<QList<Customer>> list(const Session &session, int offset, int limit);
    Result<qint64> count(const Session &session);
    /** Search-as-you-type over name, e-mail, phone and city (prefixes, accents ignored). */
    Result<QList<Customer>> search(const Session &session, const QString &text, int limit = 50);
    /** Customers that look like the same person as `input` (validated first). */
    Result<QList<Customer>> likelyDuplicates(const Session &session, const CustomerInput &input, qint64 excludeId = 0);

    /**
     * Merges two records of the same person ("customer.merge"): `mergedId` is marked as
     * merged into `keepId`, its appointments, complaints, interactions and deposits move
     * to `keepId`, its loyalty points are added to `keepId`'s, and its loyalty card goes
     * to `keepId` if that one has none. Sales, credit notes and consents cannot change:
     * they stay on `mergedId` and every history read follows the merge link. One audit
     * entry names both ids. A customer cannot be merged with itself, and neither one may
     * already be merged.
     */
    Status merge(const Session &session, qint64 keepId, qint64 mergedId);

private:
    Result<Customer> found(Result<std::optional<Customer>> lookup, const QString &what, const QString &key);

    Database &m_db;
    const Clock &m_clock;
};

} // namespace comptoir
