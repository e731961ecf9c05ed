#pragma once

#include "domain/ConsentRecord.h"
#include "domain/Result.h"

#include <QList>
#include <QString>

namespace comptoir {

class Database;

/** All SQL about the `consent` table; rows are only ever appended. */
class ConsentRepository final {
public:
    explicit ConsentRepository(Database &db) : m_db(db) {}

    /** Appends `record` (its id is ignored) and returns the new id. */
    Result<qint64> append(const ConsentRecord &record);

    /**
     * The latest record of each channel for `purpose`, over customer `customerId` and
     * the customers merged into it (their history stays theirs: consents are never
     * moved). Channels never recorded are absent. Ordered by channel.
     */
    Result<QList<ConsentRecord>> latestPerChannel(qint64 customerId, const QString &purpose);

    /** The whole history of the same customers, newest first. */
    Result<QList<ConsentRecord>> history(qint64 customerId, int limit = 200);

private:
    Database &m_db;
};

} // namespace comptoir
