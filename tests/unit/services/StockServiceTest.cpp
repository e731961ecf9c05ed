#include "TestDatabase.h"

#include "services/ProductService.h"
#include "services/StockService.h"
#include "storage/AuditRepository.h"
#include "storage/SettingsRepository.h"
#include "storage/StockRepository.h"
#include "storage/Transaction.h"

#include <catch2/catch.hpp>

using namespace comptoir;

namespace {

struct Fixture {
    test::TestDatabase t;
    ProductService products{t.db(), t.clock()};
    StockService stock{t.db(), t.clock()};
    Session manager = t.manager();
    Session associate = t.associate();

    qint64 product(const char *sku, qint64 threshold = 0)
    {
        ProductInput p;
        p.sku = QString::fromLatin1(sku);
        p.name = QStringLiteral("Article ") + p.sku;
        p.price = Money::fromEuros(10);
        p.reorderThreshold = threshold;
        return products.create(manager, p).value();
    }
    qint64 writes() { return t.count(QStringLiteral("stock_move")) + t.count(QStringLiteral("audit_log")); }
    QString cachedLevelRow(qint64 productId)
    {
        return t.scalar(QStringLiteral("SELECT quantity FROM stock_level WHERE product_id = %1").arg(productId))
            .toString();
    }
};

} // namespace

TEST_CASE_METHOD(Fixture, "The level is the sum of the moves and the cache follows each move", "[stock][service]")
{
    const qint64 id = product("CAF-001");
    CHECK(*stock.level(associate, id) == 0);

    REQUIRE(stock.recordDelivery(associate, id, 10, QStringLiteral("BL 4411")).ok());
    CHECK(cachedLevelRow(id) == QStringLiteral("10"));
    t.clock().advanceSeconds(60);
    REQUIRE(stock.recordLoss(associate, id, 2, QStringLiteral("casse en rayon")).ok());
    t.clock().advanceSeconds(60);
    REQUIRE(stock.recordAdjustment(associate, id, -3, QStringLiteral("inventaire")).ok());
    t.clock().advanceSeconds(60);
    REQUIRE(stock.recordAdjustment(associate, id, 1, QStringLiteral("retrouvé en réserve")).ok());

    CHECK(*stock.level(associate, id) == 6);
    CHECK(t.scalar(QStringLiteral("SELECT sum(quantity) FROM stock_move WHERE product_id = %1").arg(id)).toLongLong()
          == 6);
    CHECK(cachedLevelRow(id) == QStringLiteral("6"));
    CHECK(products.findById(associate, id)->stockLevel == 6);

    auto moves = stock.moves(associate, id, 0, 10);
    REQUIRE(moves->size() == 4);
    CHECK(moves->at(0).quantity == 1); // newest first
    CHECK(moves->at(0).kind == StockMoveKind::Adjustment);
    CHECK(moves->at(1).quantity == -3);
    CHECK(moves->at(2).quantity == -2);
    CHECK(moves->at(2).kind == StockMoveKind::Loss);
    CHECK(moves->at(2).reason == QStringLiteral("casse en rayon"));
    CHECK(moves->at(3).kind == StockMoveKind::Delivery);
    CHECK(moves->at(3).userId == associate.userId);
    CHECK(stock.moves(associate, id, 3, 10)->size() == 1);

    AuditRepository audit(t.db());
    AuditFilter f;
    f.entity = QStringLiteral("stock_move");
    const auto entries = audit.list(f).value();
    REQUIRE(entries.size() == 4);
    CHECK(entries[0].scope == QStringLiteral("business"));
    const QJsonObject level = entries[0].changes.value(QStringLiteral("level")).toObject();
    CHECK(level.value(QStringLiteral("before")).toInteger() == 5);
    CHECK(level.value(QStringLiteral("after")).toInteger() == 6);

    StockRepository repo(t.db());
    CHECK(repo.reconcile()->isEmpty());
}

TEST_CASE_METHOD(Fixture, "A move that would make the level negative is refused and writes nothing", "[stock][service]")
{
    const qint64 id = product("CAF-001");
    REQUIRE(stock.recordDelivery(associate, id, 3).ok());
    const qint64 before = writes();

    auto loss = stock.recordLoss(associate, id, 5, QStringLiteral("vol"));
    REQUIRE_FALSE(loss.ok());
    CHECK(loss.error().code == ErrorCode::Conflict);
    CHECK(loss.error().field == QStringLiteral("quantity"));
    CHECK(loss.error().message.contains(QStringLiteral("only 3 in stock")));
    auto adjustment = stock.recordAdjustment(associate, id, -4, QStringLiteral("inventaire"));
    REQUIRE_FALSE(adjustment.ok());
    CHECK(adjustment.error().code == ErrorCode::Conflict);

    CHECK(writes() == before);
    CHECK(*stock.level(associate, id) == 3);
    CHECK(cachedLevelRow(id) == QStringLiteral("3"));

    // Down to exactly zero is fine.
    REQUIRE(stock.recordLoss(associate, id, 3, QStringLiteral("vol")).ok());
    CHECK(*stock.level(associate, id) == 0);
    CHECK(stock.recordLoss(associate, id, 1, QStringLiteral("vol")).error().code == ErrorCode::Conflict);
}

TEST_CASE_METHOD(Fixture, "Negative stock is allowed when the setting says so", "[stock][service][settings]")
{
    const qint64 id = product("CAF-001");
    SettingsRepository settings(t.db());
    CHECK(*settings.get(QStringLiteral("stock.allow_negative")) == QStringLiteral("0"));
    CHECK(*settings.get(QStringLiteral("no.such.key"), QStringLiteral("fallback")) == QStringLiteral("fallback"));
    REQUIRE(settings.set(QStringLiteral("stock.allow_negative"), QStringLiteral("1")).ok());
    CHECK(*settings.get(QStringLiteral("stock.allow_negative")) == QStringLiteral("1"));

    REQUIRE(stock.recordLoss(associate, id, 2, QStringLiteral("vendu avant réception")).ok());
    CHECK(*stock.level(associate, id) == -2);
    // A delivery onto a negative level is never refused, even once the setting is off again.
    REQUIRE(settings.set(QStringLiteral("stock.allow_negative"), QStringLiteral("0")).ok());
    REQUIRE(stock.recordDelivery(associate, id, 1).ok());
    CHECK(*stock.level(associate, id) == -1);
    CHECK(stock.recordAdjustment(associate, id, -1, QStringLiteral("x")).error().code == ErrorCode::Conflict);
    StockRepository repo(t.db());
    CHECK(repo.reconcile()->isEmpty());
}

TEST_CASE_METHOD(Fixture, "reconcile() finds a tampered cached level", "[stock][reconcile]")
{
    const qint64 a = product("A-1");
    const qint64 b = product("B-1");
    const qint64 c = product("C-1");
    REQUIRE(stock.recordDelivery(associate, a, 5).ok());
    REQUIRE(stock.recordDelivery(associate, b, 8).ok());
    StockRepository repo(t.db());
    REQUIRE(repo.reconcile()->isEmpty());

    REQUIRE(t.db().exec(QStringLiteral("UPDATE stock_level SET quantity = 50 WHERE product_id = %1").arg(b)).ok());
    REQUIRE(t.db().exec(QStringLiteral("INSERT INTO stock_level(product_id, quantity, updated_at) "
                                       "VALUES (%1, 4, '2026-01-01T00:00:00Z')").arg(c)).ok());
    auto found = repo.reconcile();
    REQUIRE(found.ok());
    REQUIRE(found->size() == 2);
    CHECK(found->at(0).productId == b);
    CHECK(found->at(0).cachedLevel == 50);
    CHECK(found->at(0).movesTotal == 8);
    CHECK(found->at(1).productId == c);
    CHECK(found->at(1).cachedLevel == 4);
    CHECK(found->at(1).movesTotal == 0);
    CHECK(*repo.movesTotal(b) == 8);
    CHECK(stock.reconcile(associate)->size() == 2);
}

TEST_CASE_METHOD(Fixture, "Bad stock input writes nothing", "[stock][service]")
{
    const qint64 id = product("CAF-001");
    const qint64 before = writes();

    CHECK(stock.recordDelivery(associate, id, 0).error().field == QStringLiteral("quantity"));
    CHECK(stock.recordDelivery(associate, id, -5).error().field == QStringLiteral("quantity"));
    CHECK(stock.recordAdjustment(associate, id, 0, QStringLiteral("x")).error().field == QStringLiteral("quantity"));
    CHECK(stock.recordAdjustment(associate, id, 2, QStringLiteral("  ")).error().field == QStringLiteral("reason"));
    CHECK(stock.recordLoss(associate, id, 1, QString()).error().field == QStringLiteral("reason"));
    CHECK(stock.recordLoss(associate, id, -1, QStringLiteral("x")).error().field == QStringLiteral("quantity"));
    auto noProduct = stock.recordDelivery(associate, id + 99, 1);
    CHECK(noProduct.error().code == ErrorCode::NotFound);
    CHECK(noProduct.error().field == QStringLiteral("product_id"));
    auto noSupplier = stock.recordDelivery(associate, id, 1, QString(), 42);
    CHECK(noSupplier.error().field == QStringLiteral("supplier_id"));
    auto intern = stock.recordDelivery(t.intern(), id, 1); // stock.read only
    CHECK(intern.error().code == ErrorCode::PermissionDenied);

    CHECK(writes() == before);
    CHECK(t.count(QStringLiteral("stock_level")) == 0);
    CHECK(*stock.level(t.intern(), id) == 0);
    CHECK(stock.level(t.technician(), id).error().code == ErrorCode::PermissionDenied);
}

TEST_CASE_METHOD(Fixture, "Deliveries keep their supplier, products below threshold are listed", "[stock][service]")
{
    SupplierInput s;
    s.name = QStringLiteral("Acme");
    const qint64 supplier = products.createSupplier(manager, s).value();
    const qint64 low = product("LOW", 5);
    const qint64 enough = product("OK", 5);
    const qint64 noThreshold = product("NONE", 0);
    REQUIRE(stock.recordDelivery(associate, low, 4, QStringLiteral("BL 1"), supplier).ok());
    REQUIRE(stock.recordDelivery(associate, enough, 5, QString(), supplier).ok());
    (void)noThreshold;

    CHECK(stock.moves(associate, low, 0, 1)->at(0).supplierId == supplier);
    auto alerts = stock.productsBelowThreshold(associate);
    REQUIRE(alerts.ok());
    REQUIRE(alerts->size() == 1);
    CHECK(alerts->at(0).productId == low);
    CHECK(alerts->at(0).level == 4);
    CHECK(alerts->at(0).threshold == 5);
}

TEST_CASE_METHOD(Fixture, "applyMove runs inside the caller's transaction", "[stock][repository]")
{
    const qint64 id = product("CAF-001");
    StockRepository repo(t.db());
    {
        Transaction tx(t.db());
        auto move = repo.applyMove(id, 4, StockMoveKind::Return, QStringLiteral("retour client"), 0, 0,
                                   associate.userId, t.clock().nowUtc(), false);
        REQUIRE(move.ok());
        CHECK(*repo.level(id) == 4);
        // Rolled back: neither the move nor the level survive.
    }
    CHECK(*repo.level(id) == 0);
    CHECK(t.count(QStringLiteral("stock_move")) == 0);
    {
        Transaction tx(t.db());
        auto refused = repo.applyMove(id, -1, StockMoveKind::Sale, QString(), 0, 0, 0, t.clock().nowUtc(), false);
        CHECK(refused.error().code == ErrorCode::Conflict);
        REQUIRE(repo.applyMove(id, -1, StockMoveKind::Sale, QString(), 0, 0, 0, t.clock().nowUtc(), true).ok());
        REQUIRE(tx.commit().ok());
    }
    CHECK(*repo.level(id) == -1);
    CHECK(repo.reconcile()->isEmpty());
    CHECK(repo.applyMove(id + 7, 1, StockMoveKind::Delivery, QString(), 0, 0, 0, t.clock().nowUtc(), false)
              .error()
              .code
          == ErrorCode::NotFound);
}
