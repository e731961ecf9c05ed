#pragma once

#include "access/Session.h"
#include "domain/Clock.h"
#include "domain/ConsentRecord.h"
#include "domain/Result.h"

#include <QList>
#include <QStringList>

namespace comptoir {

class Database;

/**
 * Marketing consents per channel ("customer.read" to read, "customer.write" to record).
 * The history is append-only: recording an opt-in or an opt-out adds a line, and the
 * current state of a channel is its latest line. Each line keeps the version of the
 * consent wording in force (setting "consent.wording_version", default kWordingVersion).
 */
class ConsentService final {
public:
    /** The wording version used when the setting is absent. */
    static inline const QString kWordingVersion = QStringLiteral("v2");
    static inline const QString kPurpose = QStringLiteral("marketing");

    ConsentService(Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}

    /** "email", "sms", "post". */
    static QStringList channels();
    /** Where a consent may come from ("store_form", "customer_request", "web_form"...). */
    static QStringList sources();

    /**
     * Appends an opt-in (`granted`) or opt-out for `channel`, now. The customer must exist
     * and not have been merged into another one. Audited.
     */
    Result<qint64> record(const Session &session, qint64 customerId, const QString &channel, bool granted,
                          const QString &source);

    /**
     * The current state: the latest line of each channel, over the customer and those
     * merged into it. A channel never recorded is absent (no consent).
     */
    Result<QList<ConsentRecord>> current(const Session &session, qint64 customerId);
    /** Every line, newest first. */
    Result<QList<ConsentRecord>> history(const Session &session, qint64 customerId);

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace comptoir
