#pragma once

#include "domain/Result.h"

#include <QString>

namespace comptoir {

/**
 * Appends `record` (a Sale or a CreditNote) to its store's chain and saves it through
 * `repo`: the next number, the previous record's hash, and `hashOf` over the record and
 * that hash. Call inside the use case's transaction (BEGIN IMMEDIATE), so that no other
 * writer takes the same number.
 */
template <typename Repository, typename Record>
Status appendToChain(Repository &repo, Record &record, QString (*hashOf)(const Record &, const QString &))
{
    BOOST_OUTCOME_TRY(link, repo.nextLink(record.storeId));
    record.number = link.number;
    record.prevHash = link.prevHash;
    record.hash = hashOf(record, record.prevHash);
    return repo.insert(record);
}

} // namespace comptoir
