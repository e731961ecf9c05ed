// ExportService: the filtered customers list, permissions, cancel, the streaming export
// (same rows in the same order as the former OFFSET paging) and the sale-lines export.
#include "ExportTestSupport.h"

#include "TestDatabase.h"

#include "io/CsvReader.h"
#include "services/CustomerService.h"
#include "services/ExportService.h"
#include "services/export/EntityRows.h"
#include "storage/CustomerRepository.h"
#include "storage/ProductRepository.h"
#include "storage/SupplierRepository.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSqlQuery>

using namespace comptoir;
using namespace comptoir::test;
using namespace Qt::StringLiterals;

namespace {

void exec(TestDatabase &t, const QString &sql)
{
    QSqlQuery q(t.db().connection());
    INFO(sql.toStdString());
    REQUIRE(q.exec(sql));
}

/** `n` customers with many equal names, so the order's tie-breaks (first name, postal code, id) matter. */
void insertCustomers(TestDatabase &t, int n)
{
    exec(t, QStringLiteral(
                "WITH RECURSIVE i(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM i WHERE x < %1) "
                "INSERT INTO customer(status, title, first_name, last_name, email, phone, address, postal_code, city, "
                "birth_date, loyalty_card, source_channel, notes, created_at, updated_at) "
                "SELECT CASE x % 3 WHEN 0 THEN 'prospect' ELSE 'customer' END, CASE x % 2 WHEN 0 THEN 'Mme' ELSE '' END, "
                "'Prénom' || (x % 7), "
                "CASE x % 5 WHEN 0 THEN 'Martin' WHEN 1 THEN 'dupont' WHEN 2 THEN 'Dupont' WHEN 3 THEN 'Éluard' ELSE 'Durand' END, "
                "CASE WHEN x % 4 = 0 THEN NULL ELSE 'c' || x || '@example.fr' END, "
                "CASE WHEN x % 6 = 0 THEN NULL ELSE '+336' || printf('%08d', x) END, x || ' rue des Lilas', "
                "printf('%05d', 69000 + x % 11), 'Lyon', "
                "CASE WHEN x % 3 = 0 THEN NULL ELSE date('1950-01-01', '+' || x || ' days') END, "
                "CASE WHEN x % 2 = 0 THEN 'CARD-' || x ELSE NULL END, 'store', CASE WHEN x % 9 = 0 THEN '=1+2' ELSE '' END, "
                "'2026-11-24T09:00:00Z', '2026-11-24T09:00:00Z' FROM i")
                .arg(n));
}

QString show(const Cell &c)
{
    switch (c.type()) {
    case Cell::Type::Text: return QStringLiteral("T:") + c.text();
    case Cell::Type::Date: return QStringLiteral("D:") + c.date().toString(Qt::ISODate);
    case Cell::Type::Empty: return QStringLiteral("E");
    default: return QStringLiteral("N:") + QString::number(c.integer());
    }
}

QStringList showRow(const QList<Cell> &row)
{
    QStringList out;
    for (const Cell &c : row)
        out << show(c);
    return out;
}

QList<QStringList> streamed(TestDatabase &t, const QString &entity)
{
    QList<QStringList> out;
    REQUIRE(EntityRows::forEach(t.db(), entity, [&](const QList<Cell> &row) {
                out.append(showRow(row));
                return Status();
            }).ok());
    return out;
}

} // namespace

TEST_CASE("The customers export streams the same rows in the same order as the former paged export", "[export][speed]")
{
    TestDatabase t;
    insertCustomers(t, 10000);
    // The former export: CustomerRepository::list with OFFSET paging, 5000 rows a page.
    QList<QStringList> paged;
    CustomerRepository repo(t.db());
    for (int offset = 0;; offset += 5000) {
        auto page = repo.list(offset, 5000);
        REQUIRE(page.ok());
        for (const Customer &c : *page)
            paged.append(showRow(EntityRows::customerCells(c)));
        if (page->size() < 5000)
            break;
    }
    const QList<QStringList> stream = streamed(t, QStringLiteral("customers"));
    REQUIRE(paged.size() == 10000);
    CHECK(stream.size() == paged.size());
    CHECK(stream == paged);
}

TEST_CASE("The products export streams the same rows in the same order as the former paged export", "[export][speed]")
{
    TestDatabase t;
    exec(t, QStringLiteral("INSERT INTO supplier(name, created_at) VALUES ('Verrerie', '2026-11-24T09:00:00Z'), "
                           "('Papeterie', '2026-11-24T09:00:00Z')"));
    exec(t, QStringLiteral("INSERT INTO category(name) VALUES ('Maison')"));
    exec(t, QStringLiteral(
                "WITH RECURSIVE i(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM i WHERE x < 10000) "
                "INSERT INTO product(sku, ean13, name, category_id, supplier_id, price_cents, vat_rate_bp, cost_cents, "
                "reorder_threshold, active, created_at, updated_at) "
                "SELECT 'SKU-' || x, CASE WHEN x % 2 = 0 THEN printf('%013d', x) ELSE NULL END, 'Article ' || (x % 50), "
                "CASE WHEN x % 3 = 0 THEN NULL ELSE 1 END, CASE WHEN x % 4 = 0 THEN NULL ELSE 1 + x % 2 END, x * 7, "
                "CASE x % 3 WHEN 0 THEN 2000 WHEN 1 THEN 550 ELSE 210 END, x * 3, x % 5, x % 7 <> 0, "
                "'2026-11-24T09:00:00Z', '2026-11-24T09:00:00Z' FROM i"));
    // The former export: ProductRepository::list with OFFSET paging and the supplier names.
    QHash<qint64, QString> suppliers;
    auto supplierList = SupplierRepository(t.db()).list();
    REQUIRE(supplierList.ok());
    for (const Supplier &s : *supplierList)
        suppliers.insert(s.id, s.name);
    QList<QStringList> paged;
    ProductRepository repo(t.db());
    for (int offset = 0;; offset += 5000) {
        auto page = repo.list(offset, 5000);
        REQUIRE(page.ok());
        for (const Product &p : *page) {
            paged.append(showRow({p.sku, p.ean13, p.name, p.categoryName, suppliers.value(p.supplierId),
                                  Cell::money(p.price), vatRateText(p.vatRateBp), Cell::money(p.cost),
                                  Cell::integer(p.reorderThreshold), Cell::boolean(p.active)}));
        }
        if (page->size() < 5000)
            break;
    }
    const QList<QStringList> stream = streamed(t, QStringLiteral("products"));
    REQUIRE(paged.size() == 10000);
    CHECK(stream == paged);
}

TEST_CASE("Export this list: the exported rows are the customers list with its search", "[export][list]")
{
    TestDatabase t;
    insertCustomers(t, 300);
    REQUIRE(CustomerRepository(t.db()).rebuildSearchIndex().ok());
    ExportService exporter(t.db(), t.clock());
    CustomerService customers(t.db(), t.clock());
    const Session s = t.associate();
    const QString path = t.dir() + QStringLiteral("/list.csv");

    SECTION("a search: the best matches the list shows, in its order")
    {
        auto shown = customers.search(s, QStringLiteral("dupont"), 200);
        REQUIRE(shown.ok());
        REQUIRE(shown->size() > 50);
        CustomerListFilter filter;
        filter.search = QStringLiteral("dupont");
        auto rows = exporter.exportCustomerList(s, filter, path);
        REQUIRE(rows.ok());
        CHECK(*rows == shown->size());
        const QList<QStringList> file = readExportedCsv(path);
        REQUIRE(file.size() == shown->size());
        for (int i = 0; i < file.size(); ++i) {
            CHECK(file.at(i).at(2) == shown->at(i).lastName);
            CHECK(file.at(i).at(3) == shown->at(i).email);
        }
        CHECK(t.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'export' AND entity = 'customers' "
                                      "AND changes LIKE '%dupont%'"))
                  .toInt() == 1);
    }
    SECTION("no search: every customer, by name")
    {
        auto shown = customers.list(s, 0, 1000);
        REQUIRE(shown.ok());
        auto rows = exporter.exportCustomerList(s, CustomerListFilter{}, path);
        REQUIRE(rows.ok());
        CHECK(*rows == 300);
        const QList<QStringList> file = readExportedCsv(path);
        REQUIRE(file.size() == shown->size());
        for (int i = 0; i < file.size(); ++i)
            CHECK(file.at(i).at(3) == shown->at(i).email);
    }
}

TEST_CASE("An intern or the technician is refused the customers list export and nothing is written", "[export][permissions]")
{
    TestDatabase t;
    insertCustomers(t, 20);
    ExportService exporter(t.db(), t.clock());
    const QString path = t.dir() + QStringLiteral("/list.csv");
    CustomerListFilter filter;
    filter.search = QStringLiteral("dupont");
    for (const Session &s : {t.intern(), t.technician()}) {
        auto rows = exporter.exportCustomerList(s, filter, path);
        REQUIRE_FALSE(rows.ok());
        CHECK(rows.error().message == QStringLiteral("permission denied: customer.export"));
        auto all = exporter.exportCustomerList(s, CustomerListFilter{}, path);
        CHECK_FALSE(all.ok());
        auto sales = exporter.exportEntity(s, QStringLiteral("sales"), path);
        CHECK_FALSE(sales.ok());
    }
    CHECK_FALSE(QFileInfo::exists(path));
    CHECK(t.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'export'")).toInt() == 0);
}

TEST_CASE("A cancelled export writes no file, progress is reported", "[export][cancel]")
{
    TestDatabase t;
    insertCustomers(t, 5000);
    ExportService exporter(t.db(), t.clock());
    const QString path = t.dir() + QStringLiteral("/all.csv");
    std::atomic<bool> cancel{false};
    qint64 lastRows = 0;
    qint64 lastTotal = 0;
    ExportOptions options;
    options.cancel = &cancel;
    options.progress = [&](qint64 rows, qint64 total) {
        lastRows = rows;
        lastTotal = total;
        cancel = true; // stop at the first progress call
    };
    auto rows = exporter.exportEntity(t.manager(), ImportEntity::Customers, path, options);
    REQUIRE_FALSE(rows.ok());
    CHECK(ExportService::isCancelled(rows.error()));
    CHECK_FALSE(QFileInfo::exists(path));
    CHECK(lastRows > 0);
    CHECK(lastRows < 5000);
    CHECK(lastTotal == 5000);
    CHECK(t.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'export'")).toInt() == 0);

    cancel = false;
    options.progress = [&](qint64 r, qint64 total) {
        lastRows = r;
        lastTotal = total;
    };
    auto again = exporter.exportEntity(t.manager(), ImportEntity::Customers, path, options);
    REQUIRE(again.ok());
    CHECK(*again == 5000);
    CHECK(lastRows == 5000);
}

TEST_CASE("The sales export writes one row per sale line in the agreed columns", "[export][sales]")
{
    TestDatabase t;
    insertCustomers(t, 3);
    if (t.scalar(QStringLiteral("SELECT count(*) FROM store")).toInt() == 0)
        exec(t, QStringLiteral("INSERT INTO store(code, name, created_at) VALUES ('S1', 'Boutique', '2026-11-24T09:00:00Z')"));
    const Session m = t.manager();
    exec(t, QStringLiteral("INSERT INTO product(id, sku, ean13, name, price_cents, vat_rate_bp, created_at, updated_at) VALUES "
                           "(1, 'VASE-1', '4006381333931', 'Vase', 1250, 2000, '2026-11-24T09:00:00Z', '2026-11-24T09:00:00Z'), "
                           "(2, 'LIVRE-2', NULL, 'Livre', 990, 550, '2026-11-24T09:00:00Z', '2026-11-24T09:00:00Z')"));
    const QString store = QStringLiteral("(SELECT min(id) FROM store)");
    exec(t, QStringLiteral("INSERT INTO sale(id, store_id, number, customer_id, user_id, at, business_day, total_cents, "
                           "total_excl_cents, vat_cents, item_count, prev_hash, hash) VALUES "
                           "(10, %1, 7, 2, %2, '2026-11-20T10:15:00Z', '2026-11-20', 3490, 2900, 590, 3, '', 'h1'), "
                           "(11, %1, 8, NULL, NULL, '2026-11-21T16:00:00Z', '2026-11-21', 990, 938, 52, 1, 'h1', 'h2')")
                .arg(store)
                .arg(m.userId));
    exec(t, QStringLiteral("INSERT INTO sale_line(sale_id, line_no, product_id, quantity, unit_price_cents, discount_cents, "
                           "vat_rate_bp, total_cents) VALUES (10, 2, 2, 1, 990, 0, 550, 990), (10, 1, 1, 2, 1250, 0, 2000, 2500), "
                           "(11, 1, 2, 1, 990, 0, 550, 990)"));
    exec(t, QStringLiteral("INSERT INTO payment(sale_id, method, amount_cents) VALUES (10, 'cash', 490), (10, 'card', 3000), "
                           "(11, 'cheque', 990)"));
    ExportService exporter(t.db(), t.clock());
    const QString path = t.dir() + QStringLiteral("/sales.csv");
    auto rows = exporter.exportEntity(m, QStringLiteral("sale-lines"), path);
    REQUIRE(rows.ok());
    CHECK(*rows == 3);
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CsvReader reader(&file);
    CHECK(reader.next()->fields == QStringList{u"sale_key"_s, u"sold_at"_s, u"customer_email"_s, u"customer_card"_s, u"sku"_s, u"ean13"_s,
                                               u"quantity"_s, u"unit_price"_s, u"discount"_s, u"vat_rate"_s, u"payment_method"_s,
                                               u"staff_login"_s, u"payments"_s});
    const QString email = t.scalar(QStringLiteral("SELECT coalesce(email, '') FROM customer WHERE id = 2")).toString();
    const QString card = t.scalar(QStringLiteral("SELECT coalesce(loyalty_card, '') FROM customer WHERE id = 2")).toString();
    CHECK(reader.next()->fields == QStringList{u"7"_s, u"2026-11-20T10:15:00Z"_s, email, card, u"VASE-1"_s, u"4006381333931"_s, u"2"_s,
                                               u"12,50"_s, u"0,00"_s, u"20"_s, u"card"_s, m.login,
                                               u"cash 4.90 | card 30.00"_s});
    CHECK(reader.next()->fields ==
          QStringList{u"7"_s, u"2026-11-20T10:15:00Z"_s, email, card, u"LIVRE-2"_s, u""_s, u"1"_s, u"9,90"_s, u"0,00"_s, u"5,5"_s, u"card"_s, m.login,
                      u"cash 4.90 | card 30.00"_s});
    CHECK(reader.next()->fields ==
          QStringList{u"8"_s, u"2026-11-21T16:00:00Z"_s, u""_s, u""_s, u"LIVRE-2"_s, u""_s, u"1"_s, u"9,90"_s, u"0,00"_s, u"5,5"_s, u"cheque"_s, u""_s,
                      u"cheque 9.90"_s});
    CHECK_FALSE(reader.next().has_value());
}
