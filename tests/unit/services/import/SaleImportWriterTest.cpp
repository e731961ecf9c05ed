#include "ImportTestSupport.h"
#include "LedgerFixture.h"
#include "SummaryTables.h"

#include "io/CsvReader.h"
#include "services/ExportService.h"
#include "services/LedgerVerifier.h"
#include "services/export/EntityRows.h"
#include "storage/BulkIndexes.h"
#include "storage/KpiRepository.h"
#include "storage/SaleRepository.h"

#include <catch2/catch.hpp>

#include <QSqlQuery>

using namespace comptoir;
using namespace comptoir::test;

namespace {

/** The catalogue and customer the sales corpus refers to. */
struct SalesStore : LedgerFixture {
    SalesStore() : LedgerFixture(TestDatabase::Kind::Memory)
    {
        cafe = product(QStringLiteral("CAFE-1"), 1250, 2000);
        the = product(QStringLiteral("THE-2"), 420, 550);
        ProductInput p;
        p.sku = QStringLiteral("BISC-3");
        p.ean13 = QStringLiteral("4006381333931");
        p.name = QStringLiteral("Biscuits");
        p.price = Money::fromCents(300);
        p.vatRateBp = 550;
        biscuits = *ProductRepository(t.db()).insert(p, t.clock().nowUtc());
        ana = customer(QStringLiteral("CARD001"), QStringLiteral("ana@example.fr"));
    }

    QList<qint64> stockLevels()
    {
        StockRepository stock(t.db());
        return {*stock.level(cafe), *stock.level(the), *stock.level(biscuits)};
    }

    qint64 cafe = 0, the = 0, biscuits = 0, ana = 0;
};

Sale saleNumber(TestDatabase &t, qint64 number)
{
    auto sale = SaleRepository(t.db()).findByNumber(1, number);
    REQUIRE(sale.ok());
    REQUIRE(sale->has_value());
    return **sale;
}

QList<QStringList> csvRecords(const QByteArray &bytes)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer);
    QList<QStringList> out;
    while (auto row = reader.next())
        out.append(row->fields);
    return out;
}

} // namespace

TEST_CASE("Historical sales continue the chain, marked imported, and verify passes", "[import][sales]")
{
    SalesStore f;
    REQUIRE(f.sell(QStringLiteral("CAFE-1"), 1, 1250).ok()); // sale #1, rung up by the till today
    const QList<qint64> levels = f.stockLevels();
    const qint64 movesBefore = f.t.count(QStringLiteral("stock_move"));
    const qint64 pointsBefore = f.t.scalar(QStringLiteral("SELECT loyalty_points FROM customer WHERE id = %1").arg(f.ana)).toLongLong();

    auto report = importBytes(f.t, f.t.manager(), ImportEntity::Sales, importCorpus("sales_two_sales.csv"));
    REQUIRE(report.ok());
    INFO((report->problems.isEmpty() ? QString() : report->problems.first().reason).toStdString());
    CHECK(report->problems.isEmpty());
    CHECK(report->read == 5);
    CHECK(report->imported == 5);
    CHECK(report->importedGroups == 2);
    CHECK(report->committed);
    CHECK(report->mapping.value(QStringLiteral("sale_key")) == QStringLiteral("Ticket"));
    CHECK(report->mapping.value(QStringLiteral("customer_email")) == QStringLiteral("Email client"));

    const Sale first = saleNumber(f.t, 2);
    CHECK(first.imported);
    CHECK(first.customerId == f.ana);
    CHECK(first.at == QDateTime(QDate(2026, 10, 12), QTime(9, 30), Qt::UTC));
    REQUIRE(first.lines.size() == 3);
    CHECK(first.lines.at(0).totalCents == 2500);
    CHECK(first.lines.at(1).totalCents == 400);
    CHECK(first.lines.at(1).discountCents == 20);
    CHECK(first.lines.at(1).vatRateBp == 550);
    CHECK(first.lines.at(2).vatRateBp == 2000); // no rate given: the product's
    CHECK(first.totalCents == 4150);
    REQUIRE(first.payments.size() == 1);
    CHECK(first.payments.first().method == PaymentMethod::Card);
    CHECK(first.payments.first().amountCents == 4150);
    CHECK(first.prevHash == saleNumber(f.t, 1).hash);
    CHECK(first.hash == saleHash(first, first.prevHash));

    const Sale second = saleNumber(f.t, 3);
    CHECK(second.imported);
    CHECK(second.customerId == 0);
    REQUIRE(second.lines.size() == 2);
    CHECK(second.lines.at(1).productId == f.biscuits); // by EAN-13
    CHECK(second.lines.at(1).unitPriceCents == 123450);
    CHECK(second.lines.at(1).totalCents == 300);
    CHECK(second.totalCents == 1560);
    CHECK(second.payments.first().method == PaymentMethod::Cash);
    CHECK(second.payments.first().tenderedCents == 1560);
    CHECK(second.payments.first().changeCents == 0);
    CHECK(second.prevHash == first.hash);

    // History moves no stock and earns no loyalty points.
    CHECK(f.stockLevels() == levels);
    CHECK(f.t.count(QStringLiteral("stock_move")) == movesBefore);
    CHECK(f.t.scalar(QStringLiteral("SELECT loyalty_points FROM customer WHERE id = %1").arg(f.ana)).toLongLong() ==
          pointsBefore);
    auto ledger = LedgerVerifier(f.t.db()).verify(f.t.manager());
    REQUIRE(ledger.ok());
    CHECK(ledger->sales.checked == 3);
    CHECK(ledger->ok());
    CHECK(f.t.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'import' AND entity = 'sales'")).toInt() == 1);

    // A till sale after the import continues the same chain.
    auto next = f.sell(QStringLiteral("THE-2"), 1, 420);
    REQUIRE(next.ok());
    CHECK(next->number == 4);
    CHECK(next->prevHash == second.hash);
    CHECK(LedgerVerifier(f.t.db()).verify(f.t.manager())->ok());
}

TEST_CASE("A bad line rejects its whole sale, with every line and a reason", "[import][sales]")
{
    SalesStore f;
    const QByteArray file = importCorpus("sales_bad_lines.csv");

    SECTION("all-or-nothing and dry run: every problem, nothing written")
    {
        for (bool dryRun : {false, true}) {
            ImportOptions options;
            options.dryRun = dryRun;
            auto report = importBytes(f.t, f.t.manager(), ImportEntity::Sales, file, options);
            REQUIRE(report.ok());
            CHECK_FALSE(report->committed);
            CHECK(report->read == 7);
            CHECK(report->rejected == 5);
            CHECK(report->rejectedGroups == 4);
            CHECK(report->importedGroups == 2);
            REQUIRE(report->problems.size() == 5);
            const QList<ImportProblem> &p = report->problems;
            CHECK(p[0].line == 3); // the good line of sale A2, rejected with it
            CHECK(p[0].column.isEmpty());
            CHECK(p[0].reason.contains(QStringLiteral("line 4")));
            CHECK(p[0].reason.contains(QStringLiteral("NOPE-9")));
            CHECK(p[1].line == 4);
            CHECK(p[1].column == QStringLiteral("sku"));
            CHECK(p[1].reason.contains(QStringLiteral("unknown product NOPE-9")));
            CHECK(p[2].line == 5);
            CHECK(p[2].column == QStringLiteral("customer_email"));
            CHECK(p[2].reason.contains(QStringLiteral("nobody@example.fr")));
            CHECK(p[3].line == 6);
            CHECK(p[3].column == QStringLiteral("sold_at"));
            CHECK(p[4].line == 7);
            CHECK(p[4].column == QStringLiteral("quantity"));
            CHECK(p[4].reason.contains(QStringLiteral("-2")));
            CHECK(f.t.count(QStringLiteral("sale")) == 0);
            CHECK(f.t.count(QStringLiteral("sale_line")) == 0);
            CHECK(f.t.count(QStringLiteral("payment")) == 0);
        }
    }

    SECTION("skip-invalid writes the good sales and lists every line of the bad ones")
    {
        ImportOptions options;
        options.skipInvalid = true;
        options.rejectsPath = f.t.dir() + QStringLiteral("/rejects.csv");
        auto report = importBytes(f.t, f.t.manager(), ImportEntity::Sales, file, options);
        REQUIRE(report.ok());
        CHECK(report->committed);
        CHECK(report->imported == 2);
        CHECK(report->rejected == 5);
        CHECK(f.t.count(QStringLiteral("sale")) == 2);
        CHECK(saleNumber(f.t, 1).lines.first().productId == f.cafe);
        CHECK(saleNumber(f.t, 2).lines.first().productId == f.the); // A6: numbers stay gap-free
        CHECK(LedgerVerifier(f.t.db()).verify(f.t.manager())->ok());

        INFO(readFile(options.rejectsPath).toStdString());
        const QList<QStringList> rejects = csvRecords(readFile(options.rejectsPath));
        REQUIRE(rejects.size() == 6);
        CHECK(rejects[0].last() == QStringLiteral("reason"));
        QStringList keys;
        for (qsizetype i = 1; i < rejects.size(); ++i) {
            keys.append(rejects[i].first());
            CHECK_FALSE(rejects[i].last().isEmpty());
        }
        CHECK(keys == QStringList{QStringLiteral("A2"), QStringLiteral("A2"), QStringLiteral("A3"), QStringLiteral("A4"),
                                  QStringLiteral("A5")});
        CHECK(rejects[1].last().contains(QStringLiteral("rejected with its sale")));
        CHECK(rejects[2].last().startsWith(QStringLiteral("sku: ")));
    }
}

TEST_CASE("Sale rows must agree on the sale and follow each other", "[import][sales]")
{
    SalesStore f;
    ImportOptions options;
    options.skipInvalid = true;
    auto report = importBytes(f.t, f.t.manager(), ImportEntity::Sales,
                              "sale_key;sold_at;customer_card;sku;quantity;unit_price;payment_method\n"
                              "1;2026-10-01T10:00:00Z;card001;CAFE-1;1;12,50;cash\n"
                              "1;2026-10-01T11:00:00Z;card001;CAFE-1;1;12,50;cash\n" // another time: sale 1 rejected
                              "2;2026-10-02T10:00:00Z;;CAFE-1;1;12,50;bitcoin\n"     // unknown method
                              "3;2026-12-02T10:00:00Z;;CAFE-1;1;12,50;\n"            // in the future
                              "4;2026-10-03T10:00:00Z;CARD001;THE-2;2;4,20;\n"       // good, card matched
                              "3;2026-10-04T10:00:00Z;;CAFE-1;1;12,50;\n",           // key 3 again, not consecutive
                              options);
    REQUIRE(report.ok());
    CHECK(report->importedGroups == 1);
    CHECK(report->rejected == 5);
    QStringList where;
    for (const ImportProblem &p : report->problems)
        where.append(QStringLiteral("%1:%2 %3").arg(p.line).arg(p.column, p.reason));
    INFO(where.join(QStringLiteral(" | ")).toStdString());
    for (QString &w : where)
        w = w.section(QLatin1Char(' '), 0, 0);
    CHECK(where == QStringList{QStringLiteral("2:"), QStringLiteral("3:sold_at"), QStringLiteral("4:payment_method"),
                               QStringLiteral("5:sold_at"), QStringLiteral("7:sale_key")});
    const Sale sale = saleNumber(f.t, 1);
    CHECK(sale.customerId == f.ana);
    CHECK(sale.totalCents == 840);
    CHECK(sale.payments.first().method == PaymentMethod::Card); // no method given
}

TEST_CASE("A sale key met again names the line where it was first, for numbers and text alike", "[import][sales]")
{
    SalesStore f;
    ImportOptions options;
    options.skipInvalid = true;
    auto report = importBytes(f.t, f.t.manager(), ImportEntity::Sales,
                              "sale_key;sold_at;sku;quantity;unit_price\n"
                              "007;2026-10-01T10:00:00Z;CAFE-1;1;12,50\n"
                              "7;2026-10-01T11:00:00Z;CAFE-1;1;12,50\n"   // not the same key as 007
                              "A-1;2026-10-02T10:00:00Z;CAFE-1;1;12,50\n"
                              "12;2026-10-02T11:00:00Z;CAFE-1;1;12,50\n"
                              "A-1;2026-10-03T10:00:00Z;CAFE-1;1;12,50\n" // first on line 4
                              "12;2026-10-03T11:00:00Z;CAFE-1;1;12,50\n", // first on line 5
                              options);
    REQUIRE(report.ok());
    CHECK(report->importedGroups == 4);
    REQUIRE(report->problems.size() == 2);
    CHECK(report->problems[0].line == 6);
    CHECK(report->problems[0].reason.contains(QStringLiteral("already on line 4")));
    CHECK(report->problems[1].line == 7);
    CHECK(report->problems[1].reason.contains(QStringLiteral("already on line 5")));
}

TEST_CASE("Imported sales must predate the till's first sale and any closed day", "[import][sales]")
{
    SalesStore f;
    f.t.clock().set(QDateTime(QDate(2026, 11, 20), QTime(10, 0), Qt::UTC));
    REQUIRE(f.sell(QStringLiteral("CAFE-1"), 1, 1250).ok());
    f.t.clock().set(QDateTime(QDate(2026, 11, 24), QTime(10, 0), Qt::UTC));
    ImportOptions options;
    options.skipInvalid = true;
    auto report = importBytes(f.t, f.t.manager(), ImportEntity::Sales,
                              "sale_key,sold_at,sku,quantity,unit_price\n"
                              "1,2026-11-19T10:00:00Z,CAFE-1,1,12.50\n"
                              "2,2026-11-21T10:00:00Z,CAFE-1,1,12.50\n",
                              options);
    REQUIRE(report.ok());
    CHECK(report->importedGroups == 1);
    REQUIRE(report->problems.size() == 1);
    CHECK(report->problems.first().line == 3);
    CHECK(report->problems.first().reason.contains(QStringLiteral("predate")));
    CHECK(LedgerVerifier(f.t.db()).verify(f.t.manager())->ok());
}

TEST_CASE("Cancelling a sales import writes nothing", "[import][sales]")
{
    SalesStore f;
    const qint64 auditBefore = f.t.count(QStringLiteral("audit_log"));
    std::atomic<bool> cancel{true};
    ImportOptions options;
    options.cancel = &cancel;
    options.batchSize = 1;
    auto report = importBytes(f.t, f.t.manager(), ImportEntity::Sales, importCorpus("sales_two_sales.csv"), options);
    REQUIRE(report.ok());
    CHECK(report->cancelled);
    CHECK_FALSE(report->committed);
    CHECK(f.t.count(QStringLiteral("sale")) == 0);
    CHECK(f.t.count(QStringLiteral("sale_line")) == 0);
    CHECK(f.t.count(QStringLiteral("audit_log")) == auditBefore);
}

TEST_CASE("Sales survive an export and import round trip, split payments included", "[import][sales][roundtrip]")
{
    SalesStore source;
    SaleRequest split;
    split.lines = {LedgerFixture::line(QStringLiteral("CAFE-1"), 2), LedgerFixture::line(QStringLiteral("THE-2"), 1)};
    split.customerId = source.ana;
    split.payments = {LedgerFixture::pay(PaymentMethod::Card, 2000), LedgerFixture::pay(PaymentMethod::Cash, 920)};
    REQUIRE(SaleService(source.t.db(), source.t.clock()).record(source.t.associate(), split).ok());
    REQUIRE(source.sell(QStringLiteral("THE-2"), 3, 1260).ok());
    SaleRequest three;
    three.lines = {LedgerFixture::line(QStringLiteral("CAFE-1"), 1)};
    three.payments = {LedgerFixture::pay(PaymentMethod::Voucher, 250), LedgerFixture::pay(PaymentMethod::Cheque, 500),
                      LedgerFixture::pay(PaymentMethod::Card, 500)};
    REQUIRE(SaleService(source.t.db(), source.t.clock()).record(source.t.associate(), three).ok());

    const auto rows = [](TestDatabase &t) {
        QList<QStringList> out;
        REQUIRE(EntityRows::forEach(t.db(), ImportEntity::Sales, [&](const QList<Cell> &row) {
                    QStringList values;
                    for (const Cell &c : row)
                        values.append(c.type() == Cell::Type::Text ? c.text() : QString::number(c.integer()));
                    out.append(values);
                    return Status();
                }).ok());
        return out;
    };
    const QList<QStringList> exported = rows(source.t);
    REQUIRE(exported.size() == 4);
    CHECK(exported.first().last() == QStringLiteral("card 20.00 | cash 9.20"));

    const QString path = source.t.dir() + QStringLiteral("/sales.csv");
    ExportOptions options;
    options.separator = ';';
    auto written = ExportService(source.t.db(), source.t.clock()).exportEntity(source.t.manager(), ImportEntity::Sales, path, options);
    REQUIRE(written.ok());
    CHECK(*written == 4);

    SalesStore target;
    (void)target.t.associate(); // the seller's account, as the source store has it
    auto report = importBytes(target.t, target.t.manager(), ImportEntity::Sales, readFile(path));
    REQUIRE(report.ok());
    INFO((report->problems.isEmpty() ? QString() : report->problems.first().reason).toStdString());
    CHECK(report->problems.isEmpty());
    CHECK(report->importedGroups == 3);
    CHECK(rows(target.t) == exported);
    const Sale first = saleNumber(target.t, 1);
    REQUIRE(first.payments.size() == 2);
    CHECK(first.payments.at(0).method == PaymentMethod::Card);
    CHECK(first.payments.at(0).amountCents == 2000);
    CHECK(first.payments.at(1).method == PaymentMethod::Cash);
    CHECK(first.payments.at(1).amountCents == 920);
    CHECK(saleNumber(target.t, 3).payments.size() == 3);
    CHECK(LedgerVerifier(target.t.db()).verify(target.t.manager())->ok());
}

TEST_CASE("A payments column that does not add up to the lines rejects its sale", "[import][sales]")
{
    SalesStore f;
    ImportOptions options;
    options.skipInvalid = true;
    auto report = importBytes(f.t, f.t.manager(), ImportEntity::Sales,
                              "sale_key;sold_at;sku;quantity;unit_price;payments\n"
                              "1;2026-10-01T10:00:00Z;CAFE-1;2;12,50;card 20.00 | espèces 5,00\n" // 25,00: good
                              "2;2026-10-01T11:00:00Z;CAFE-1;1;12,50;card 10.00\n"                // short
                              "3;2026-10-02T10:00:00Z;CAFE-1;1;12,50;bitcoin 12.50\n",            // unknown method
                              options);
    REQUIRE(report.ok());
    CHECK(report->importedGroups == 1);
    REQUIRE(report->problems.size() == 2);
    CHECK(report->problems[0].line == 3);
    CHECK(report->problems[0].column == QStringLiteral("payments"));
    CHECK(report->problems[0].reason.contains(QStringLiteral("10,00")));
    CHECK(report->problems[1].line == 4);
    CHECK(report->problems[1].reason.contains(QStringLiteral("bitcoin 12.50")));
    const Sale sale = saleNumber(f.t, 1);
    REQUIRE(sale.payments.size() == 2);
    CHECK(sale.payments.at(1).method == PaymentMethod::Cash);
    CHECK(sale.payments.at(1).tenderedCents == 500);
}

TEST_CASE("A sale of more lines than one insert statement takes keeps every line in order", "[import][sales]")
{
    SalesStore f;
    QByteArray csv = "sale_key;sold_at;sku;quantity;unit_price\n";
    for (int i = 1; i <= 19; ++i)
        csv += "1;2026-10-01T10:00:00Z;" + QByteArray(i % 2 ? "CAFE-1" : "THE-2") + ';' + QByteArray::number(i) + ";1,00\n";
    auto report = importBytes(f.t, f.t.manager(), ImportEntity::Sales, csv);
    REQUIRE(report.ok());
    CHECK(report->problems.isEmpty());
    const Sale sale = saleNumber(f.t, 1);
    REQUIRE(sale.lines.size() == 19);
    for (int i = 1; i <= 19; ++i) {
        INFO("line " << i);
        CHECK(sale.lines.at(i - 1).lineNo == i);
        CHECK(sale.lines.at(i - 1).quantity == i);
        CHECK(sale.lines.at(i - 1).productId == (i % 2 ? f.cafe : f.the));
    }
    CHECK(sale.totalCents == 190 * 100);
    CHECK(sale.hash == saleHash(sale, sale.prevHash));
}

TEST_CASE("A database failure while the sales are being inserted writes nothing, bulk load or not", "[import][sales]")
{
    SalesStore f;
    const auto schema = [&f] {
        return f.t.scalar(QStringLiteral("SELECT group_concat(name, ',') FROM (SELECT name FROM sqlite_master "
                                         "WHERE type IN ('index', 'trigger') ORDER BY name)"))
            .toString();
    };
    const QString before = schema();
    const QList<qint64> counts = f.counts();
    // The insert thread meets an error on the 3rd sale's line (quantity 7).
    QSqlQuery q(f.t.db().connection());
    REQUIRE(q.exec(QStringLiteral("CREATE TRIGGER test_disk_on_fire BEFORE INSERT ON sale_line WHEN new.quantity = 7 "
                                  "BEGIN SELECT RAISE(ABORT, 'disk on fire'); END")));
    // 80 000 lines (3.4 MB): the bulk load, which drops the indexes and the summary triggers.
    const qint64 lines = GENERATE(qint64(5), qint64(80000));
    QByteArray csv = "sale_key;sold_at;sku;quantity;unit_price\n";
    for (qint64 i = 1; i <= lines; ++i)
        csv += QByteArray::number(i) + ";2026-10-01T10:00:00Z;CAFE-1;" + QByteArray(i == 3 ? "7" : "1") + ";12,50\n";
    INFO(lines << " lines");
    CHECK((lines < 10 || csv.size() / 60 > BulkIndexes::kWorthAbove));
    auto report = importBytes(f.t, f.t.manager(), ImportEntity::Sales, csv);
    REQUIRE_FALSE(report.ok());
    CHECK(report.error().message.contains(QStringLiteral("disk on fire")));
    CHECK(f.counts() == counts);
    CHECK(f.t.scalar(QStringLiteral("SELECT count(*) FROM daily_sales_summary")).toInt() == 0);
    REQUIRE(q.exec(QStringLiteral("DROP TRIGGER test_disk_on_fire")));
    CHECK(schema() == before); // dropped indexes and summary triggers are back
    CHECK(f.t.scalar(QStringLiteral("PRAGMA foreign_keys")).toInt() == 1);
}

TEST_CASE("A bulk sales import builds the KPI summaries as the SQL recomputation does, and writes every payment",
          "[import][sales][kpi]")
{
    SalesStore f;
    // 40 000 two-line sales (3.7 MB: the bulk load), their days out of order and coming back,
    // a third of them by the loyalty card holder, one in five paid in two parts.
    constexpr int kSales = 40000;
    QByteArray csv = "sale_key;sold_at;sku;quantity;unit_price;customer_card;payments\n";
    qint64 payments = 0;
    for (int k = 1; k <= kSales; ++k) {
        const QByteArray day = QDate(2025, 1, 1).addDays((k * 37) % 300).toString(Qt::ISODate).toLatin1();
        const QByteArray card = k % 3 == 0 ? "CARD001" : "";
        const QByteArray paid = k % 5 == 0 ? "card 10.00 | cash 10.90" : "";
        payments += k % 5 == 0 ? 2 : 1;
        const QByteArray head = QByteArray::number(k) + ';' + day + "T10:00:00Z;";
        csv += head + "CAFE-1;1;12,50;" + card + ';' + paid + '\n';
        csv += head + "THE-2;2;4,20;" + card + ';' + paid + '\n';
    }
    REQUIRE(csv.size() / 60 > BulkIndexes::kWorthAbove);
    auto report = importBytes(f.t, f.t.manager(), ImportEntity::Sales, csv);
    REQUIRE(report.ok());
    CHECK(report->problems.isEmpty());
    CHECK(report->importedGroups == kSales);
    CHECK(f.t.count(QStringLiteral("payment")) == payments);
    CHECK(f.t.scalar(QStringLiteral("SELECT sum(amount_cents) FROM payment")).toLongLong() == kSales * 2090LL);
    CHECK(f.t.scalar(QStringLiteral("SELECT count(*) FROM payment p JOIN sale s ON s.id = p.sale_id")).toLongLong() == payments);
    CHECK(LedgerVerifier(f.t.db()).verify(f.t.manager())->ok());
    // The bulk load ran without SQLite's foreign-key checks (BulkLoadMode): every reference
    // the writer wrote resolves, and the checks are back on.
    CHECK(f.t.scalar(QStringLiteral("PRAGMA foreign_keys")).toInt() == 1);
    QSqlQuery fk(f.t.db().connection());
    REQUIRE(fk.exec(QStringLiteral("PRAGMA foreign_key_check")));
    CHECK_FALSE(fk.next());

    const QList<QVariantList> built = summaryTables(f.t.db());
    CHECK(f.t.scalar(QStringLiteral("SELECT sum(sales_count) FROM daily_sales_summary")).toInt() == kSales);
    CHECK(f.t.scalar(QStringLiteral("SELECT count(*) FROM daily_sales_summary")).toInt() == 300);
    CHECK(f.t.scalar(QStringLiteral("SELECT sum(loyalty_cents) FROM daily_sales_summary")).toLongLong() == (kSales / 3) * 2090LL);
    REQUIRE(KpiRepository(f.t.db()).rebuildSummaries().ok());
    CHECK(summaryTables(f.t.db()) == built);
}
