#include "domain/ChainHash.h"
#include "domain/Sale.h"

#include <catch2/catch.hpp>

#include <limits>

using namespace comptoir;

namespace {

SaleLine line(int no, qint64 quantity, qint64 unit, int vat, qint64 discount = 0)
{
    SaleLine l;
    l.lineNo = no;
    l.productId = 100 + no;
    l.quantity = quantity;
    l.unitPriceCents = unit;
    l.discountCents = discount;
    l.vatRateBp = vat;
    l.totalCents = lineTotalCents(l);
    return l;
}

/** A line of `total` cents (quantity `qty` at `total` each) at VAT `vatBp`. */
SaleLine lineOf(qint64 total, int vatBp, qint64 qty = 1)
{
    SaleLine l;
    l.quantity = qty;
    l.unitPriceCents = total;
    l.vatRateBp = vatBp;
    l.totalCents = total;
    return l;
}

} // namespace

TEST_CASE("A line total is quantity times unit price less the discount", "[sale]")
{
    CHECK(lineTotalCents(line(1, 3, 1290, 2000)) == 3870);
    CHECK(lineTotalCents(line(1, 2, 1000, 2000, 300)) == 1700);
}

TEST_CASE("VAT is computed once per rate on the sum of the lines", "[sale][vat]")
{
    // Two 20 % lines of 0,05 €: line by line 0,01 + 0,01; on the sum (0,10 €) 0,02. Both
    // happen to agree here, so use amounts where they differ: 3 × 0,10 € at 20 % is
    // 0,05 on the sum (0,30 × 20 / 120 = 0,05) but 3 × 0,02 = 0,06 line by line.
    const QList<SaleLine> lines{line(1, 1, 10, 2000), line(2, 1, 10, 2000), line(3, 1, 10, 2000), line(4, 1, 1055, 550)};
    const SaleTotals t = computeSaleTotals(lines);
    REQUIRE(t.byRate.size() == 2);
    CHECK(t.byRate[0].rateBp == 550);
    CHECK(t.byRate[0].totalCents == 1055);
    CHECK(t.byRate[0].vatCents == 55); // 10,55 × 5,5 / 105,5 = 0,55
    CHECK(t.byRate[1].rateBp == 2000);
    CHECK(t.byRate[1].totalCents == 30);
    CHECK(t.byRate[1].vatCents == 5);
    CHECK(t.byRate[1].exclCents == 25);
    CHECK(t.totalCents == 1085);
    CHECK(t.vatCents == 60);
    CHECK(t.totalExclCents == 1025);
    CHECK(t.itemCount == 4);

    Sale sale;
    sale.lines = lines;
    applySaleTotals(sale);
    CHECK(sale.totalCents == 1085);
    CHECK(sale.vatCents == 60);
    CHECK(sale.totalExclCents == 1025);
    CHECK(sale.itemCount == 4);
}

TEST_CASE("An empty sale has zero totals", "[sale][vat]")
{
    const SaleTotals t = computeSaleTotals({});
    CHECK(t.totalCents == 0);
    CHECK(t.vatCents == 0);
    CHECK(t.byRate.isEmpty());
}

TEST_CASE("The hashed fields are the documented list, in order", "[sale][chain]")
{
    Sale s;
    s.storeId = 1;
    s.number = 42;
    s.userId = 3;
    s.at = QDateTime(QDate(2026, 11, 24), QTime(9, 30, 5), Qt::UTC);
    s.businessDay = QDate(2026, 11, 24);
    s.lines = {line(2, 1, 500, 2000), line(1, 2, 250, 550, 10)};
    applySaleTotals(s);
    Payment cash;
    cash.method = PaymentMethod::Cash;
    cash.amountCents = s.totalCents;
    cash.tenderedCents = 2000;
    cash.changeCents = 2000 - s.totalCents;
    s.payments = {cash};

    const QStringList f = saleHashedFields(s);
    REQUIRE(f.size() == 11 + 2 * 7 + 6);
    CHECK(f.mid(0, 11) == QStringList{QStringLiteral("1"), QStringLiteral("42"), QStringLiteral("0"), QStringLiteral("3"),
                                      QStringLiteral("2026-11-24T09:30:05Z"), QStringLiteral("2026-11-24"),
                                      QString::number(s.totalCents), QString::number(s.totalExclCents),
                                      QString::number(s.vatCents), QString::number(s.itemCount), QStringLiteral("0")});
    // Lines in line_no order whatever their order in the list.
    CHECK(f.mid(11, 7) == QStringList{QStringLiteral("1"), QStringLiteral("101"), QStringLiteral("2"), QStringLiteral("250"),
                                      QStringLiteral("10"), QStringLiteral("550"), QStringLiteral("490")});
    CHECK(f.at(18) == QStringLiteral("2"));
    CHECK(f.mid(25) == QStringList{QStringLiteral("cash"), QString::number(s.totalCents), QStringLiteral("2000"),
                                   QString::number(2000 - s.totalCents), QStringLiteral("0"), QStringLiteral("0")});

    const QString hash = saleHash(s, genesisHash());
    CHECK(hash == chainHash(genesisHash(), f));
    CHECK(hash.size() == 64);
    Sale changed = s;
    changed.customerId = 7;
    CHECK(saleHash(changed, genesisHash()) != hash);
    CHECK(saleHash(s, hash) != hash); // a different previous hash changes the hash
}

TEST_CASE("Payment methods have their stored names", "[sale]")
{
    for (PaymentMethod m : {PaymentMethod::Cash, PaymentMethod::Card, PaymentMethod::Cheque, PaymentMethod::Voucher,
                            PaymentMethod::StoreCredit, PaymentMethod::Deposit})
        CHECK(paymentMethodFromString(toString(m)) == m);
    CHECK(toString(PaymentMethod::StoreCredit) == QStringLiteral("store_credit"));
    CHECK_FALSE(paymentMethodFromString(QStringLiteral("bitcoin")).has_value());
    CHECK_FALSE(paymentMethodFromString(QString()).has_value());
}

TEST_CASE("saleHash gives exactly chainHash over saleHashedFields", "[sale][chain]")
{
    Sale s;
    s.storeId = 2;
    s.number = 1234567;
    s.customerId = 0;
    s.userId = 9;
    s.businessDay = QDate(2025, 3, 30);
    s.lines = {line(3, 6, 390, 2000, 117), line(1, 1, 12900, 550), line(2, 2, 1, 1000)};
    applySaleTotals(s);
    Payment voucher;
    voucher.method = PaymentMethod::Voucher;
    voucher.amountCents = 1000;
    Payment card;
    card.method = PaymentMethod::Card;
    card.amountCents = s.totalCents - 1000;
    s.payments = {voucher, card};
    const QString prev = QString(64, QLatin1Char('a'));

    const QList<QDateTime> times{
        QDateTime(QDate(2025, 3, 30), QTime(7, 5, 9), Qt::UTC),
        QDateTime(QDate(2025, 3, 30), QTime(7, 5, 9, 250), Qt::UTC),       // milliseconds are kept
        QDateTime(QDate(2025, 3, 30), QTime(9, 5, 9), Qt::OffsetFromUTC, 7200), // stored in UTC
        QDateTime(QDate(999, 1, 2), QTime(3, 4, 5), Qt::UTC),
        QDateTime(),
    };
    for (const QDateTime &t : times) {
        s.at = t;
        INFO(t.toString(Qt::ISODateWithMs).toStdString());
        CHECK(saleHash(s, prev) == chainHash(prev, saleHashedFields(s)));
    }
    s.businessDay = QDate();
    CHECK(saleHash(s, prev) == chainHash(prev, saleHashedFields(s)));
    s.customerId = -5;
    s.number = std::numeric_limits<qint64>::min();
    s.imported = true;
    CHECK(saleHash(s, prev) == chainHash(prev, saleHashedFields(s)));
}

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
