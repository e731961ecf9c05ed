#pragma once

#include "access/Session.h"
#include "domain/Clock.h"
#include "domain/Result.h"
#include "domain/Sale.h"

#include <QList>
#include <QString>

#include <optional>

namespace comptoir {

class Database;

/** One line asked for: a product by id, or by SKU / EAN-13 in `code`. */
struct SaleLineRequest {
    qint64 productId = 0;
    QString code;                         ///< SKU or EAN-13 when productId is 0
    qint64 quantity = 0;
    std::optional<qint64> unitPriceCents; ///< an override of the catalogue price (price.override)
    qint64 discountCents = 0;             ///< off the line total (price.override)
    QString overrideReason;               ///< required with an override or a discount
};

/**
 * One payment offered. For cash, `amountCents` is what the customer hands over: it may
 * exceed what is due, the difference is given back as change. Store credit names the
 * credit note, a deposit names the deposit.
 */
struct PaymentRequest {
    PaymentMethod method = PaymentMethod::Card;
    qint64 amountCents = 0;
    qint64 creditNoteId = 0;
    qint64 depositId = 0;
};

/** What the till sends to record a sale. */
struct SaleRequest {
    QList<SaleLineRequest> lines;
    qint64 customerId = 0;  ///< 0: see customerKey
    QString customerKey;    ///< loyalty card, phone or e-mail; empty with customerId 0: anonymous
    QList<PaymentRequest> payments;
};

/** Records sales: the till's single write. */
class SaleService final {
public:
    SaleService(Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}

    /**
     * Records a sale in one transaction ("sale.create"): prices from the catalogue, VAT per
     * rate (computeSaleTotals()), payments that cover the total exactly (cash may exceed it:
     * the change is stored on the cash payment), the next gap-free number of the store, the
     * hash chained to the store's previous sale, one 'sale' stock move per line, loyalty
     * points (floor(total in euros × loyalty.points_per_euro)), a prospect becoming a
     * customer, a 'sale' interaction and a business audit entry. Any refusal writes nothing.
     * A sale on a business day that was already closed is refused.
     */
    Result<Sale> record(const Session &session, const SaleRequest &request);

    /** A stored sale with its lines and payments ("sale.read"). */
    Result<Sale> findByNumber(const Session &session, qint64 number);

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace comptoir
