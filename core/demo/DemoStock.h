#pragma once

// Internal to the demo generator: the stock of every product while the sales are made.

#include "demo/DemoRandom.h"
#include "demo/DemoWorld.h"

#include <queue>
#include <vector>

namespace comptoir::demo {

/**
 * Keeps each product's level and writes its stock moves in time order: the opening
 * stock, supplier deliveries ordered when the level falls to the month's reorder point
 * (they arrive a few open days later, before opening time), sale moves, occasional
 * breakage and theft at closing time, and the yearly January inventory. The level never
 * goes below zero: a sale takes at most what is on the shelf.
 */
class DemoStock final {
public:
    DemoStock(DemoWorld &world, DemoSink &sink);

    qint64 level(int product) const { return m_level[size_t(product)]; }
    /** Is the product on sale at `at` (launched, and in stock)? */
    bool sellable(int product, qint64 at) const;

    /** Writes the moves due before `day`'s first sale: late deliveries, the inventory. */
    Status openDay(int day);
    /** Writes the deliveries that arrived at or before `at`. */
    Status deliverUntil(qint64 at);
    /** Writes the sale move of one line and orders more if needed. */
    Status recordSale(int product, qint64 quantity, qint64 saleId, qint64 userId, qint64 at, int day);
    /** Writes the losses found at closing time. */
    Status closeDay(int day);
    /** An urgent delivery at `at` for a product that is out of stock everywhere. */
    Status emergencyDelivery(int product, qint64 at, int day);
    /** Writes every product's cached level (stock_level rows). */
    Status finish();

private:
    struct Pending {
        qint64 at;
        qint64 sequence;
        int product;
        qint64 quantity;
        bool operator>(const Pending &o) const { return at != o.at ? at > o.at : sequence > o.sequence; }
    };

    Status move(int product, qint64 quantity, const char *kind, const QString &reason, qint64 supplierId,
                qint64 saleId, qint64 userId, qint64 at);
    void reorderIfLow(int product, int day);
    qint64 receiver(int day);

    DemoWorld &m_world;
    DemoSink &m_sink;
    DemoRandom m_rng;
    std::vector<qint64> m_level;
    std::vector<qint64> m_lastMove;
    std::vector<char> m_onOrder;
    std::vector<int> m_openPosition; ///< per day: position in openDays of the first open day >= it
    std::priority_queue<Pending, std::vector<Pending>, std::greater<Pending>> m_pending;
    qint64 m_sequence = 0;
    qint64 m_deliveryNote = 0;
    int m_inventoryYear = 0;
};

} // namespace comptoir::demo
