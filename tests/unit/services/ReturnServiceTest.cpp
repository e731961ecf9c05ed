#include "LedgerFixture.h"

#include "services/ClosureService.h"
#include "services/DepositService.h"
#include "services/LedgerVerifier.h"
#include "services/ReturnService.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <thread>

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

TEST_CASE("Deposits: applied once, refunded, arrhes forfeited, acompte never", "[ledger][deposit]")
{
    LedgerFixture f;
    f.product(QStringLiteral("SOFA"), 50000, 2000, 2);
    const qint64 cust = f.customer();
    DepositService deposits(f.t.db(), f.t.clock());
    DepositRequest d;
    d.customerId = cust;
    d.orderRef = QStringLiteral("CMD-42");
    d.amountCents = 10000;
    d.kind = DepositKind::Acompte;

    CHECK(deposits.record(f.t.intern(), d).error().code == ErrorCode::PermissionDenied);
    DepositRequest bad = d;
    bad.amountCents = 0;
    CHECK(deposits.record(f.t.associate(), bad).error().field == QStringLiteral("amount"));
    bad = d;
    bad.orderRef.clear();
    CHECK(deposits.record(f.t.associate(), bad).error().field == QStringLiteral("order_ref"));

    auto acompte = deposits.record(f.t.associate(), d);
    REQUIRE(acompte.ok());
    auto refused = deposits.forfeit(f.t.associate(), *acompte);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::InvalidTransition);
    CHECK(refused.error().message.contains(QStringLiteral("acompte")));

    SaleRequest s;
    s.lines = {LedgerFixture::line(QStringLiteral("SOFA"), 1)};
    s.customerId = cust;
    PaymentRequest dep = LedgerFixture::pay(PaymentMethod::Deposit, 10000);
    dep.depositId = *acompte;
    s.payments = {dep, LedgerFixture::pay(PaymentMethod::Card, 40000)};
    auto sale = SaleService(f.t.db(), f.t.clock()).record(f.t.associate(), s);
    REQUIRE(sale.ok());
    CHECK(deposits.find(f.t.associate(), *acompte)->status == DepositStatus::Applied);
    CHECK(deposits.find(f.t.associate(), *acompte)->saleId == sale->id);
    const auto before = f.counts();
    CHECK(SaleService(f.t.db(), f.t.clock()).record(f.t.associate(), s).error().code == ErrorCode::Conflict);
    CHECK(deposits.refund(f.t.associate(), *acompte).error().code == ErrorCode::InvalidTransition);
    CHECK(f.counts() == before);

    d.kind = DepositKind::Arrhes;
    auto arrhes = deposits.record(f.t.associate(), d);
    REQUIRE(arrhes.ok());
    REQUIRE(deposits.forfeit(f.t.associate(), *arrhes).ok());
    CHECK(deposits.find(f.t.associate(), *arrhes)->status == DepositStatus::Forfeited);
    auto another = deposits.record(f.t.associate(), d);
    REQUIRE(deposits.refund(f.t.associate(), *another).ok());
    CHECK(f.t.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'deposit'")).toInt() == 5);
}

TEST_CASE("Daily closures equal their sales and chain; months sum the days", "[ledger][closure]")
{
    LedgerFixture f;
    f.product(QStringLiteral("PEN"), 1000, 2000, 100);
    f.product(QStringLiteral("BOOK"), 700, 550, 100);
    ClosureService closures(f.t.db(), f.t.clock());
    f.t.clock().set(QDateTime(QDate(2026, 10, 30), QTime(10, 0), Qt::UTC));
    REQUIRE(f.sell(QStringLiteral("PEN"), 2, 2000).ok());
    REQUIRE(f.sell(QStringLiteral("BOOK"), 1, 700).ok());
    REQUIRE(ReturnService(f.t.db(), f.t.clock()).returnLines(f.t.associate(), returnOf(1, 1, 1)).ok());

    CHECK(closures.closeDay(f.t.associate(), QDate(2026, 10, 31)).error().field == QStringLiteral("date")); // future
    auto day1 = closures.closeDay(f.t.associate(), QDate(2026, 10, 30));
    REQUIRE(day1.ok());
    CHECK(day1->salesCount == 2);
    CHECK(day1->returnsCount == 1);
    CHECK(day1->totalCents == 2700);
    CHECK(day1->returnsCents == 1000);
    CHECK(day1->grandTotalCents == 1700);
    const QJsonObject details = QJsonDocument::fromJson(day1->details.toUtf8()).object();
    CHECK(details.value(QStringLiteral("by_method")).toObject().value(QStringLiteral("card")).toInteger() == 2700);
    CHECK(details.value(QStringLiteral("by_vat")).toObject().value(QStringLiteral("550")).toObject()
              .value(QStringLiteral("vat")).toInteger() == 36);
    CHECK(closures.closeDay(f.t.associate(), QDate(2026, 10, 30)).error().code == ErrorCode::Conflict);
    CHECK(f.sell(QStringLiteral("PEN"), 1, 1000).error().field == QStringLiteral("business_day"));
    CHECK(closures.closeDay(f.t.intern(), QDate(2026, 10, 30)).error().code == ErrorCode::PermissionDenied);

    f.t.clock().set(QDateTime(QDate(2026, 10, 31), QTime(10, 0), Qt::UTC));
    REQUIRE(f.sell(QStringLiteral("PEN"), 1, 1000).ok());
    auto day2 = closures.closeDay(f.t.associate(), QDate(2026, 10, 31));
    REQUIRE(day2.ok());
    CHECK(day2->grandTotalCents == 2700);
    CHECK(day2->prevHash == day1->hash);
    CHECK(closures.closeMonth(f.t.associate(), 2026, 10).error().field == QStringLiteral("month")); // not ended

    f.t.clock().set(QDateTime(QDate(2026, 11, 2), QTime(10, 0), Qt::UTC));
    CHECK(closures.closeDay(f.t.associate(), QDate(2026, 10, 29)).error().code == ErrorCode::Conflict);
    auto month = closures.closeMonth(f.t.associate(), 2026, 10);
    REQUIRE(month.ok());
    CHECK(month->salesCount == 3);
    CHECK(month->totalCents == 3700);
    CHECK(month->returnsCents == 1000);
    CHECK(month->grandTotalCents == 2700);
    CHECK(closures.closeMonth(f.t.associate(), 2026, 10).error().code == ErrorCode::Conflict);

    auto report = LedgerVerifier(f.t.db()).verify(f.t.manager());
    REQUIRE(report.ok());
    INFO(report->closures.problem.toStdString());
    CHECK(report->ok());
    CHECK(report->closures.checked == 3);

    REQUIRE(f.t.db().exec(QStringLiteral("DROP TRIGGER closure_no_update")).ok());
    REQUIRE(f.t.db().exec(QStringLiteral("UPDATE closure SET total_cents = 1 WHERE kind = 'month'")).ok());
    CHECK(LedgerVerifier(f.t.db()).checkClosures().problem.startsWith(QStringLiteral("closure month 2026-10")));
}

TEST_CASE("Two connections recording at once give gap-free numbers and a valid chain", "[ledger][concurrency]")
{
    LedgerFixture f(TestDatabase::Kind::File);
    f.product(QStringLiteral("PEN"), 100, 2000, 1000);
    const Session session = f.t.associate();
    constexpr int perThread = 25;
    // Each thread opens its own connection: a Qt SQL connection belongs to its thread.
    auto worker = [&](int &failures) {
        auto db = Database::open(f.t.path(), Database::Mode::OpenExisting);
        if (!db.ok()) {
            failures = 1000;
            return;
        }
        SaleService service(**db, f.t.clock());
        for (int i = 0; i < perThread; ++i) {
            SaleRequest r;
            r.lines = {LedgerFixture::line(QStringLiteral("PEN"), 1)};
            r.payments = {LedgerFixture::pay(PaymentMethod::Card, 100)};
            if (!service.record(session, r).ok())
                ++failures;
        }
    };
    int failA = 0;
    int failB = 0;
    std::thread ta([&] { worker(failA); });
    std::thread tb([&] { worker(failB); });
    ta.join();
    tb.join();
    CHECK(failA + failB == 0);
    CHECK(f.t.scalar(QStringLiteral("SELECT count(*) FROM sale")).toInt() == 2 * perThread);
    CHECK(f.t.scalar(QStringLiteral("SELECT max(number) FROM sale")).toInt() == 2 * perThread);
    CHECK(f.t.scalar(QStringLiteral("SELECT count(DISTINCT number) FROM sale")).toInt() == 2 * perThread);
    const LedgerChainCheck c = LedgerVerifier(f.t.db()).checkSales();
    INFO(c.problem.toStdString());
    CHECK(c.ok());
}
