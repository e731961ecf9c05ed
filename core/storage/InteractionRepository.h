#pragma once

#include "domain/Result.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace comptoir {

class Database;

/** A touchpoint on a customer's timeline: a call, an e-mail, a note, a visit... */
struct Interaction {
    qint64 id = 0;
    qint64 customerId = 0;
    QString channel; ///< store, phone, email, sms, web, social, post
    QString kind;    ///< visit, call, email, note, offer (and the automatic sale, appointment...)
    QString note;
    qint64 userId = 0; ///< 0: recorded by the system or an import
    QDateTime at;
};

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
