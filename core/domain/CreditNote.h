#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace comptoir {

/**
 * One returned line of a credit note (table `credit_note_line`). `totalCents` is the
 * share of the sale line's total for the returned quantity (see returnedShareCents()).
 * `restock` is 1 when the goods went back on the shelf, 0 when they were damaged.
 */
struct CreditNoteLine {
    qint64 id = 0;
    qint64 creditNoteId = 0;
    qint64 saleLineId = 0;
    qint64 quantity = 0;
    qint64 totalCents = 0;
    bool restock = true;
};

/**
 * A credit note ("avoir", table `credit_note`): the return of some lines of a past sale.
 * Never updated or deleted; numbered gap-free per store and chained like sales, in a
 * chain of its own (see creditNoteHashedFields()).
 */
struct CreditNote {
    qint64 id = 0;
    qint64 storeId = 0;
    qint64 number = 0;
    qint64 saleId = 0;
    qint64 customerId = 0; ///< 0: anonymous sale
    qint64 userId = 0;
    qint64 approvedBy = 0; ///< 0: under the approval threshold
    QDateTime at;          ///< UTC
    QDate businessDay;
    qint64 totalCents = 0; ///< VAT included, refunded to the customer
    qint64 vatCents = 0;
    QString refundMethod;  ///< cash, card, cheque, voucher or store_credit
    QString reason;
    QString prevHash;
    QString hash;
    QList<CreditNoteLine> lines; ///< in id order
};

/**
 * The part of a sale line's total that `quantity` more returned units are worth, when
 * `alreadyReturned` units were returned before: total × (already + quantity) / sold
 * minus total × already / sold, each rounded half away from zero. Returning every unit,
 * in one go or several, therefore refunds exactly the line's total.
 */
qint64 returnedShareCents(qint64 lineTotalCents, qint64 soldQuantity, qint64 alreadyReturned, qint64 quantity);

/**
 * The fields the credit-note chain hashes, in this order: store_id, number, sale_id,
 * customer_id (0 if none), user_id, approved_by (0 if none), at (toIsoUtc), business_day,
 * total_cents, vat_cents, refund_method, reason; then for each line in list (= id) order:
 * sale_line_id, quantity, total_cents, restock (0/1).
 *
 * note.hash = chainHash(note.prevHash, creditNoteHashedFields(note)); per store in number
 * order, the first note's prevHash is genesisHash().
 */
QStringList creditNoteHashedFields(const CreditNote &note);

/** chainHash(prevHash, creditNoteHashedFields(note)). */
QString creditNoteHash(const CreditNote &note, const QString &prevHash);

} // namespace comptoir
