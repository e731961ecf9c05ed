#include "LedgerFixture.h"

#include "services/ClosureService.h"
#include "services/LedgerVerifier.h"
#include "services/ReturnService.h"

#include <QJsonDocument>
#include <QJsonObject>

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

TEST_CASE("Daily closures equal their sales and chain, months sum the days", "[ledger][closure]")
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
