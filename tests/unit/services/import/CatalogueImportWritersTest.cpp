#include "ImportTestSupport.h"

#include "services/ProductService.h"
#include "storage/StockRepository.h"

#include <catch2/catch.hpp>

using namespace comptoir;
using namespace comptoir::test;

namespace {

qint64 addProduct(TestDatabase &t, const char *sku, const char *ean = "")
{
    ProductInput in;
    in.sku = QLatin1String(sku);
    in.ean13 = QLatin1String(ean);
    in.name = QStringLiteral("Article ") + in.sku;
    in.price = Money::fromEuros(10);
    ProductService svc(t.db(), t.clock());
    auto id = svc.create(t.manager(), in);
    REQUIRE(id.ok());
    return *id;
}

} // namespace

TEST_CASE("A stock move naming an unknown product is rejected on its line", "[import][stock]")
{
    TestDatabase t;
    const qint64 id = addProduct(t, "ABC-1");
    const QByteArray file = importCorpus("stock_unknown_product.csv");

    auto strict = importBytes(t, t.manager(), ImportEntity::StockMoves, file);
    REQUIRE(strict.ok());
    REQUIRE(strict->problems.size() == 1);
    CHECK(strict->problems.first().line == 3);
    CHECK(strict->problems.first().column == QString::fromUtf8("Référence"));
    CHECK(strict->problems.first().reason.contains(QStringLiteral("NOPE-9")));
    CHECK(t.count(QStringLiteral("stock_move")) == 0);
    CHECK(t.count(QStringLiteral("stock_level")) == 0);

    ImportOptions options;
    options.skipInvalid = true;
    auto lenient = importBytes(t, t.manager(), ImportEntity::StockMoves, file, options);
    REQUIRE(lenient.ok());
    CHECK(lenient->imported == 2);
    CHECK(lenient->rejected == 1);
    StockRepository stock(t.db());
    CHECK(*stock.level(id) == 3);
    CHECK(*stock.movesTotal(id) == 3);
    CHECK(stock.reconcile()->isEmpty());
}

TEST_CASE("Stock moves resolve products by EAN-13 and refuse a stock below zero", "[import][stock]")
{
    TestDatabase t;
    const qint64 id = addProduct(t, "EAN-1", "4006381333931");
    auto report = importBytes(t, t.manager(), ImportEntity::StockMoves,
                              "ean;qty;kind;reason\n4006381333931;4;delivery;\n4006381333931;9;loss;vol\n");
    REQUIRE(report.ok());
    REQUIRE(report->problems.size() == 1);
    CHECK(report->problems.first().line == 3);
    CHECK(report->problems.first().column == QStringLiteral("qty"));
    CHECK(t.count(QStringLiteral("stock_move")) == 0);
    auto ok = importBytes(t, t.manager(), ImportEntity::StockMoves, "ean;qty;kind\n4006381333931;4;delivery\n");
    REQUIRE(ok.ok());
    CHECK(*StockRepository(t.db()).level(id) == 4);
}

TEST_CASE("Products: French headers, decimal commas, VAT, category created, unknown supplier refused",
          "[import][products]")
{
    TestDatabase t;
    const QByteArray file = "Référence;Libellé;Prix TTC;TVA;Code-barres;Catégorie;Fournisseur\n"
                            "P-1;Bougie;12,50;5,5;4006381333931;Maison;\n"
                            "P-2;Vase;1 234,00 €;20 %;;Maison;\n"
                            "P-3;Tasse;3,00;20;;;Inconnu SA\n"
                            "P-4;Bol;abc;20;;;\n"
                            "P-5;Plat;4;7;;;\n";
    ImportOptions options;
    options.skipInvalid = true;
    auto report = importBytes(t, t.manager(), ImportEntity::Products, file, options);
    REQUIRE(report.ok());
    CHECK(report->imported == 2);
    REQUIRE(report->problems.size() == 3);
    CHECK(report->problems.at(0).line == 4);
    CHECK(report->problems.at(0).column == QStringLiteral("Fournisseur"));
    CHECK(report->problems.at(1).line == 5);
    CHECK(report->problems.at(1).column == QStringLiteral("Prix TTC"));
    CHECK(report->problems.at(2).line == 6);
    CHECK(report->problems.at(2).column == QStringLiteral("TVA"));
    ProductService svc(t.db(), t.clock());
    auto p1 = svc.findBySku(t.manager(), QStringLiteral("P-1"));
    REQUIRE(p1.ok());
    CHECK(p1->price == Money::fromEuros(12, 50));
    CHECK(p1->vatRateBp == 550);
    CHECK(p1->categoryName == QStringLiteral("Maison"));
    auto p2 = svc.findBySku(t.manager(), QStringLiteral("P-2"));
    REQUIRE(p2.ok());
    CHECK(p2->price == Money::fromEuros(1234));
    CHECK(p2->categoryId == p1->categoryId);
}

TEST_CASE("Suppliers import and an existing name is skipped", "[import][suppliers]")
{
    TestDatabase t;
    const QByteArray file = "Nom;Ville;Courriel\nVerrerie du Nord;Lille;contact@verrerie.fr\nVerrerie du Nord;Lille;\n";
    auto report = importBytes(t, t.manager(), ImportEntity::Suppliers, file);
    REQUIRE(report.ok());
    CHECK(report->imported == 1);
    CHECK(report->skipped == 1);
    CHECK(t.count(QStringLiteral("supplier")) == 1);
}

TEST_CASE("Imported products follow ProductService's rules for a category name and a used EAN-13", "[import][products]")
{
    TestDatabase t;
    addProduct(t, "OLD-1", "4006381333931");
    const QByteArray longCategory(101, 'c');
    ImportOptions options;
    options.skipInvalid = true;
    auto report = importBytes(t, t.manager(), ImportEntity::Products,
                              "Référence;Libellé;Prix TTC;Code-barres;Catégorie\n"
                              "P-1;Bougie;12,50;;" + longCategory + "\n"
                              "P-2;Vase;10,00;4006381333931;\n"
                              "P-3;Tasse;3,00;;  Cuisine  \n",
                              options);
    REQUIRE(report.ok());
    CHECK(report->imported == 1);
    REQUIRE(report->problems.size() == 2);
    CHECK(report->problems.at(0).line == 2);
    CHECK(report->problems.at(0).column == QString::fromUtf8("Catégorie"));
    CHECK(report->problems.at(1).line == 3);
    CHECK(report->problems.at(1).column == QStringLiteral("Code-barres"));
    CHECK(report->problems.at(1).reason.contains(QStringLiteral("is already used by product")));
    CHECK(t.scalar(QStringLiteral("SELECT name FROM category")).toString() == QStringLiteral("Cuisine")); // trimmed
}

TEST_CASE("The stock-move import follows the store's stock.allow_negative setting, as every move does", "[import][stock]")
{
    TestDatabase t;
    const qint64 id = addProduct(t, "EAN-1", "4006381333931");
    REQUIRE(t.db().exec(QStringLiteral("UPDATE setting SET value = '1' WHERE key = 'stock.allow_negative'")).ok());
    auto report = importBytes(t, t.manager(), ImportEntity::StockMoves, "ean;qty;kind;reason\n4006381333931;3;loss;vol\n");
    REQUIRE(report.ok());
    CHECK(report->problems.isEmpty());
    CHECK(*StockRepository(t.db()).level(id) == -3);
}
