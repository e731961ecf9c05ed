#include "LedgerFixture.h"

#include "domain/ChainHash.h"
#include "services/LedgerVerifier.h"
#include "services/ReturnService.h"
#include "storage/SaleRepository.h"

using namespace comptoir;
using namespace comptoir::test;

namespace {

ReturnRequest returnOf(qint64 saleNumber, int lineNo, qint64 qty)
{
    ReturnRequest r;
    r.saleNumber = saleNumber;
    r.lines = {ReturnLineRequest{lineNo, qty}};
    return r;
}

} // namespace

TEST_CASE("A tampered hash is found and located by verify once the trigger is dropped", "[ledger][verify]")
{
    LedgerFixture f;
    f.product(QStringLiteral("PEN"), 1000);
    for (int i = 0; i < 4; ++i)
        REQUIRE(f.sell(QStringLiteral("PEN"), 1, 1000).ok());
    REQUIRE(ReturnService(f.t.db(), f.t.clock()).returnLines(f.t.associate(), returnOf(2, 1, 1)).ok());
    REQUIRE(ReturnService(f.t.db(), f.t.clock()).returnLines(f.t.associate(), returnOf(3, 1, 1)).ok());
    const auto idOf = [&](qint64 number) {
        return f.t.scalar(QStringLiteral("SELECT id FROM sale WHERE number = %1").arg(number)).toLongLong();
    };

    SECTION("a sale's stored hash replaced")
    {
        REQUIRE(f.t.db().exec(QStringLiteral("DROP TRIGGER sale_no_update")).ok());
        REQUIRE(f.t.db().exec(QStringLiteral("UPDATE sale SET hash = '%1' WHERE number = 3").arg(QString(64, QLatin1Char('a')))).ok());
        CHECK(LedgerVerifier(f.t.db()).checkSales().problem
              == QStringLiteral("sale #3 (id %1): hash does not match its content").arg(idOf(3)));
    }
    SECTION("a sale altered and re-hashed: the next sale no longer follows it")
    {
        REQUIRE(f.t.db().exec(QStringLiteral("DROP TRIGGER sale_no_update")).ok());
        REQUIRE(f.t.db().exec(QStringLiteral("UPDATE sale SET user_id = NULL WHERE number = 2")).ok());
        auto altered = SaleRepository(f.t.db()).findByNumber(1, 2);
        REQUIRE(altered.ok());
        const QString rehashed = saleHash(**altered, (*altered)->prevHash);
        REQUIRE(f.t.db().exec(QStringLiteral("UPDATE sale SET hash = '%1' WHERE number = 2").arg(rehashed)).ok());
        CHECK(LedgerVerifier(f.t.db()).checkSales().problem
              == QStringLiteral("sale #3 (id %1): its previous hash does not match the record before it").arg(idOf(3)));
    }
    SECTION("a payment changed: its sale is named")
    {
        REQUIRE(f.t.db().exec(QStringLiteral("DROP TRIGGER payment_no_update")).ok());
        REQUIRE(f.t.db().exec(QStringLiteral("UPDATE payment SET method = 'cash' WHERE sale_id = %1").arg(idOf(4))).ok());
        CHECK(LedgerVerifier(f.t.db()).checkSales().problem
              == QStringLiteral("sale #4 (id %1): hash does not match its content").arg(idOf(4)));
    }
    SECTION("a credit note's hash replaced")
    {
        REQUIRE(f.t.db().exec(QStringLiteral("DROP TRIGGER credit_note_no_update")).ok());
        REQUIRE(f.t.db().exec(QStringLiteral("UPDATE credit_note SET hash = prev_hash WHERE number = 2")).ok());
        CHECK(LedgerVerifier(f.t.db()).checkCreditNotes().problem.startsWith(QStringLiteral("credit note #2 ")));
        CHECK(LedgerVerifier(f.t.db()).checkCreditNotes().problem.endsWith(QStringLiteral("hash does not match its content")));
        CHECK(LedgerVerifier(f.t.db()).checkSales().ok());
    }
    SECTION("a credit note line changed")
    {
        REQUIRE(f.t.db().exec(QStringLiteral("DROP TRIGGER credit_note_line_no_update")).ok());
        REQUIRE(f.t.db().exec(QStringLiteral("UPDATE credit_note_line SET restock = 0")).ok());
        CHECK(LedgerVerifier(f.t.db()).checkCreditNotes().problem.startsWith(QStringLiteral("credit note #1 ")));
    }
}

TEST_CASE("The verifier names a tampered sale", "[ledger][verify]")
{
    LedgerFixture f;
    f.product(QStringLiteral("PEN"), 100);
    for (int i = 0; i < 3; ++i)
        REQUIRE(f.sell(QStringLiteral("PEN"), 1, 100).ok());
    auto report = LedgerVerifier(f.t.db()).verify(f.t.manager());
    REQUIRE(report.ok());
    CHECK(report->ok());
    CHECK(report->sales.checked == 3);
    CHECK(LedgerVerifier(f.t.db()).verify(f.t.technician()).ok()); // audit.view.system, like `verify`
    CHECK(LedgerVerifier(f.t.db()).verify(Session{}).error().code == ErrorCode::PermissionDenied);

    REQUIRE(f.t.db().exec(QStringLiteral("DROP TRIGGER sale_no_update")).ok());
    SECTION("content changed")
    {
        REQUIRE(f.t.db().exec(QStringLiteral("UPDATE sale SET at = '2020-01-01T00:00:00Z' WHERE number = 2")).ok());
        const qint64 id = f.t.scalar(QStringLiteral("SELECT id FROM sale WHERE number = 2")).toLongLong();
        const LedgerChainCheck c = LedgerVerifier(f.t.db()).checkSales();
        CHECK(c.problem == QStringLiteral("sale #2 (id %1): hash does not match its content").arg(id));
    }
    SECTION("a total changed: the totals no longer match the lines")
    {
        REQUIRE(f.t.db().exec(QStringLiteral("UPDATE sale SET total_cents = 1 WHERE number = 3")).ok());
        CHECK(LedgerVerifier(f.t.db()).checkSales().problem.startsWith(QStringLiteral("sale #3 ")));
    }
    SECTION("a sale removed leaves a gap")
    {
        REQUIRE(f.t.db().exec(QStringLiteral("DROP TRIGGER sale_no_delete")).ok());
        REQUIRE(f.t.db().exec(QStringLiteral("PRAGMA foreign_keys = OFF")).ok());
        REQUIRE(f.t.db().exec(QStringLiteral("DELETE FROM sale WHERE number = 2")).ok());
        CHECK(LedgerVerifier(f.t.db()).checkSales().problem.contains(QStringLiteral("number 3 follows 1")));
    }
}
