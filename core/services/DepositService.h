#pragma once

#include "access/Session.h"
#include "domain/Clock.h"
#include "domain/Deposit.h"
#include "domain/Result.h"

namespace comptoir {

class Database;

/** What is asked to record a deposit. */
struct DepositRequest {
    DepositKind kind = DepositKind::Acompte;
    qint64 customerId = 0;
    qint64 appointmentId = 0; ///< an appointment, or
    QString orderRef;         ///< an order reference (one of the two is required)
    qint64 amountCents = 0;
    QString method = QStringLiteral("card"); ///< cash, card or cheque
};

/**
 * Deposits ("deposit.write"): arrhes or acompte for a customer's order or appointment.
 * A deposit is applied to a sale through a 'deposit' payment (SaleService), refunded, or
 * — arrhes only, when the customer cancels — forfeited. Each call is audited.
 */
class DepositService final {
public:
    DepositService(Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}

    Result<qint64> record(const Session &session, const DepositRequest &request);
    /** Gives an open deposit back to the customer. */
    Status refund(const Session &session, qint64 depositId);
    /** Keeps open arrhes after the customer cancelled; an acompte is refused (InvalidTransition). */
    Status forfeit(const Session &session, qint64 depositId);
    Result<Deposit> find(const Session &session, qint64 depositId);

private:
    Status close(const Session &session, qint64 depositId, DepositStatus status);

    Database &m_db;
    const Clock &m_clock;
};

} // namespace comptoir
