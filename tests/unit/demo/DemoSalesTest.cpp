#include "DemoTestSupport.h"

#include "demo/DemoCalendar.h"
#include "domain/ChainHash.h"
#include "domain/Clock.h"
#include "domain/Sale.h"

#include <catch2/catch.hpp>

#include <QHash>

using namespace comptoir;
using namespace comptoir::test;

namespace {

/** Every sale with its lines and payments, in number order, read back from the database. */
QList<Sale> readSales(Database &db)
{
    QList<Sale> sales;
    QHash<qint64, qsizetype> byId;
    for (const QVariantList &r : rows(db, QStringLiteral("SELECT id, store_id, number, customer_id, user_id, at, business_day, "
                                                         "total_cents, total_excl_cents, vat_cents, item_count, imported, "
                                                         "prev_hash, hash FROM sale ORDER BY number"))) {
        Sale s;
        s.id = r[0].toLongLong();
        s.storeId = r[1].toLongLong();
        s.number = r[2].toLongLong();
        s.customerId = r[3].toLongLong();
        s.userId = r[4].toLongLong();
        s.at = fromIsoUtc(r[5].toString());
        s.businessDay = QDate::fromString(r[6].toString(), Qt::ISODate);
        s.totalCents = r[7].toLongLong();
        s.totalExclCents = r[8].toLongLong();
        s.vatCents = r[9].toLongLong();
        s.itemCount = r[10].toLongLong();
        s.imported = r[11].toInt() != 0;
        s.prevHash = r[12].toString();
        s.hash = r[13].toString();
        byId.insert(s.id, sales.size());
        sales.append(s);
    }
    for (const QVariantList &r : rows(db, QStringLiteral("SELECT sale_id, line_no, product_id, quantity, unit_price_cents, "
                                                         "discount_cents, vat_rate_bp, total_cents FROM sale_line "
                                                         "ORDER BY sale_id, line_no"))) {
        SaleLine l;
        l.lineNo = r[1].toInt();
        l.productId = r[2].toLongLong();
        l.quantity = r[3].toLongLong();
        l.unitPriceCents = r[4].toLongLong();
        l.discountCents = r[5].toLongLong();
        l.vatRateBp = r[6].toInt();
        l.totalCents = r[7].toLongLong();
        sales[byId.value(r[0].toLongLong())].lines.append(l);
    }
    for (const QVariantList &r : rows(db, QStringLiteral("SELECT sale_id, method, amount_cents, tendered_cents, change_cents, "
                                                         "coalesce(credit_note_id, 0), coalesce(deposit_id, 0) FROM payment "
                                                         "ORDER BY id"))) {
        Payment p;
        p.method = paymentMethodFromString(r[1].toString()).value();
        p.amountCents = r[2].toLongLong();
        p.tenderedCents = r[3].toLongLong();
        p.changeCents = r[4].toLongLong();
        p.creditNoteId = r[5].toLongLong();
        p.depositId = r[6].toLongLong();
        sales[byId.value(r[0].toLongLong())].payments.append(p);
    }
    return sales;
}

} // namespace

TEST_CASE("Every sale's payments add up to its total, cash gives change", "[demo][sales]")
{
    Database &db = *sharedDemoStore().db;
    CHECK(value(db, QStringLiteral("SELECT count(*) FROM sale s WHERE total_cents <> "
                                   "(SELECT coalesce(sum(amount_cents), 0) FROM payment p WHERE p.sale_id = s.id)"))
              .toInt()
          == 0);
    CHECK(value(db, QStringLiteral("SELECT count(*) FROM payment WHERE method = 'cash' AND "
                                   "(tendered_cents < amount_cents OR change_cents <> tendered_cents - amount_cents)"))
              .toInt()
          == 0);
    CHECK(value(db, QStringLiteral("SELECT count(*) FROM payment WHERE method <> 'cash' AND "
                                   "(tendered_cents <> 0 OR change_cents <> 0)"))
              .toInt()
          == 0);
    // Card about 70 %, cash about 25 %, the rest cheques and vouchers; some sales are split.
    const double sales = value(db, QStringLiteral("SELECT count(*) FROM sale")).toDouble();
    const double card = value(db, QStringLiteral("SELECT count(DISTINCT sale_id) FROM payment WHERE method = 'card'")).toDouble();
    const double cash = value(db, QStringLiteral("SELECT count(DISTINCT sale_id) FROM payment WHERE method = 'cash'")).toDouble();
    CHECK(card / sales == Approx(0.70).margin(0.07));
    CHECK(cash / sales == Approx(0.27).margin(0.06));
    CHECK(value(db, QStringLiteral("SELECT count(*) FROM payment WHERE method IN ('cheque', 'voucher')")).toInt() > 0);
    CHECK(value(db, QStringLiteral("SELECT count(*) FROM (SELECT sale_id FROM payment GROUP BY sale_id HAVING count(*) > 1)"))
              .toInt()
          > 0);
}

TEST_CASE("Tickets have 1 to 8 lines, between 2 and 3 on average, of distinct products", "[demo][sales]")
{
    Database &db = *sharedDemoStore().db;
    const QVariantList r = rows(db, QStringLiteral("SELECT min(n), max(n), avg(n) FROM "
                                                   "(SELECT count(*) AS n FROM sale_line GROUP BY sale_id)"))
                               .first();
    CHECK(r[0].toInt() >= 1);
    CHECK(r[1].toInt() <= 8);
    CHECK(r[2].toDouble() > 2.0);
    CHECK(r[2].toDouble() < 3.0);
    CHECK(value(db, QStringLiteral("SELECT count(*) FROM (SELECT sale_id FROM sale_line GROUP BY sale_id, product_id "
                                   "HAVING count(*) > 1)"))
              .toInt()
          == 0);
    CHECK(value(db, QStringLiteral("SELECT count(*) FROM sale s WHERE NOT EXISTS "
                                   "(SELECT 1 FROM sale_line l WHERE l.sale_id = s.id)"))
              .toInt()
          == 0);
}

TEST_CASE("Line totals, VAT per rate and item counts follow the sales rules", "[demo][sales]")
{
    Database &db = *sharedDemoStore().db;
    const QList<Sale> sales = readSales(db);
    REQUIRE(sales.size() == 2000);
    int mixedRates = 0;
    int discounted = 0;
    for (const Sale &s : sales) {
        const SaleTotals t = computeSaleTotals(s.lines);
        REQUIRE(s.totalCents == t.totalCents);
        REQUIRE(s.vatCents == t.vatCents);
        REQUIRE(s.totalExclCents == s.totalCents - s.vatCents);
        REQUIRE(s.itemCount == t.itemCount);
        mixedRates += t.byRate.size() > 1 ? 1 : 0;
        for (const SaleLine &l : s.lines) {
            REQUIRE(l.totalCents == lineTotalCents(l));
            REQUIRE(l.discountCents <= l.quantity * l.unitPriceCents / 2);
            discounted += l.discountCents > 0 ? 1 : 0;
        }
    }
    CHECK(mixedRates > 0);
    CHECK(discounted > 0);
    // Prices carry the product's VAT: books 5,5 %, most of the rest 20 %.
    CHECK(value(db, QStringLiteral("SELECT count(*) FROM sale_line l JOIN product p ON p.id = l.product_id "
                                   "WHERE l.vat_rate_bp <> p.vat_rate_bp"))
              .toInt()
          == 0);
    CHECK(value(db, QStringLiteral("SELECT vat_rate_bp FROM product p JOIN category c ON c.id = p.category_id "
                                   "WHERE c.name = 'Livres' LIMIT 1"))
              .toInt()
          == 550);
    CHECK(value(db, QStringLiteral("SELECT count(*) FROM product WHERE vat_rate_bp = 2000")).toInt()
          > value(db, QStringLiteral("SELECT count(*) FROM product")).toInt() / 2);
    // Books are never discounted by more than 5 % (loi Lang).
    CHECK(value(db, QStringLiteral("SELECT count(*) FROM sale_line l JOIN product p ON p.id = l.product_id "
                                   "JOIN category c ON c.id = p.category_id WHERE c.name = 'Livres' "
                                   "AND l.discount_cents * 100 > l.quantity * l.unit_price_cents * 5 + 50"))
              .toInt()
          == 0);
}

TEST_CASE("The sales chain verifies and the numbers have no gap", "[demo][sales][chain]")
{
    Database &db = *sharedDemoStore().db;
    const QList<Sale> sales = readSales(db);
    REQUIRE_FALSE(sales.isEmpty());
    QString prev = genesisHash();
    for (qsizetype i = 0; i < sales.size(); ++i) {
        const Sale &s = sales.at(i);
        REQUIRE(s.number == i + 1);
        REQUIRE(s.prevHash == prev);
        REQUIRE(s.hash == chainHash(prev, saleHashedFields(s)));
        prev = s.hash;
    }
    SECTION("an altered sale breaks the chain")
    {
        Sale altered = sales.at(sales.size() / 2);
        altered.totalCents += 1;
        CHECK(chainHash(altered.prevHash, saleHashedFields(altered)) != altered.hash);
        Sale other = sales.at(sales.size() / 2);
        other.payments.first().amountCents += 1;
        CHECK(chainHash(other.prevHash, saleHashedFields(other)) != other.hash);
    }
}

TEST_CASE("Sales span three years, in opening hours, never on Sundays", "[demo][sales][calendar]")
{
    Database &db = *sharedDemoStore().db;
    const QDate end = demoEndDate();
    const QVariantList span = rows(db, QStringLiteral("SELECT min(business_day), max(business_day) FROM sale")).first();
    CHECK(QDate::fromString(span[0].toString(), Qt::ISODate) <= end.addYears(-3).addDays(7));
    CHECK(QDate::fromString(span[0].toString(), Qt::ISODate) >= end.addYears(-3));
    CHECK(QDate::fromString(span[1].toString(), Qt::ISODate) < end);
    CHECK(QDate::fromString(span[1].toString(), Qt::ISODate) >= end.addDays(-3));

    int perWeekday[8] = {};
    int december = 0;
    int august = 0;
    for (const QVariantList &r : rows(db, QStringLiteral("SELECT at, business_day FROM sale"))) {
        const QDate day = QDate::fromString(r[1].toString(), Qt::ISODate);
        const qint64 at = fromIsoUtc(r[0].toString()).toSecsSinceEpoch();
        REQUIRE(day.dayOfWeek() != 7);
        REQUIRE_FALSE(demo::DemoCalendar::isPublicHoliday(day));
        REQUIRE(at >= demo::DemoCalendar::toUtc(day, 9 * 3600 + 30 * 60));
        REQUIRE(at < demo::DemoCalendar::toUtc(day, 19 * 3600));
        ++perWeekday[day.dayOfWeek()];
        december += day.month() == 12 ? 1 : 0;
        august += day.month() == 8 ? 1 : 0;
    }
    for (int d = 1; d <= 5; ++d)
        CHECK(perWeekday[6] > perWeekday[d]); // Saturday is the busiest day
    CHECK(december > 2 * august);             // Christmas peak, summer dip
}

TEST_CASE("About 40 % of the sales have a known customer, loyal ones come back", "[demo][sales][customers]")
{
    Database &db = *sharedDemoStore().db;
    const double known = value(db, QStringLiteral("SELECT avg(customer_id IS NOT NULL) FROM sale")).toDouble();
    CHECK(known == Approx(0.40).margin(0.04));
    // Repeat buyers and one-off buyers both exist.
    CHECK(value(db, QStringLiteral("SELECT count(*) FROM (SELECT customer_id FROM sale WHERE customer_id IS NOT NULL "
                                   "GROUP BY customer_id HAVING count(*) >= 5)"))
              .toInt()
          > 0);
    CHECK(value(db, QStringLiteral("SELECT count(*) FROM (SELECT customer_id FROM sale WHERE customer_id IS NOT NULL "
                                   "GROUP BY customer_id HAVING count(*) = 1)"))
              .toInt()
          > 0);
    // Nobody buys before being created, buyers have status 'customer', loyalty points come from sales.
    CHECK(value(db, QStringLiteral("SELECT count(*) FROM sale s JOIN customer c ON c.id = s.customer_id "
                                   "WHERE c.created_at > s.at"))
              .toInt()
          == 0);
    CHECK(value(db, QStringLiteral("SELECT count(*) FROM customer c WHERE status = 'customer' AND NOT EXISTS "
                                   "(SELECT 1 FROM sale s WHERE s.customer_id = c.id)"))
              .toInt()
          == 0);
    CHECK(value(db, QStringLiteral("SELECT count(*) FROM customer c WHERE status = 'prospect' AND EXISTS "
                                   "(SELECT 1 FROM sale s WHERE s.customer_id = c.id)"))
              .toInt()
          == 0);
    CHECK(value(db, QStringLiteral("SELECT count(*) FROM customer WHERE loyalty_points > 0 AND loyalty_card IS NULL")).toInt()
          == 0);
    CHECK(value(db, QStringLiteral("SELECT count(*) FROM customer WHERE loyalty_points > 0")).toInt() > 0);
}
