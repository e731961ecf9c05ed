#pragma once

#include "access/Session.h"
#include "domain/Clock.h"
#include "domain/Product.h"
#include "domain/Result.h"

#include <QList>
#include <QString>

namespace comptoir {

class Database;

/** The filter of the stock page's product list (StockPage). */
struct StockListFilter {
    /** Empty: every product. Otherwise a name, SKU or EAN-13 (the search's best matches). */
    QString search;
    /** Only the active products below their reorder threshold (then `search` narrows them by name or SKU). */
    bool belowThreshold = false;
    /** How many search matches the list shows. */
    int searchLimit = 200;
};

/**
 * The stock page's products, one page at a time, filtered as the page filters them
 * ("product.read", and "stock.read" for the alerts): the page and "Export this list"
 * both read it, so the file holds the rows the list shows.
 */
class StockListService final {
public:
    StockListService(Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}

    Result<QList<Product>> list(const Session &session, const StockListFilter &filter, int offset, int limit);

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace comptoir
