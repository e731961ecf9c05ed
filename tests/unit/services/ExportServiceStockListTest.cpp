// "Export this list" on the stock page: the file holds the products the list shows with its
// filter (below threshold, a search), the audit entry names the filter and the row count,
// and "export.run" is required.
#include "ExportTestSupport.h"

#include "TestDatabase.h"

#include "io/CsvReader.h"
#include "services/ExportService.h"
#include "services/ProductService.h"
#include "services/StockListService.h"
#include "services/StockService.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

using namespace comptoir;
using namespace comptoir::test;

namespace {

QStringList skusOf(const QList<QStringList> &rows)
{
    QStringList skus;
    for (const QStringList &r : rows)
        skus << r.at(0);
    return skus;
}

struct StockListFixture {
    test::TestDatabase t;
    ProductService products{t.db(), t.clock()};
    StockService stock{t.db(), t.clock()};
    Session manager = t.manager();

    StockListFixture()
    {
        // sku, name, threshold, level: three under their threshold, one of them inactive.
        add("CAB-01", "Câble USB-C", 10, 3);
        add("CAB-02", "Câble HDMI", 5, 5);      // at the threshold: not an alert
        add("CHG-01", "Chargeur 65 W", 8, 1);
        add("ECR-01", "Écran 27 pouces", 2, 0);
        add("SOU-01", "Souris sans fil", 0, 12);
        add("CAB-03", "Câble Ethernet", 4, 0, false); // inactive: never an alert
    }

    void add(const char *sku, const char *name, qint64 threshold, qint64 level, bool active = true)
    {
        ProductInput p;
        p.sku = QString::fromLatin1(sku);
        p.name = QString::fromUtf8(name);
        p.price = Money::fromEuros(10);
        p.reorderThreshold = threshold;
        p.active = active;
        const qint64 id = products.create(manager, p).value();
        if (level > 0)
            REQUIRE(stock.recordDelivery(manager, id, level).ok());
    }

    /** The SKUs the stock page shows for `filter` (every page). */
    QStringList shown(const StockListFilter &filter)
    {
        StockListService list(t.db(), t.clock());
        auto rows = list.list(manager, filter, 0, 1000);
        REQUIRE(rows.ok());
        QStringList skus;
        for (const Product &p : *rows)
            skus << p.sku;
        return skus;
    }
};

} // namespace

TEST_CASE_METHOD(StockListFixture, "Export this list: the stock products with the page's filter", "[export][list][stock]")
{
    ExportService exporter(t.db(), t.clock());
    const QString path = t.dir() + QStringLiteral("/stock.csv");

    SECTION("below threshold only: the three alerts, as the list orders them")
    {
        StockListFilter filter;
        filter.belowThreshold = true;
        const QStringList expected = shown(filter);
        QStringList sorted = expected;
        sorted.sort();
        REQUIRE(sorted == (QStringList{QStringLiteral("CAB-01"), QStringLiteral("CHG-01"), QStringLiteral("ECR-01")}));
        auto rows = exporter.exportStockList(manager, filter, path);
        REQUIRE(rows.ok());
        CHECK(*rows == 3);
        QStringList header;
        const QList<QStringList> file = readExportedCsv(path, &header);
        CHECK(header == (QStringList{QStringLiteral("sku"), QStringLiteral("name"), QStringLiteral("category"),
                                     QStringLiteral("price"), QStringLiteral("stock_level"),
                                     QStringLiteral("reorder_threshold")}));
        CHECK(skusOf(file) == expected);
        for (const QStringList &row : file) {
            if (row.at(0) == u"CHG-01") {
                CHECK(row.at(1) == QStringLiteral("Chargeur 65 W"));
                CHECK(row.at(4) == QStringLiteral("1"));
                CHECK(row.at(5) == QStringLiteral("8"));
            }
        }
        const QString changes =
            t.scalar(QStringLiteral("SELECT changes FROM audit_log WHERE action = 'export' AND entity = 'stock'")).toString();
        const QJsonObject audit = QJsonDocument::fromJson(changes.toUtf8()).object();
        CHECK(audit.value(QStringLiteral("rows")).toObject().value(QStringLiteral("after")).toInt() == 3);
        CHECK(audit.value(QStringLiteral("filter")).toObject().value(QStringLiteral("after")).toString()
              == QStringLiteral("below threshold"));
        CHECK(t.scalar(QStringLiteral("SELECT scope FROM audit_log WHERE action = 'export'")).toString()
              == QStringLiteral("business"));
    }
    SECTION("below threshold and a search: the alerts whose name or SKU matches")
    {
        StockListFilter filter;
        filter.belowThreshold = true;
        filter.search = QStringLiteral("câble");
        REQUIRE(shown(filter) == QStringList{QStringLiteral("CAB-01")});
        auto rows = exporter.exportStockList(manager, filter, path);
        REQUIRE(rows.ok());
        CHECK(*rows == 1);
        CHECK(skusOf(readExportedCsv(path)) == QStringList{QStringLiteral("CAB-01")});
        CHECK(t.scalar(QStringLiteral("SELECT changes FROM audit_log WHERE action = 'export'"))
                  .toString()
                  .contains(QStringLiteral("below threshold, search: câble")));
    }
    SECTION("no filter: every product, in the list's order")
    {
        const QStringList expected = shown(StockListFilter{});
        REQUIRE(expected.size() == 6);
        auto rows = exporter.exportStockList(manager, StockListFilter{}, path);
        REQUIRE(rows.ok());
        CHECK(*rows == 6);
        CHECK(skusOf(readExportedCsv(path)) == expected);
    }
}

TEST_CASE_METHOD(StockListFixture, "The intern does not export the stock list", "[export][list][stock][permissions]")
{
    ExportService exporter(t.db(), t.clock());
    const QString path = t.dir() + QStringLiteral("/stock.csv");
    auto rows = exporter.exportStockList(t.intern(), StockListFilter{}, path);
    REQUIRE_FALSE(rows.ok());
    CHECK(rows.error().message == QStringLiteral("permission denied: export.run"));
    CHECK_FALSE(QFileInfo::exists(path));
    CHECK(t.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'export'")).toInt() == 0);
}
