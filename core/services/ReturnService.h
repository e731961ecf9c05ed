#pragma once

#include "access/Session.h"
#include "domain/Clock.h"
#include "domain/CreditNote.h"
#include "domain/Result.h"

#include <QHash>
#include <QList>

namespace comptoir {

class Database;

/** Units of one line of the sale to take back. */
struct ReturnLineRequest {
    int lineNo = 0;
    qint64 quantity = 0;
};

/** How the customer gets the money back. */
enum class RefundChoice {
    Original,    ///< the method of the sale's largest payment (store credit if that was a deposit)
    StoreCredit, ///< a credit note usable later as a "store_credit" payment
};

/** A return of some lines of a past sale. */
struct ReturnRequest {
    qint64 saleNumber = 0;
    QList<ReturnLineRequest> lines;
    /**
     * Damaged goods: each line is recorded as a 'return' move (+qty) followed by a
     * 'damaged' move (−qty), so the level does not rise but the trail shows what came
     * back and was written off; the credit note line has restock = 0.
     */
    bool damaged = false;
    RefundChoice refund = RefundChoice::Original;
    QString reason;
    /** The manager who approves a refund above refund.approval_threshold (same screen). */
    const Session *approver = nullptr;
};

/** Returns and credit notes ("avoirs"). */
class ReturnService final {
public:
    ReturnService(Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}

    /**
     * Records a credit note for some lines of a sale ("sale.refund"), in one transaction:
     * never more than sold minus already returned per line, stock moves, the next gap-free
     * credit note number, the hash chained to the store's previous credit note, an
     * interaction for the customer and an audit entry. Above refund.approval_threshold
     * (cents) an approver with "refund.approve" is needed: the acting session if it has
     * that permission itself, else request.approver; otherwise PermissionDenied
     * "refund.approve".
     */
    Result<CreditNote> returnLines(const Session &session, const ReturnRequest &request);

    /**
     * Units of each line of sale `saleNumber` already returned by earlier credit notes,
     * keyed by line_no ("sale.read"); lines never returned are absent. For the returns screen.
     */
    Result<QHash<int, qint64>> returnedQuantities(const Session &session, qint64 saleNumber);

    /** What is left of a store-credit note: its total minus the payments that used it. */
    Result<qint64> remainingCredit(const Session &session, qint64 creditNoteId);

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace comptoir
