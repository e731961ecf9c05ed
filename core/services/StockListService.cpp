#include "services/StockListService.h"

#include "services/ProductService.h"
#include "services/StockService.h"
#include "storage/Database.h"

namespace comptoir {

namespace {

Product stockListFromAlert(const StockAlert &a)
{
    Product p;
    p.id = a.productId;
    p.sku = a.sku;
    p.name = a.name;
    p.stockLevel = a.level;
    p.reorderThreshold = a.threshold;
    return p;
}

} // namespace

Result<QList<Product>> StockListService::list(const Session &session, const StockListFilter &filter, int offset,
                                              int limit)
{
    ProductService products(m_db, m_clock);
    const QString text = filter.search.trimmed();
    if (filter.belowThreshold) {
        StockService stock(m_db, m_clock);
        BOOST_OUTCOME_TRY(low, stock.productsBelowThreshold(session));
        QList<StockAlert> matching;
        for (const StockAlert &a : std::as_const(low)) {
            if (text.isEmpty() || a.name.contains(text, Qt::CaseInsensitive) || a.sku.startsWith(text, Qt::CaseInsensitive))
                matching.append(a);
        }
        QList<Product> rows;
        for (const StockAlert &a : matching.mid(offset, limit)) {
            auto full = products.findById(session, a.productId);
            rows.append(full ? *full : stockListFromAlert(a));
        }
        return rows;
    }
    if (!text.isEmpty()) {
        if (offset > 0)
            return QList<Product>(); // the search returns its best matches at once
        return products.search(session, text, qMin(limit, filter.searchLimit));
    }
    return products.list(session, offset, limit);
}

} // namespace comptoir
