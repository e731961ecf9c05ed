#pragma once

#include "domain/Interaction.h"
#include "domain/Result.h"

#include <QList>

namespace comptoir {

class Database;

/** All SQL about the `interaction` table. */
class InteractionRepository final {
public:
    explicit InteractionRepository(Database &db) : m_db(db) {}

    /** Inserts `interaction` (its id is ignored) and returns the new id. */
    Result<qint64> insert(const Interaction &interaction);
    /** The interactions of one customer (not of those merged into it), newest first. */
    Result<QList<Interaction>> forCustomer(qint64 customerId, int limit = 100);

private:
    Database &m_db;
};

} // namespace comptoir
