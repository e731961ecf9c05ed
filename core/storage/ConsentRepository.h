#pragma once

#include "domain/Result.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace comptoir {

class Database;

/** One line of a customer's consent history (append-only). */
struct ConsentRecord {
    qint64 id = 0;
    qint64 customerId = 0;
    QString channel; ///< email, sms, post
    QString purpose = QStringLiteral("marketing");
    bool granted = false;
    QDateTime at;
    QString source;         ///< store_form, web_form, customer_request...
    QString wordingVersion; ///< the version of the consent text the customer saw
    qint64 recordedBy = 0;  ///< 0: an import or the system
};

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
