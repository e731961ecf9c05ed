#pragma once

#include "access/Session.h"
#include "domain/Clock.h"
#include "domain/Interaction.h"
#include "domain/Result.h"

#include <QList>
#include <QStringList>

namespace comptoir {

class Database;

/**
 * Touchpoints logged by hand on a customer's timeline ("customer.write"): a call, an
 * e-mail, a visit, a note, an offer. Sales, returns, appointments and complaints appear
 * on the timeline by themselves and cannot be logged here.
 */
class InteractionService final {
public:
    InteractionService(Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}

    /** The channels an interaction can come through, as stored ("store", "phone"...). */
    static QStringList channels();
    /** The kinds a person may log ("visit", "call", "email", "note", "offer"). */
    static QStringList loggableKinds();

    /**
     * Logs an interaction now. The channel and kind must be one of the lists above; a
     * "note" needs its text; the note is at most 2000 characters. The customer must
     * exist and not have been merged into another one. Audited.
     */
    Result<qint64> log(const Session &session, qint64 customerId, const QString &channel, const QString &kind,
                       const QString &note);

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace comptoir
