// Issue 4 "Done when" items not covered by SaleServiceTest / ReturnClosureTest: VAT rounding
// on tricky amounts, yearly closures, every ledger table's triggers, tampered hashes.
#include "LedgerFixture.h"

#include "domain/ChainHash.h"
#include "services/ClosureService.h"
#include "services/LedgerVerifier.h"
#include "services/ReturnService.h"
#include "storage/SaleRepository.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace comptoir;
using namespace comptoir::test;

namespace {

SaleLine lineOf(qint64 total, int vatBp, qint64 qty = 1)
{
    SaleLine l;
    l.quantity = qty;
    l.unitPriceCents = total;
    l.vatRateBp = vatBp;
    l.totalCents = total;
    return l;
}

ReturnRequest returnOf(qint64 saleNumber, int lineNo, qint64 qty)
{
    ReturnRequest r;
    r.saleNumber = saleNumber;
    r.lines = {ReturnLineRequest{lineNo, qty}};
    return r;
}

} // namespace

TEST_CASE("VAT is rounded half away from zero on each rate's sum, on tricky amounts", "[ledger][vat]")
{
    struct Case {
        QList<SaleLine> lines;
        qint64 vat;
        const char *why;
    };
    const QList<Case> cases{
        {{lineOf(3, 2000)}, 1, "3 × 2000 / 12000 = 0.5 → 1 (half away from zero, not to even)"},
        {{lineOf(9, 2000)}, 2, "9 / 6 = 1.5 → 2"},
        {{lineOf(15, 2000)}, 3, "15 / 6 = 2.5 → 3 (not 2: no banker's rounding)"},
        {{lineOf(1, 2000)}, 0, "0.17 → 0"},
        {{lineOf(1, 550)}, 0, "1 × 550 / 10550 = 0.05 → 0"},
        {{lineOf(211, 550)}, 11, "211 × 550 / 10550 = 11.0 → 11"},
        {{lineOf(10550, 550)}, 550, "exact: 10 550 × 550 / 10 550"},
        {{lineOf(1100, 1000)}, 100, "exact 10 %"},
        {{lineOf(5105, 210)}, 105, "5 105 × 210 / 10 210 = 105.0"},
        {{lineOf(99999999, 2000)}, 16666667, "999 999,99 € → 16 666 666.5 → 16 666 667 (no overflow)"},
        {{lineOf(0, 2000)}, 0, "a free line"},
        {{lineOf(500, 0)}, 0, "a 0 % rate"},
        {QList<SaleLine>(3, lineOf(1, 2000)) + QList<SaleLine>(3, lineOf(1, 550)), 1,
         "two rates: 3 c at 20 % → 1; 3 c at 5.5 % → 0.16 → 0"},
        {{lineOf(333, 2000), lineOf(333, 2000), lineOf(334, 2000)}, 167, "1 000 c at 20 % = 166.67 → 167, not 56+56+56"},
    };
    for (const Case &c : cases) {
        INFO(c.why);
        const SaleTotals t = computeSaleTotals(c.lines);
        CHECK(t.vatCents == c.vat);
        CHECK(t.totalExclCents + t.vatCents == t.totalCents);
        qint64 byRate = 0;
        for (const VatBreakdown &b : t.byRate) {
            CHECK(b.exclCents + b.vatCents == b.totalCents);
            byRate += b.vatCents;
        }
        CHECK(byRate == t.vatCents);
    }
}

TEST_CASE("Day, month and year closures equal the sum of their sales and credit notes", "[ledger][closure]")
{
    LedgerFixture f;
    f.product(QStringLiteral("PEN"), 1250, 2000, 1000);
    f.product(QStringLiteral("BOOK"), 733, 550, 1000);
    ClosureService closures(f.t.db(), f.t.clock());
    const QList<QDate> days{QDate(2025, 1, 30), QDate(2025, 1, 31), QDate(2025, 2, 3), QDate(2025, 12, 31)};
    qint64 saleNumber = 0;
    for (const QDate &day : days) {
        f.t.clock().set(QDateTime(day, QTime(10, 0), Qt::UTC));
        for (int i = 0; i < day.day() % 4 + 1; ++i) {
            REQUIRE(f.sell(QStringLiteral("PEN"), i + 1, 1250 * (i + 1)).ok());
            REQUIRE(f.sell(QStringLiteral("BOOK"), 3, 2199).ok());
            saleNumber += 2;
        }
        REQUIRE(ReturnService(f.t.db(), f.t.clock()).returnLines(f.t.associate(), returnOf(saleNumber, 1, 1)).ok());
        f.t.clock().set(QDateTime(day.addDays(1), QTime(9, 0), Qt::UTC));
        REQUIRE(closures.closeDay(f.t.associate(), day).ok());
    }
    f.t.clock().set(QDateTime(QDate(2026, 1, 2), QTime(9, 0), Qt::UTC));
    auto january = closures.closeMonth(f.t.associate(), 2025, 1);
    auto february = closures.closeMonth(f.t.associate(), 2025, 2);
    auto december = closures.closeMonth(f.t.associate(), 2025, 12);
    auto year = closures.closeYear(f.t.associate(), 2025);
    REQUIRE(january.ok());
    REQUIRE(february.ok());
    REQUIRE(december.ok());
    REQUIRE(year.ok());

    const auto sum = [&](const QString &sql) { return f.t.scalar(sql).toLongLong(); };
    CHECK(year->salesCount == sum(QStringLiteral("SELECT count(*) FROM sale")));
    CHECK(year->totalCents == sum(QStringLiteral("SELECT sum(total_cents) FROM sale")));
    CHECK(year->returnsCount == 4);
    CHECK(year->returnsCents == sum(QStringLiteral("SELECT sum(total_cents) FROM credit_note")));
    CHECK(year->grandTotalCents == year->totalCents - year->returnsCents);
    CHECK(january->totalCents == sum(QStringLiteral("SELECT sum(total_cents) FROM sale WHERE business_day LIKE '2025-01-%'")));
    CHECK(january->totalCents + february->totalCents + december->totalCents == year->totalCents);
    CHECK(january->salesCount + february->salesCount + december->salesCount == year->salesCount);
    CHECK(sum(QStringLiteral("SELECT sum(total_cents) FROM closure WHERE kind = 'day'")) == year->totalCents);
    CHECK(sum(QStringLiteral("SELECT sum(returns_cents) FROM closure WHERE kind = 'month'")) == year->returnsCents);
    CHECK(closures.closeYear(f.t.associate(), 2025).error().code == ErrorCode::Conflict);
    CHECK(closures.closeYear(f.t.associate(), 2026).error().field == QStringLiteral("year")); // not ended

    const LedgerChainCheck check = LedgerVerifier(f.t.db()).checkClosures();
    INFO(check.problem.toStdString());
    CHECK(check.ok());
    CHECK(check.checked == 4 + 3 + 1);
}

TEST_CASE("Every ledger table refuses a raw UPDATE or DELETE", "[ledger][inalterable]")
{
    LedgerFixture f;
    f.product(QStringLiteral("PEN"), 1000);
    REQUIRE(f.sell(QStringLiteral("PEN"), 2, 2000).ok());
    REQUIRE(ReturnService(f.t.db(), f.t.clock()).returnLines(f.t.associate(), returnOf(1, 1, 1)).ok());
    REQUIRE(ClosureService(f.t.db(), f.t.clock()).closeDay(f.t.associate(), QDate(2026, 11, 24)).ok());
    for (const char *table : {"sale", "sale_line", "payment", "credit_note", "credit_note_line", "closure"}) {
        const QString name = QString::fromLatin1(table);
        INFO(table);
        const qint64 rows = f.t.count(name);
        REQUIRE(rows > 0);
        QSqlQuery q(f.t.db().connection());
        CHECK_FALSE(q.exec(QStringLiteral("UPDATE %1 SET id = id").arg(name)));
        CHECK(q.lastError().text().contains(QStringLiteral("inalterable")));
        CHECK_FALSE(q.exec(QStringLiteral("DELETE FROM %1").arg(name)));
        CHECK(f.t.count(name) == rows);
    }
    CHECK(LedgerVerifier(f.t.db()).verify(f.t.manager())->ok());
}

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
