#pragma once

#include "domain/ChainHash.h"
#include "domain/CreditNote.h"
#include "domain/Result.h"

#include <functional>
#include <optional>

namespace comptoir {

class Database;

/** All SQL about credit notes and their lines. Insert-only, inside the caller's transaction. */
class CreditNoteRepository final {
public:
    explicit CreditNoteRepository(Database &db) : m_db(db) {}

    /** The number and prev_hash of the store's next credit note. Call inside BEGIN IMMEDIATE. */
    Result<ChainLink> nextLink(qint64 storeId);
    /** Inserts the note and its lines; sets their ids. */
    Status insert(CreditNote &note);
    Result<std::optional<CreditNote>> findById(qint64 id);
    /** Units of a sale line already returned by earlier credit notes. */
    Result<qint64> returnedQuantity(qint64 saleLineId);
    /** Every credit note with its lines, in id order, to `visit` (false stops). */
    Status forEach(const std::function<bool(const CreditNote &)> &visit);

private:
    Database &m_db;
};

} // namespace comptoir
