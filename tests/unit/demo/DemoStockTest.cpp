#include "DemoTestSupport.h"

#include <catch2/catch.hpp>

#include <QHash>

using namespace comptoir;
using namespace comptoir::test;

TEST_CASE("Every product's stock level is the sum of its moves", "[demo][stock]")
{
    Database &db = *sharedDemoStore().db;
    CHECK(value(db, QStringLiteral("SELECT count(*) FROM stock_level")).toInt()
          == value(db, QStringLiteral("SELECT count(*) FROM product")).toInt());
    CHECK(value(db, QStringLiteral("SELECT count(*) FROM stock_level l WHERE l.quantity <> "
                                   "(SELECT coalesce(sum(quantity), 0) FROM stock_move m WHERE m.product_id = l.product_id)"))
              .toInt()
          == 0);
}

TEST_CASE("The stock never goes negative, moves are in time order", "[demo][stock]")
{
    Database &db = *sharedDemoStore().db;
    QHash<qint64, qint64> level;
    QString previous;
    qint64 moves = 0;
    for (const QVariantList &r : rows(db, QStringLiteral("SELECT product_id, quantity, at FROM stock_move ORDER BY id"))) {
        const qint64 product = r[0].toLongLong();
        level[product] += r[1].toLongLong();
        REQUIRE(level[product] >= 0);
        REQUIRE(r[2].toString() >= previous);
        previous = r[2].toString();
        ++moves;
    }
    CHECK(moves > 0);
    CHECK(value(db, QStringLiteral("SELECT min(quantity) FROM stock_level")).toLongLong() >= 0);
}

TEST_CASE("Each sale line has its sale stock move, deliveries come from suppliers", "[demo][stock]")
{
    Database &db = *sharedDemoStore().db;
    CHECK(value(db, QStringLiteral("SELECT count(*) FROM stock_move WHERE kind = 'sale'")).toInt()
          == value(db, QStringLiteral("SELECT count(*) FROM sale_line")).toInt());
    CHECK(value(db, QStringLiteral("SELECT count(*) FROM sale_line l WHERE NOT EXISTS (SELECT 1 FROM stock_move m "
                                   "WHERE m.sale_id = l.sale_id AND m.product_id = l.product_id AND m.quantity = -l.quantity)"))
              .toInt()
          == 0);
    CHECK(value(db, QStringLiteral("SELECT count(*) FROM stock_move m JOIN sale s ON s.id = m.sale_id WHERE m.at <> s.at"))
              .toInt()
          == 0);
    CHECK(value(db, QStringLiteral("SELECT count(*) FROM stock_move WHERE kind = 'delivery' AND supplier_id IS NULL")).toInt()
          == 0);
    CHECK(value(db, QStringLiteral("SELECT count(*) FROM stock_move WHERE kind = 'delivery'")).toInt()
          > value(db, QStringLiteral("SELECT count(*) FROM product")).toInt());
    CHECK(value(db, QStringLiteral("SELECT count(*) FROM stock_move WHERE kind IN ('loss', 'damaged', 'adjustment')")).toInt()
          > 0);
}

TEST_CASE("A few products are below their reorder threshold at the end", "[demo][stock]")
{
    Database &db = *sharedDemoStore().db;
    const int below = value(db, QStringLiteral("SELECT count(*) FROM stock_level l JOIN product p ON p.id = l.product_id "
                                               "WHERE p.active = 1 AND l.quantity < p.reorder_threshold"))
                          .toInt();
    CHECK(below >= 1);
    CHECK(below < value(db, QStringLiteral("SELECT count(*) FROM product")).toInt() / 2);
    CHECK(value(db, QStringLiteral("SELECT count(*) FROM product WHERE reorder_threshold < 1")).toInt() == 0);
}

TEST_CASE("Products have sensible prices, unique SKUs and valid EAN-13", "[demo][products]")
{
    Database &db = *sharedDemoStore().db;
    for (const QVariantList &r : rows(db, QStringLiteral("SELECT ean13, price_cents, cost_cents, vat_rate_bp FROM product"))) {
        REQUIRE(validation::ean13(r[0].toString()).ok());
        REQUIRE(r[1].toLongLong() >= 90);
        REQUIRE(r[1].toLongLong() <= 40000);
        REQUIRE(r[2].toLongLong() > 0);
        REQUIRE(r[2].toLongLong() < r[1].toLongLong());
        REQUIRE((r[3].toInt() == 2000 || r[3].toInt() == 1000 || r[3].toInt() == 550));
    }
    CHECK(value(db, QStringLiteral("SELECT count(DISTINCT name) FROM product")).toInt()
          == value(db, QStringLiteral("SELECT count(*) FROM product")).toInt());
}
