#include "LedgerFixture.h"

#include "services/DepositService.h"

using namespace comptoir;
using namespace comptoir::test;

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
