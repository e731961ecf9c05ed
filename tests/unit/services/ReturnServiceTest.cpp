#include "LedgerFixture.h"

#include "services/LedgerVerifier.h"
#include "services/ReturnService.h"

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

TEST_CASE("Returns never exceed what was sold and restock or write off", "[ledger][return]")
{
    LedgerFixture f;
    const qint64 pen = f.product(QStringLiteral("PEN"), 1000, 2000, 10);
    auto sale = f.sell(QStringLiteral("PEN"), 3, 3000);
    REQUIRE(sale.ok());
    ReturnService returns(f.t.db(), f.t.clock());
    const auto level = [&] { return f.t.scalar(QStringLiteral("SELECT quantity FROM stock_level WHERE product_id = %1").arg(pen)).toInt(); };

    auto first = returns.returnLines(f.t.associate(), returnOf(1, 1, 2));
    REQUIRE(first.ok());
    CHECK(first->number == 1);
    CHECK(first->totalCents == 2000);
    CHECK(first->vatCents == 333);
    CHECK(first->refundMethod == QStringLiteral("card"));
    CHECK(level() == 9);

    const auto before = f.counts();
    auto tooMany = returns.returnLines(f.t.associate(), returnOf(1, 1, 2));
    REQUIRE_FALSE(tooMany.ok());
    CHECK(tooMany.error().field == QStringLiteral("line 1"));
    CHECK(tooMany.error().message.contains(QStringLiteral("only 1 of 3")));
    CHECK_FALSE(returns.returnLines(f.t.associate(), returnOf(1, 2, 1)).ok()); // no line 2
    CHECK_FALSE(returns.returnLines(f.t.associate(), returnOf(1, 1, 0)).ok());
    CHECK_FALSE(returns.returnLines(f.t.associate(), returnOf(9, 1, 1)).ok()); // no sale #9
    CHECK(returns.returnLines(f.t.intern(), returnOf(1, 1, 1)).error().code == ErrorCode::PermissionDenied);
    CHECK(f.counts() == before);

    ReturnRequest damaged = returnOf(1, 1, 1);
    damaged.damaged = true;
    auto last = returns.returnLines(f.t.associate(), damaged);
    REQUIRE(last.ok());
    CHECK(last->number == 2);
    CHECK_FALSE(last->lines.at(0).restock);
    CHECK(level() == 9); // +1 return then −1 damaged
    CHECK(f.t.scalar(QStringLiteral("SELECT count(*) FROM stock_move WHERE kind = 'damaged'")).toInt() == 1);
    CHECK(LedgerVerifier(f.t.db()).checkCreditNotes().ok());
    CHECK(LedgerVerifier(f.t.db()).checkCreditNotes().checked == 2);
}

TEST_CASE("Partial returns refund exactly the line total in the end", "[ledger][return]")
{
    CHECK(returnedShareCents(1000, 3, 0, 1) + returnedShareCents(1000, 3, 1, 1) + returnedShareCents(1000, 3, 2, 1) == 1000);
    CHECK(returnedShareCents(1000, 3, 0, 1) == 333);
    CHECK(returnedShareCents(1000, 3, 1, 1) == 334);
}

TEST_CASE("Refunds above the threshold need an approver", "[ledger][return]")
{
    LedgerFixture f;
    f.product(QStringLiteral("TV"), 40000, 2000, 5);
    REQUIRE(f.sell(QStringLiteral("TV"), 1, 40000).ok());
    ReturnService returns(f.t.db(), f.t.clock());
    const auto before = f.counts();
    auto refused = returns.returnLines(f.t.associate(), returnOf(1, 1, 1));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::PermissionDenied);
    CHECK(refused.error().field == QStringLiteral("refund.approve"));
    ReturnRequest r = returnOf(1, 1, 1);
    const Session notManager = f.t.intern();
    r.approver = &notManager;
    CHECK_FALSE(returns.returnLines(f.t.associate(), r).ok());
    CHECK(f.counts() == before);
    const Session manager = f.t.manager();
    r.approver = &manager;
    auto ok = returns.returnLines(f.t.associate(), r);
    REQUIRE(ok.ok());
    CHECK(ok->approvedBy == manager.userId);
}

TEST_CASE("Store credit pays a later sale, never more than remains", "[ledger][return][payment]")
{
    LedgerFixture f;
    f.product(QStringLiteral("PEN"), 1000, 2000, 10);
    REQUIRE(f.sell(QStringLiteral("PEN"), 2, 2000).ok());
    ReturnRequest r = returnOf(1, 1, 1);
    r.refund = RefundChoice::StoreCredit;
    auto note = ReturnService(f.t.db(), f.t.clock()).returnLines(f.t.associate(), r);
    REQUIRE(note.ok());
    CHECK(note->refundMethod == QStringLiteral("store_credit"));

    SaleRequest s;
    s.lines = {LedgerFixture::line(QStringLiteral("PEN"), 2)};
    PaymentRequest credit = LedgerFixture::pay(PaymentMethod::StoreCredit, 1200);
    credit.creditNoteId = note->id;
    s.payments = {credit, LedgerFixture::pay(PaymentMethod::Card, 800)};
    const auto before = f.counts();
    auto tooMuch = SaleService(f.t.db(), f.t.clock()).record(f.t.associate(), s);
    REQUIRE_FALSE(tooMuch.ok());
    CHECK(tooMuch.error().field == QStringLiteral("payment 1"));
    CHECK(f.counts() == before);

    s.payments[0].amountCents = 600;
    s.payments[1].amountCents = 1400;
    REQUIRE(SaleService(f.t.db(), f.t.clock()).record(f.t.associate(), s).ok());
    CHECK(*ReturnService(f.t.db(), f.t.clock()).remainingCredit(f.t.associate(), note->id) == 400);
    s.payments[0].amountCents = 500;
    s.payments[1].amountCents = 1500;
    CHECK_FALSE(SaleService(f.t.db(), f.t.clock()).record(f.t.associate(), s).ok());
}
