#include "LedgerFixture.h"

#include "domain/ChainHash.h"
#include "services/DepositService.h"
#include "services/LedgerVerifier.h"

#include <QSqlQuery>

#include <thread>

using namespace comptoir;
using namespace comptoir::test;

TEST_CASE("A sale is recorded with number, VAT, hash, stock, loyalty, interaction and audit", "[ledger][sale]")
{
    LedgerFixture f;
    const qint64 book = f.product(QStringLiteral("BOOK"), 1250, 550, 10);
    f.product(QStringLiteral("PEN"), 399, 2000, 10);
    const qint64 cust = f.customer();
    const qint64 auditBefore = f.t.count(QStringLiteral("audit_log"));

    SaleRequest r;
    r.lines = {LedgerFixture::line(QStringLiteral("BOOK"), 2), LedgerFixture::line(QStringLiteral("PEN"), 3)};
    r.customerKey = QStringLiteral("CARD001");
    r.payments = {LedgerFixture::pay(PaymentMethod::Card, 1000), LedgerFixture::pay(PaymentMethod::Cash, 5000)};
    auto sale = SaleService(f.t.db(), f.t.clock()).record(f.t.associate(), r);
    REQUIRE(sale.ok());
    CHECK(sale->number == 1);
    CHECK(sale->totalCents == 2 * 1250 + 3 * 399);
    // 5.5 % on 25,00 = 1,30 ; 20 % on 11,97 = 2,00 (1,995 rounded half away from zero).
    CHECK(sale->vatCents == 130 + 200);
    CHECK(sale->totalExclCents == sale->totalCents - sale->vatCents);
    CHECK(sale->customerId == cust);
    CHECK(sale->prevHash == genesisHash());
    CHECK(sale->hash == saleHash(*sale, genesisHash()));
    REQUIRE(sale->payments.size() == 2);
    const Payment &cash = sale->payments.at(1);
    CHECK(cash.amountCents == sale->totalCents - 1000);
    CHECK(cash.tenderedCents == 5000);
    CHECK(cash.changeCents == 5000 - cash.amountCents);

    CHECK(f.t.scalar(QStringLiteral("SELECT quantity FROM stock_level WHERE product_id = %1").arg(book)).toInt() == 8);
    CHECK(f.t.count(QStringLiteral("stock_move")) == 4); // 2 deliveries + 2 sales
    CHECK(f.t.scalar(QStringLiteral("SELECT loyalty_points FROM customer WHERE id = %1").arg(cust)).toInt() == 36);
    CHECK(f.t.scalar(QStringLiteral("SELECT status FROM customer WHERE id = %1").arg(cust)).toString()
          == QStringLiteral("customer"));
    CHECK(f.t.scalar(QStringLiteral("SELECT count(*) FROM interaction WHERE kind = 'sale'")).toInt() == 1);
    CHECK(f.t.count(QStringLiteral("audit_log")) == auditBefore + 1);
    const QString changes = f.t.scalar(QStringLiteral("SELECT changes FROM audit_log ORDER BY id DESC LIMIT 1")).toString();
    CHECK_FALSE(changes.contains(QStringLiteral("Martin")));
    CHECK_FALSE(changes.contains(QStringLiteral("example.fr")));

    auto second = f.sell(QStringLiteral("PEN"), 1, 399);
    REQUIRE(second.ok());
    CHECK(second->number == 2);
    CHECK(second->prevHash == sale->hash);
    CHECK(LedgerVerifier(f.t.db()).checkSales().ok());
}

TEST_CASE("Customers are found by id, card, phone or e-mail", "[ledger][sale]")
{
    LedgerFixture f;
    f.product(QStringLiteral("PEN"), 100);
    const qint64 cust = f.customer();
    for (const QString &key : {QStringLiteral("CARD001"), QStringLiteral("06 12 34 56 78"), QStringLiteral("ana@example.fr")}) {
        SaleRequest r;
        r.lines = {LedgerFixture::line(QStringLiteral("PEN"), 1)};
        r.customerKey = key;
        r.payments = {LedgerFixture::pay(PaymentMethod::Card, 100)};
        auto sale = SaleService(f.t.db(), f.t.clock()).record(f.t.associate(), r);
        REQUIRE(sale.ok());
        CHECK(sale->customerId == cust);
    }
}

TEST_CASE("Bad sales are refused and write nothing", "[ledger][sale][bad]")
{
    LedgerFixture f;
    f.product(QStringLiteral("PEN"), 399, 2000, 5);
    const qint64 cust = f.customer();
    const qint64 other = f.customer(QStringLiteral("CARD002"), QStringLiteral("bob@example.fr"));
    DepositRequest dr;
    dr.kind = DepositKind::Arrhes;
    dr.customerId = cust;
    dr.orderRef = QStringLiteral("CMD-1");
    dr.amountCents = 200;
    auto dep = DepositService(f.t.db(), f.t.clock()).record(f.t.associate(), dr);
    REQUIRE(dep.ok());
    const auto before = f.counts();

    SaleRequest base;
    base.lines = {LedgerFixture::line(QStringLiteral("PEN"), 1)};
    base.payments = {LedgerFixture::pay(PaymentMethod::Card, 399)};
    Session session = f.t.associate();
    ErrorCode expected = ErrorCode::Validation;
    QString field;

    SECTION("payments below the total")
    {
        base.payments = {LedgerFixture::pay(PaymentMethod::Card, 300)};
        field = QStringLiteral("payments");
    }
    SECTION("card payments above the total")
    {
        base.payments = {LedgerFixture::pay(PaymentMethod::Card, 500)};
        field = QStringLiteral("payments");
    }
    SECTION("cash short of what is due")
    {
        base.payments = {LedgerFixture::pay(PaymentMethod::Cash, 398)};
        field = QStringLiteral("payments");
    }
    SECTION("unknown product")
    {
        base.lines = {LedgerFixture::line(QStringLiteral("NOPE"), 1)};
        expected = ErrorCode::NotFound;
        field = QStringLiteral("line 1");
    }
    SECTION("unknown customer")
    {
        base.customerKey = QStringLiteral("CARD999");
        expected = ErrorCode::NotFound;
        field = QStringLiteral("customer");
    }
    SECTION("zero and negative quantities")
    {
        base.lines = {LedgerFixture::line(QStringLiteral("PEN"), GENERATE(0, -2))};
        field = QStringLiteral("line 1");
    }
    SECTION("discount without price.override")
    {
        base.lines[0].discountCents = 50;
        base.lines[0].overrideReason = QStringLiteral("geste");
        base.payments = {LedgerFixture::pay(PaymentMethod::Card, 349)};
        expected = ErrorCode::PermissionDenied;
        field = QStringLiteral("price.override");
    }
    SECTION("price override without reason, even for a manager")
    {
        base.lines[0].unitPriceCents = 300;
        base.payments = {LedgerFixture::pay(PaymentMethod::Card, 300)};
        session = f.t.manager();
        field = QStringLiteral("line 1");
    }
    SECTION("not enough stock")
    {
        base.lines = {LedgerFixture::line(QStringLiteral("PEN"), 6)};
        base.payments = {LedgerFixture::pay(PaymentMethod::Card, 6 * 399)};
        expected = ErrorCode::Conflict;
        field = QStringLiteral("line 1");
    }
    SECTION("deposit applied twice")
    {
        base.customerId = cust;
        PaymentRequest d = LedgerFixture::pay(PaymentMethod::Deposit, 200);
        d.depositId = *dep;
        base.payments = {d, d};
        expected = ErrorCode::Conflict;
        field = QStringLiteral("payment 2");
    }
    SECTION("deposit of another customer")
    {
        base.customerId = other;
        PaymentRequest d = LedgerFixture::pay(PaymentMethod::Deposit, 200);
        d.depositId = *dep;
        base.payments = {d, LedgerFixture::pay(PaymentMethod::Card, 199)};
        field = QStringLiteral("payment 1");
    }
    SECTION("no sale.create")
    {
        session = f.t.technician();
        expected = ErrorCode::PermissionDenied;
        field = QStringLiteral("sale.create");
    }
    auto sale = SaleService(f.t.db(), f.t.clock()).record(session, base);
    REQUIRE_FALSE(sale.ok());
    CHECK(sale.error().code == expected);
    CHECK(sale.error().field == field);
    CHECK_FALSE(sale.error().message.isEmpty());
    CHECK(f.counts() == before);
}

TEST_CASE("A discount with price.override and a reason is recorded", "[ledger][sale]")
{
    LedgerFixture f;
    f.product(QStringLiteral("PEN"), 399);
    SaleRequest r;
    r.lines = {LedgerFixture::line(QStringLiteral("PEN"), 2)};
    r.lines[0].discountCents = 98;
    r.lines[0].overrideReason = QStringLiteral("  fin de série ");
    r.payments = {LedgerFixture::pay(PaymentMethod::Card, 700)};
    auto sale = SaleService(f.t.db(), f.t.clock()).record(f.t.manager(), r);
    REQUIRE(sale.ok());
    CHECK(sale->totalCents == 700);
    CHECK(sale->lines.at(0).overrideReason == QStringLiteral("fin de série"));
}

TEST_CASE("A sale may take the stock below zero when the setting says so", "[ledger][sale]")
{
    LedgerFixture f;
    f.product(QStringLiteral("PEN"), 100, 2000, 0);
    CHECK_FALSE(f.sell(QStringLiteral("PEN"), 1, 100).ok());
    QSqlQuery q(f.t.db().connection());
    REQUIRE(q.exec(QStringLiteral("UPDATE setting SET value = '1' WHERE key = 'stock.allow_negative'")));
    CHECK(f.sell(QStringLiteral("PEN"), 1, 100).ok());
}

TEST_CASE("VAT is rounded per rate on the sum of the lines", "[ledger][sale][vat]")
{
    LedgerFixture f;
    f.product(QStringLiteral("A"), 1, 2000, 1000);   // 0,01 € at 20 %
    f.product(QStringLiteral("B"), 333, 550, 1000);  // 3,33 € at 5,5 %
    f.product(QStringLiteral("C"), 1999, 1000, 1000); // 19,99 € at 10 %
    f.product(QStringLiteral("D"), 17, 210, 1000);   // 0,17 € at 2,1 %
    SECTION("many small lines: rounding the sum, not each line")
    {
        SaleRequest r;
        for (int i = 0; i < 50; ++i)
            r.lines.append(LedgerFixture::line(QStringLiteral("A"), 1));
        r.payments = {LedgerFixture::pay(PaymentMethod::Card, 50)};
        auto sale = SaleService(f.t.db(), f.t.clock()).record(f.t.associate(), r);
        REQUIRE(sale.ok());
        // Line by line each 0,01 € has 0 VAT; on 0,50 € the VAT is 50 × 2000 / 12000 = 8,33 → 8.
        CHECK(sale->vatCents == 8);
        CHECK(sale->totalExclCents == 42);
    }
    SECTION("mixed rates")
    {
        SaleRequest r;
        r.lines = {LedgerFixture::line(QStringLiteral("B"), 3), LedgerFixture::line(QStringLiteral("C"), 1),
                   LedgerFixture::line(QStringLiteral("D"), 7), LedgerFixture::line(QStringLiteral("A"), 3)};
        r.payments = {LedgerFixture::pay(PaymentMethod::Card, 999 + 1999 + 119 + 3)};
        auto sale = SaleService(f.t.db(), f.t.clock()).record(f.t.associate(), r);
        REQUIRE(sale.ok());
        const SaleTotals t = computeSaleTotals(sale->lines);
        REQUIRE(t.byRate.size() == 4);
        CHECK(t.byRate.at(0).rateBp == 210);
        CHECK(t.byRate.at(0).vatCents == 2);   // 119 × 210 / 10210 = 2,45 → 2
        CHECK(t.byRate.at(1).vatCents == 52);  // 999 × 550 / 10550 = 52,08 → 52
        CHECK(t.byRate.at(2).vatCents == 182); // 1999 × 1000 / 11000 = 181,73 → 182
        CHECK(t.byRate.at(3).vatCents == 1);   // 3 × 2000 / 12000 = 0,5 → 1 (half away from zero)
        CHECK(sale->vatCents == 2 + 52 + 182 + 1);
        CHECK(sale->totalCents == sale->totalExclCents + sale->vatCents);
    }
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
