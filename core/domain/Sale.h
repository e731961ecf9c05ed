#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace comptoir {

/** How a sale (or part of it) was paid; stored as the lower-case names of toString(). */
enum class PaymentMethod { Cash, Card, Cheque, Voucher, StoreCredit, Deposit };

/** "cash", "card", "cheque", "voucher", "store_credit", "deposit" (the `payment.method` values). */
QString toString(PaymentMethod method);
std::optional<PaymentMethod> paymentMethodFromString(const QString &text);

/**
 * One line of a sale (table `sale_line`). Amounts are integer cents, VAT included.
 * `totalCents` is quantity × unit price − discount (see lineTotalCents()).
 */
struct SaleLine {
    qint64 id = 0;
    qint64 saleId = 0;
    int lineNo = 0; ///< 1, 2, 3... within the sale
    qint64 productId = 0;
    qint64 quantity = 0;
    qint64 unitPriceCents = 0;
    qint64 discountCents = 0;
    QString overrideReason; ///< why the price was changed or discounted (not hashed)
    int vatRateBp = 0;      ///< basis points: 2000 = 20 %
    qint64 totalCents = 0;
};

/** quantity × unit price − discount, in cents. */
qint64 lineTotalCents(const SaleLine &line);

/**
 * One payment of a sale (table `payment`). For cash, `tenderedCents` is what the customer
 * handed over and `changeCents` what was given back (tendered − amount); for the other
 * methods both are 0. `creditNoteId` / `depositId` are 0 when the payment uses none.
 */
struct Payment {
    qint64 id = 0;
    qint64 saleId = 0;
    PaymentMethod method = PaymentMethod::Card;
    qint64 amountCents = 0;
    qint64 tenderedCents = 0;
    qint64 changeCents = 0;
    qint64 creditNoteId = 0;
    qint64 depositId = 0;
};

/**
 * A validated sale (table `sale`), with its lines and payments. Never updated or deleted
 * once stored: a return is a credit note. `number` is gap-free per store (1, 2, 3...);
 * `hash` chains the sale to the previous one of the same store (see saleHashedFields()).
 */
struct Sale {
    qint64 id = 0;
    qint64 storeId = 0;
    qint64 number = 0;
    qint64 customerId = 0; ///< 0: anonymous sale
    qint64 userId = 0;     ///< the staff member who made the sale
    QDateTime at;          ///< UTC
    QDate businessDay;     ///< the local day the sale belongs to
    qint64 totalCents = 0;     ///< VAT included
    qint64 totalExclCents = 0; ///< totalCents − vatCents
    qint64 vatCents = 0;
    qint64 itemCount = 0;      ///< sum of the lines' quantities
    bool imported = false;     ///< loaded from another system rather than rung up here
    QString prevHash;
    QString hash;
    QList<SaleLine> lines;      ///< in line_no order
    QList<Payment> payments;    ///< in id order (the order they are stored)
};

/** The VAT of one rate within a sale. */
struct VatBreakdown {
    int rateBp = 0;
    qint64 totalCents = 0; ///< sum of the line totals at this rate, VAT included
    qint64 vatCents = 0;
    qint64 exclCents = 0;  ///< totalCents − vatCents
};

/** What computeSaleTotals() derives from a sale's lines. */
struct SaleTotals {
    qint64 totalCents = 0;
    qint64 totalExclCents = 0;
    qint64 vatCents = 0;
    qint64 itemCount = 0;
    QList<VatBreakdown> byRate; ///< one entry per VAT rate present, ascending rate
};

/**
 * The totals of a sale from its lines' `totalCents`, `vatRateBp` and `quantity`.
 * The VAT rule (see Money.h): line totals (VAT included) are summed per VAT rate and
 * Money::vatPart() is applied once to each rate's sum — not line by line — and the
 * sale's VAT is the sum over rates. total_excl = total − VAT, so the three always add up
 * to the cent. item_count is the sum of quantities.
 */
SaleTotals computeSaleTotals(const QList<SaleLine> &lines);

/** Sets the sale's total, excl. total, VAT and item count from computeSaleTotals(). */
void applySaleTotals(Sale &sale);

/**
 * The fields the sales chain hashes, in this order (French anti-fraud law: a stored sale
 * can not be altered without breaking the chain):
 * store_id, number, customer_id (0 if none), user_id, at (toIsoUtc), business_day
 * (YYYY-MM-DD), total_cents, total_excl_cents, vat_cents, item_count, imported (0/1);
 * then for each line in line_no order: line_no, product_id, quantity, unit_price_cents,
 * discount_cents, vat_rate_bp, total_cents; then for each payment in list (= id) order:
 * method, amount_cents, tendered_cents, change_cents, credit_note_id (0 if none),
 * deposit_id (0 if none).
 *
 * sale.hash = chainHash(sale.prevHash, saleHashedFields(sale)); the chain is per store in
 * number order and the first sale's prevHash is genesisHash() (domain/ChainHash.h).
 */
QStringList saleHashedFields(const Sale &sale);

/** chainHash(prevHash, saleHashedFields(sale)), computed without building the list. */
QString saleHash(const Sale &sale, const QString &prevHash);

} // namespace comptoir
