#pragma once

#include "domain/ChainHash.h"
#include "domain/Result.h"

#include <QString>

namespace comptoir {

class Database;

/**
 * The link after a store's last record in a numbered chain. `lastOfStore` selects the
 * (number, hash) of that record, the store id its one parameter; none gives number 1 after
 * genesisHash(). `what` names the read in an error. Call inside BEGIN IMMEDIATE, so that
 * no other writer takes the same number.
 */
Result<ChainLink> chainLinkAfterLast(Database &db, const QString &lastOfStore, qint64 storeId, const QString &what);

} // namespace comptoir
