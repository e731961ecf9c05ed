#include "demo/DemoStock.h"

#include <algorithm>

// The rows are the demo shop's data, in French like the rest of its records (not
// translated: the same seed must give the same text whatever the user's language).

namespace comptoir::demo {

namespace {

const char *const kLossReasons[] = {"Casse en magasin", "Vol constaté", "Casse lors de la mise en rayon"};
const char *const kDamageReasons[] = {"Article défectueux, renvoyé au fournisseur", "Emballage abîmé, invendable"};

} // namespace

DemoStock::DemoStock(DemoWorld &world, DemoSink &sink)
    : m_world(world), m_sink(sink), m_rng(world.options.seed, StreamStock)
{
    const size_t n = world.products.size();
    m_level.assign(n, 0);
    m_lastMove.assign(n, 0);
    m_onOrder.assign(n, 0);

    m_openPosition.assign(world.days.size(), int(world.openDays.size()));
    int position = int(world.openDays.size());
    for (size_t d = world.days.size(); d > 0; --d) {
        if (world.days[d - 1].open)
            --position;
        m_openPosition[d - 1] = position;
    }

    // Opening stock: before the first opening for the catalogue, on launch day for the rest.
    const qint64 firstMorning = world.openDays.empty() ? world.startUtc + 8 * 3600
                                                       : world.days[size_t(world.openDays.front())].openUtc - 3600;
    const int firstMonth = world.days.empty() ? 0 : world.days.front().date.month() - 1;
    for (size_t p = 0; p < n; ++p) {
        const ProductInfo &info = world.products[p];
        if (info.availableFrom >= world.cutUtc)
            continue;
        const bool launched = info.availableFrom > world.startUtc;
        const qint64 at = launched ? info.availableFrom + 1800 : firstMorning;
        const int month = launched && !world.days.empty()
                              ? world.days[size_t(std::min<qint64>(qint64(world.days.size()) - 1,
                                                                   (info.availableFrom - world.startUtc) / 86400))]
                                        .date.month() - 1
                              : firstMonth;
        m_pending.push({at, m_sequence++, int(p), qint64(info.reorderPoint[size_t(month)] + info.orderQuantity[size_t(month)])});
        m_onOrder[p] = 1;
    }
}

bool DemoStock::sellable(int product, qint64 at) const
{
    return m_level[size_t(product)] > 0 && m_world.products[size_t(product)].availableFrom <= at;
}

Status DemoStock::move(int product, qint64 quantity, const char *kind, const QString &reason, qint64 supplierId,
                       qint64 saleId, qint64 userId, qint64 at)
{
    StockMoveRow row;
    row.productId = m_world.products[size_t(product)].id;
    row.quantity = quantity;
    row.kind = kind;
    row.reason = reason;
    row.supplierId = supplierId;
    row.saleId = saleId;
    row.userId = userId;
    row.at = at;
    BOOST_OUTCOME_TRYV(m_sink.addStockMove(row));
    m_level[size_t(product)] += quantity;
    m_lastMove[size_t(product)] = at;
    ++m_world.counts.stockMoves;
    return {};
}

qint64 DemoStock::receiver(int day)
{
    if (day < 0 || size_t(day) >= m_world.days.size())
        return m_world.staff.front().id;
    const std::vector<int> staff = m_world.advisersOn(day);
    if (staff.empty())
        return m_world.staff.front().id;
    return m_world.staff[size_t(staff[size_t(m_rng.index(qsizetype(staff.size())))])].id;
}

Status DemoStock::deliverUntil(qint64 at)
{
    while (!m_pending.empty() && m_pending.top().at <= at) {
        const Pending next = m_pending.top();
        m_pending.pop();
        const ProductInfo &info = m_world.products[size_t(next.product)];
        const int day = int(std::clamp<qint64>((next.at - m_world.startUtc) / 86400, 0, qint64(m_world.days.size()) - 1));
        const QString reason = QStringLiteral("Bon de livraison BL%1")
                                   .arg(++m_deliveryNote, 6, 10, QLatin1Char('0'));
        BOOST_OUTCOME_TRYV(move(next.product, next.quantity, "delivery", reason, m_world.supplierIds[size_t(info.supplier)], 0,
                                receiver(day), next.at));
        m_onOrder[size_t(next.product)] = 0;
    }
    return {};
}

void DemoStock::reorderIfLow(int product, int day)
{
    const ProductInfo &info = m_world.products[size_t(product)];
    const DemoDay &today = m_world.days[size_t(day)];
    if (m_onOrder[size_t(product)] || (info.discontinuedAt != 0 && info.discontinuedAt <= today.openUtc))
        return;
    const size_t month = size_t(today.date.month() - 1);
    if (m_level[size_t(product)] > info.reorderPoint[month])
        return;
    const int lead = std::max(1, m_world.supplierLeadDays[size_t(info.supplier)] + int(m_rng.between(-1, 1)));
    const size_t position = size_t(m_openPosition[size_t(day)]) + size_t(lead);
    qint64 at = m_world.cutUtc + qint64(lead) * 86400; // arrives after "today": still on order
    if (position < m_world.openDays.size())
        at = m_world.days[size_t(m_world.openDays[position])].openUtc - 3600 + qint64(m_rng.below(50 * 60));
    m_pending.push({at, m_sequence++, product, qint64(info.orderQuantity[month])});
    m_onOrder[size_t(product)] = 1;
}

Status DemoStock::openDay(int day)
{
    const DemoDay &today = m_world.days[size_t(day)];
    BOOST_OUTCOME_TRYV(deliverUntil(today.midnightUtc));
    if (today.date.month() != 1 || today.date.day() < 7 || m_inventoryYear == today.date.year())
        return {};
    // The yearly inventory, before opening: a few small differences are corrected.
    m_inventoryYear = today.date.year();
    const QString reason = QString::fromUtf8("Inventaire annuel : écart constaté");
    const qint64 at = today.openUtc - 7200;
    for (size_t p = 0; p < m_world.products.size(); ++p) {
        if (m_world.products[p].availableFrom > at || !m_rng.chance(30))
            continue;
        const qint64 delta = m_rng.chance(650) ? -m_rng.between(1, 2) : m_rng.between(1, 2);
        if (m_level[p] + delta < 0)
            continue;
        BOOST_OUTCOME_TRYV(move(int(p), delta, "adjustment", reason, 0, 0, m_world.staff.front().id, at));
    }
    return {};
}

Status DemoStock::recordSale(int product, qint64 quantity, qint64 saleId, qint64 userId, qint64 at, int day)
{
    BOOST_OUTCOME_TRYV(move(product, -quantity, "sale", QString(), 0, saleId, userId, at));
    reorderIfLow(product, day);
    return {};
}

Status DemoStock::closeDay(int day)
{
    if (day < 0)
        return {};
    const DemoDay &today = m_world.days[size_t(day)];
    const qint64 at = today.closeUtc + 300;
    BOOST_OUTCOME_TRYV(deliverUntil(at));
    if (m_world.products.empty() || !m_rng.chance(300))
        return {};
    for (int attempt = 0; attempt < 5; ++attempt) {
        const int p = m_rng.index(qsizetype(m_world.products.size()));
        if (!sellable(p, at))
            continue;
        const bool damaged = m_rng.chance(300);
        const QString reason = QString::fromUtf8(damaged ? m_rng.pick(kDamageReasons) : m_rng.pick(kLossReasons));
        BOOST_OUTCOME_TRYV(move(p, -1, damaged ? "damaged" : "loss", reason, 0, 0, receiver(day), at));
        reorderIfLow(p, day);
        break;
    }
    return {};
}

Status DemoStock::emergencyDelivery(int product, qint64 at, int day)
{
    const ProductInfo &info = m_world.products[size_t(product)];
    const qint64 quantity = std::max<qint64>(1, info.orderQuantity[size_t(m_world.days[size_t(day)].date.month() - 1)]);
    const QString reason = QString::fromUtf8("Réassort urgent");
    return move(product, quantity, "delivery", reason, m_world.supplierIds[size_t(info.supplier)], 0, receiver(day), at);
}

Status DemoStock::finish()
{
    for (size_t p = 0; p < m_world.products.size(); ++p) {
        const ProductInfo &info = m_world.products[p];
        const qint64 at = m_lastMove[p] != 0 ? m_lastMove[p] : info.createdAt;
        BOOST_OUTCOME_TRYV(m_sink.setStockLevel({info.id, m_level[p], at}));
    }
    return {};
}

} // namespace comptoir::demo
