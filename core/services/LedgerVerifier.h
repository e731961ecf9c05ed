#pragma once

#include "access/Session.h"
#include "domain/Result.h"

#include <QString>

namespace comptoir {

class Database;

/** The outcome of checking one chain: how many records were read and the first problem. */
struct LedgerChainCheck {
    qint64 checked = 0;
    QString problem; ///< empty: intact; else names the first record that does not match
    bool ok() const { return problem.isEmpty(); }
};

/** The three ledger chains. */
struct LedgerReport {
    LedgerChainCheck sales;
    LedgerChainCheck creditNotes;
    LedgerChainCheck closures;
    bool ok() const { return sales.ok() && creditNotes.ok() && closures.ok(); }
};

/**
 * Recomputes the ledger as a tax inspector would: for each store, sale numbers 1..N with
 * no gap, each sale's totals from its lines, its hash from its content (lines and
 * payments included) and its link to the previous sale; the same for credit notes; and
 * the closure chain, each daily closure equal to its day's sales and credit notes, each
 * grand total the previous one plus the day's net, each month or year the sum of its
 * days. Reads only; streams the records so a million lines keep memory flat.
 */
class LedgerVerifier final {
public:
    explicit LedgerVerifier(Database &db) : m_db(db) {}

    /** Needs "sale.read", "audit.view" or "audit.view.system" (who may run `verify`). */
    Result<LedgerReport> verify(const Session &session);

    LedgerChainCheck checkSales();
    LedgerChainCheck checkCreditNotes();
    LedgerChainCheck checkClosures();

private:
    Database &m_db;
};

} // namespace comptoir
