#include "import/ImportTestSupport.h"

#include "services/CustomerService.h"
#include "services/ExportService.h"
#include "services/ProductService.h"
#include "services/StockService.h"
#include "services/export/EntityRows.h"
#include "storage/ImportBulkRepository.h"
#include "storage/StockRepository.h"

#include <catch2/catch.hpp>

#include <QFileInfo>

using namespace comptoir;
using namespace comptoir::test;

namespace {

void fillStore(TestDatabase &t)
{
    const Session m = t.manager();
    CustomerService customers(t.db(), t.clock());
    CustomerInput a;
    a.title = QStringLiteral("Mme");
    a.firstName = QString::fromUtf8("Hélène");
    a.lastName = QStringLiteral("=1+2\";=1+2");
    a.email = QStringLiteral("helene@example.fr");
    a.phone = QStringLiteral("06 12 34 56 78");
    a.address = QStringLiteral("3 rue des Lilas\nBâtiment B");
    a.postalCode = QStringLiteral("75011");
    a.city = QStringLiteral("Paris");
    a.birthDate = QDate(1980, 11, 23);
    a.loyaltyCard = QStringLiteral("CARD-1");
    a.status = CustomerStatus::Customer;
    a.notes = QStringLiteral("@ne pas appeler; -10 %");
    REQUIRE(customers.create(m, a).ok());
    CustomerInput b;
    b.firstName = QStringLiteral("Paul");
    b.lastName = QStringLiteral("Durand");
    REQUIRE(customers.create(m, b).ok());

    ProductService products(t.db(), t.clock());
    SupplierInput s;
    s.name = QStringLiteral("Verrerie du Nord");
    s.city = QStringLiteral("Lille");
    s.phone = QStringLiteral("03 20 00 00 00");
    auto supplier = products.createSupplier(m, s);
    REQUIRE(supplier.ok());
    auto category = products.createCategory(m, QStringLiteral("Maison"));
    REQUIRE(category.ok());
    ProductInput p;
    p.sku = QStringLiteral("VASE-1");
    p.ean13 = QStringLiteral("4006381333931");
    p.name = QStringLiteral("Vase « Œuvre »");
    p.categoryId = *category;
    p.supplierId = *supplier;
    p.price = Money::fromEuros(1234, 50);
    p.vatRateBp = 550;
    p.cost = Money::fromEuros(300, 5);
    p.reorderThreshold = 3;
    auto vase = products.create(m, p);
    REQUIRE(vase.ok());
    StockService stock(t.db(), t.clock());
    REQUIRE(stock.recordDelivery(m, *vase, 10, QStringLiteral("bon 42"), *supplier).ok());
    t.clock().advanceSeconds(60);
    REQUIRE(stock.recordLoss(m, *vase, 2, QStringLiteral("casse")).ok());
}

/** Every stored value of an entity, as the exporter sees it, for comparison. */
QList<QList<QString>> snapshot(TestDatabase &t, ImportEntity entity)
{
    QList<QList<QString>> out;
    REQUIRE(EntityRows::forEach(t.db(), entity, [&](const QList<Cell> &row) {
                QList<QString> values;
                for (const Cell &c : row)
                    values.append(c.type() == Cell::Type::Text ? c.text()
                                  : c.type() == Cell::Type::Date ? c.date().toString(Qt::ISODate)
                                                                 : QString::number(c.integer()));
                out.append(values);
                return Status();
            }).ok());
    return out;
}

} // namespace

TEST_CASE("Export then import gives identical data for every entity", "[export][roundtrip]")
{
    TestDatabase source;
    fillStore(source);
    TestDatabase target;
    const auto separator = GENERATE(';', ',');
    const auto encoding = GENERATE(TextEncoding::Utf8, TextEncoding::Windows1252);
    ExportService exporter(source.db(), source.clock());
    ExportOptions options;
    options.separator = separator;
    options.encoding = encoding;
    // Suppliers and products first: the later files refer to them by name and SKU.
    for (ImportEntity entity : {ImportEntity::Suppliers, ImportEntity::Products, ImportEntity::Customers,
                                ImportEntity::StockMoves}) {
        INFO(toString(entity).toStdString());
        const QString path = source.dir() + QStringLiteral("/") + toString(entity) + QStringLiteral(".csv");
        auto rows = exporter.exportEntity(source.manager(), entity, path, options);
        REQUIRE(rows.ok());
        CHECK(*rows == snapshot(source, entity).size());
        auto report = importBytes(target, target.manager(), entity, readFile(path));
        REQUIRE(report.ok());
        CHECK(report->problems.isEmpty());
        CHECK(report->imported == *rows);
        CHECK(snapshot(target, entity) == snapshot(source, entity));
    }
    CHECK(StockRepository(target.db()).reconcile()->isEmpty());
}

TEST_CASE("Exported customers are protected against formula injection", "[export][security]")
{
    TestDatabase t;
    fillStore(t);
    ExportService exporter(t.db(), t.clock());
    const QString path = t.dir() + QStringLiteral("/customers.csv");
    auto rows = exporter.exportEntity(t.manager(), ImportEntity::Customers, path);
    REQUIRE(rows.ok());
    CHECK(*rows == 2);
    const QString text = QString::fromUtf8(readFile(path));
    CHECK(text.contains(QStringLiteral("\"'=1+2\"\";=1+2\"")));
    CHECK(text.contains(QStringLiteral("\"'@ne pas appeler; -10 %\"")));
    CHECK(text.contains(QStringLiteral("\"'+33612345678\"")));
    CHECK(t.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'export' AND entity = 'customers'"))
              .toInt() == 1);
}

TEST_CASE("Interns and technicians may not export customers, export.run covers the rest", "[export][permissions]")
{
    TestDatabase t;
    fillStore(t);
    ExportService exporter(t.db(), t.clock());
    const QString path = t.dir() + QStringLiteral("/out.csv");
    for (const Session &s : {t.intern(), t.technician()}) {
        auto rows = exporter.exportEntity(s, ImportEntity::Customers, path);
        REQUIRE_FALSE(rows.ok());
        CHECK(rows.error().code == ErrorCode::PermissionDenied);
        auto listed = exporter.exportRows(s, QStringLiteral("customers"), true, {QStringLiteral("name")},
                                          {{Cell::text(QStringLiteral("Anne"))}}, path);
        CHECK_FALSE(listed.ok());
    }
    CHECK_FALSE(QFileInfo::exists(path));
    auto products = exporter.exportEntity(t.intern(), ImportEntity::Products, path);
    CHECK_FALSE(products.ok());
    auto byAssociate = exporter.exportEntity(t.associate(), ImportEntity::Products, path);
    REQUIRE(byAssociate.ok());
    CHECK(*byAssociate == 1);
}

TEST_CASE("The rows a list shows export as XLSX and CSV", "[export]")
{
    TestDatabase t;
    ExportService exporter(t.db(), t.clock());
    const QList<QList<Cell>> rows = {{Cell::text(QStringLiteral("Anne")), Cell::money(Money::fromEuros(12, 5))},
                                     {Cell::text(QStringLiteral("=cmd")), Cell::integer(3)}};
    const QStringList columns = {QStringLiteral("Name"), QStringLiteral("Total")};
    ExportOptions xlsx;
    xlsx.format = ExportOptions::Format::Xlsx;
    auto written = exporter.exportRows(t.manager(), QStringLiteral("sales"), false, columns, rows,
                                       t.dir() + QStringLiteral("/list.xlsx"), xlsx);
    REQUIRE(written.ok());
    CHECK(*written == 2);
    CHECK(readFile(t.dir() + QStringLiteral("/list.xlsx")).startsWith("PK"));
    auto csv = exporter.exportRows(t.manager(), QStringLiteral("sales"), false, columns, rows,
                                   t.dir() + QStringLiteral("/list.csv"));
    REQUIRE(csv.ok());
    CHECK(readFile(t.dir() + QStringLiteral("/list.csv")) ==
          "\"Name\";\"Total\"\r\n\"Anne\";12,05\r\n\"'=cmd\";3\r\n");
}
