#pragma once

#include "TestDatabase.h"

#include "domain/Customer.h"
#include "domain/Product.h"
#include "services/SaleService.h"
#include "storage/CustomerRepository.h"
#include "storage/ProductRepository.h"
#include "storage/StockRepository.h"

#include <catch2/catch.hpp>

#include <QStringList>

namespace comptoir::test {

/** Products, stock and a customer on a fresh test database, for the ledger tests. */
struct LedgerFixture {
    explicit LedgerFixture(TestDatabase::Kind kind = TestDatabase::Kind::Memory) : t(kind) {}

    qint64 product(const QString &sku, qint64 priceCents, int vatBp = 2000, qint64 stock = 100)
    {
        ProductInput p;
        p.sku = sku;
        p.name = QStringLiteral("Article ") + sku;
        p.price = Money::fromCents(priceCents);
        p.vatRateBp = vatBp;
        auto id = ProductRepository(t.db()).insert(p, t.clock().nowUtc());
        REQUIRE(id.ok());
        if (stock > 0) {
            auto move = StockRepository(t.db()).applyMove(*id, stock, StockMoveKind::Delivery, QString(), 0, 0, 0,
                                                          t.clock().nowUtc(), false);
            REQUIRE(move.ok());
        }
        return *id;
    }

    qint64 customer(const QString &card = QStringLiteral("CARD001"), const QString &email = QStringLiteral("ana@example.fr"))
    {
        CustomerInput c;
        c.firstName = QStringLiteral("Ana");
        c.lastName = QStringLiteral("Martin");
        c.email = email;
        c.phone = QStringLiteral("+33612345678");
        c.loyaltyCard = card;
        auto id = CustomerRepository(t.db()).insert(c, t.clock().nowUtc(), 0);
        REQUIRE(id.ok());
        return *id;
    }

    static SaleLineRequest line(const QString &sku, qint64 qty)
    {
        SaleLineRequest l;
        l.code = sku;
        l.quantity = qty;
        return l;
    }

    static PaymentRequest pay(PaymentMethod m, qint64 cents)
    {
        PaymentRequest p;
        p.method = m;
        p.amountCents = cents;
        return p;
    }

    /** A card-paid sale of `qty` × sku at the catalogue price. */
    Result<Sale> sell(const QString &sku, qint64 qty, qint64 total, qint64 customerId = 0)
    {
        SaleRequest r;
        r.lines = {line(sku, qty)};
        r.customerId = customerId;
        r.payments = {pay(PaymentMethod::Card, total)};
        return SaleService(t.db(), t.clock()).record(t.associate(), r);
    }

    /** Row counts of the ledger tables, to check that a refusal wrote nothing. */
    QList<qint64> counts()
    {
        QList<qint64> c;
        for (const char *table : {"sale", "sale_line", "payment", "stock_move", "audit_log", "credit_note",
                                  "credit_note_line", "interaction", "deposit", "closure"})
            c.append(t.count(QString::fromLatin1(table)));
        return c;
    }

    TestDatabase t;
};

} // namespace comptoir::test
