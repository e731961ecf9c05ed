#include "DemoTestSupport.h"

#include "demo/DemoAccounts.h"

#include <catch2/catch.hpp>

using namespace comptoir;
using namespace comptoir::test;

TEST_CASE("The same seed and end date give the same store, another seed gives another", "[demo]")
{
    DemoStore &a = sharedDemoStore();
    auto b = generateDemoStore(smallDemoOptions(7));
    for (const QString &table : kContentTables) {
        INFO(table.toStdString());
        CHECK(tableHash(*a.db, table) == tableHash(*b->db, table));
    }
    auto c = generateDemoStore(smallDemoOptions(8));
    CHECK(tableHash(*a.db, QStringLiteral("customer")) != tableHash(*c->db, QStringLiteral("customer")));
    CHECK(tableHash(*a.db, QStringLiteral("sale")) != tableHash(*c->db, QStringLiteral("sale")));

    demo::DemoOptions later = smallDemoOptions(7);
    later.endDate = demoEndDate().addDays(1);
    auto d = generateDemoStore(later);
    CHECK(tableHash(*a.db, QStringLiteral("sale")) != tableHash(*d->db, QStringLiteral("sale")));
}

TEST_CASE("The counts match the options", "[demo]")
{
    DemoStore &s = sharedDemoStore();
    const demo::DemoOptions o = smallDemoOptions();
    CHECK(value(*s.db, QStringLiteral("SELECT count(*) FROM customer")).toInt() == o.customers);
    CHECK(value(*s.db, QStringLiteral("SELECT count(*) FROM product")).toInt() == o.products);
    CHECK(value(*s.db, QStringLiteral("SELECT count(*) FROM sale")).toInt() == o.sales);
    CHECK(s.counts.customers == o.customers);
    CHECK(s.counts.sales == o.sales);
    CHECK(s.counts.saleLines == value(*s.db, QStringLiteral("SELECT count(*) FROM sale_line")).toLongLong());
    CHECK(s.counts.payments == value(*s.db, QStringLiteral("SELECT count(*) FROM payment")).toLongLong());
    CHECK(s.counts.stockMoves == value(*s.db, QStringLiteral("SELECT count(*) FROM stock_move")).toLongLong());
    CHECK(s.counts.revenueCents == value(*s.db, QStringLiteral("SELECT sum(total_cents) FROM sale")).toLongLong());
    CHECK(value(*s.db, QStringLiteral("SELECT count(*) FROM category")).toInt() == 12);
    CHECK(value(*s.db, QStringLiteral("SELECT count(*) FROM supplier")).toInt() >= 20);

    const QList<QVariantList> store = rows(*s.db, QStringLiteral("SELECT code, name, postal_code, city, phone, siret FROM store"));
    REQUIRE(store.size() == 1);
    CHECK(store[0][0].toString() == QStringLiteral("LYON01"));
    CHECK(store[0][1].toString() == QStringLiteral("Comptoir de Lyon"));
    CHECK(store[0][2].toString() == QStringLiteral("69002"));
    CHECK(store[0][3].toString() == QStringLiteral("Lyon"));
    CHECK(validation::phone(store[0][4].toString()).value() == store[0][4].toString());
    CHECK(store[0][5].toString().size() == 14);
}

TEST_CASE("The demo accounts exist with their roles and no password yet", "[demo]")
{
    DemoStore &s = sharedDemoStore();
    const QList<demo::DemoAccount> &accounts = demo::demoAccounts();
    REQUIRE(accounts.size() == 7);
    for (const demo::DemoAccount &a : accounts) {
        INFO(a.login.toStdString());
        const QList<QVariantList> r = rows(*s.db, QStringLiteral("SELECT u.display_name, r.code, u.password_hash FROM app_user u "
                                                                 "JOIN role r ON r.id = u.role_id WHERE u.login = '%1'")
                                                      .arg(a.login));
        REQUIRE(r.size() == 1);
        CHECK(r[0][0].toString() == a.displayName);
        CHECK(r[0][1].toString() == a.roleCode);
        CHECK(r[0][2].toString().isEmpty());
    }
    CHECK(accounts.first().login == QStringLiteral("directeur"));
    CHECK(accounts.first().displayName == QStringLiteral("Claire Martin"));
    CHECK(accounts.at(1).login == QStringLiteral("vendeur"));
    CHECK(accounts.at(1).displayName == QStringLiteral("Julien Roux"));
    for (const QString &role : {QStringLiteral("manager"), QStringLiteral("sales_associate"), QStringLiteral("intern"),
                               QStringLiteral("technician")}) {
        CHECK(std::any_of(accounts.begin(), accounts.end(), [&](const demo::DemoAccount &a) { return a.roleCode == role; }));
    }
    // The technician never sells; several staff members share the sales.
    CHECK(value(*s.db, QStringLiteral("SELECT count(*) FROM sale s JOIN app_user u ON u.id = s.user_id "
                                      "WHERE u.login = 'technicien'"))
              .toInt()
          == 0);
    CHECK(value(*s.db, QStringLiteral("SELECT count(DISTINCT user_id) FROM sale")).toInt() >= 5);
}

TEST_CASE("Bad options are rejected, naming the option", "[demo]")
{
    demo::DemoOptions o = smallDemoOptions();
    o.complaintCategories = {{1, QStringLiteral("other"), QStringLiteral("Autre"), 14}};
    REQUIRE(demo::DemoGenerator::validate(o).ok());

    auto rejects = [](const demo::DemoOptions &bad, const char *field) {
        const Status s = demo::DemoGenerator::validate(bad);
        REQUIRE_FALSE(s.ok());
        CHECK(s.error().field == QLatin1String(field));
    };
    demo::DemoOptions bad = o;
    bad.customers = -1;
    rejects(bad, "customers");
    bad = o;
    bad.products = 0;
    rejects(bad, "products");
    bad = o;
    bad.sales = -5;
    rejects(bad, "sales");
    bad = o;
    bad.endDate = QDate();
    rejects(bad, "end_date");
    bad = o;
    bad.storeName = QStringLiteral("   ");
    rejects(bad, "store_name");

    CHECK(demo::DemoGenerator::validateCategories(o).ok());
    bad = o;
    bad.complaintCategories.clear();
    CHECK(demo::DemoGenerator::validateCategories(bad).error().field == QStringLiteral("complaint_categories"));
    bad.complaintCategories = {{1, QStringLiteral("other"), QStringLiteral("Autre"), 0}};
    CHECK(demo::DemoGenerator::validateCategories(bad).error().field == QStringLiteral("complaint_categories"));
}

TEST_CASE("Generating with bad options writes nothing", "[demo]")
{
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("bad.db")));
    REQUIRE(db.ok());
    const qint64 usersBefore = value(**db, QStringLiteral("SELECT count(*) FROM app_user")).toLongLong();
    for (int variant = 0; variant < 2; ++variant) {
        demo::DemoOptions o = smallDemoOptions();
        if (variant == 0)
            o.sales = -1; // a bad count
        // variant 1: no complaint categories
        demo::DemoStoreWriter writer(**db);
        REQUIRE(writer.begin().ok());
        demo::DemoGenerator generator(o, writer);
        const Status s = generator.run();
        REQUIRE_FALSE(s.ok());
        CHECK(s.error().code == ErrorCode::Validation);
        writer.rollback();
    }
    CHECK(value(**db, QStringLiteral("SELECT count(*) FROM store")).toInt() == 0);
    CHECK(value(**db, QStringLiteral("SELECT count(*) FROM customer")).toInt() == 0);
    CHECK(value(**db, QStringLiteral("SELECT count(*) FROM app_user")).toLongLong() == usersBefore);
}
