#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace comptoir {

/**
 * Arrhes: the customer who cancels loses them (the store may forfeit them). Acompte: a
 * first payment that binds both sides; the store can never keep it by forfeit.
 */
enum class DepositKind { Arrhes, Acompte };
/** open → applied (to a sale) | refunded | forfeited (arrhes only). */
enum class DepositStatus { Open, Applied, Refunded, Forfeited };

QString toString(DepositKind kind);
QString toString(DepositStatus status);
std::optional<DepositKind> depositKindFromString(const QString &text);
std::optional<DepositStatus> depositStatusFromString(const QString &text);

/** A deposit taken from a customer for an order or an appointment (table `deposit`). */
struct Deposit {
    qint64 id = 0;
    DepositKind kind = DepositKind::Acompte;
    qint64 customerId = 0;
    qint64 appointmentId = 0; ///< 0: none
    QString orderRef;
    qint64 amountCents = 0;
    QString method; ///< how it was paid: cash, card or cheque
    DepositStatus status = DepositStatus::Open;
    qint64 userId = 0;
    QDateTime createdAt;
    QDateTime closedAt; ///< when it was applied, refunded or forfeited
    qint64 saleId = 0;  ///< the sale it was applied to
};

} // namespace comptoir
