#include "domain/Appointment.h"
#include "domain/Product.h"
#include "domain/StockMove.h"
#include "domain/Supplier.h"

#include <catch2/catch.hpp>

#include <functional>

using namespace comptoir;

namespace {

ProductInput goodProduct()
{
    ProductInput p;
    p.sku = QStringLiteral(" CAF-001 ");
    p.ean13 = QStringLiteral("3017620422003");
    p.name = QStringLiteral("  Café moulu 250 g ");
    p.price = Money::fromEuros(4, 95);
    p.vatRateBp = 550;
    p.cost = Money::fromEuros(2, 10);
    p.reorderThreshold = 5;
    return p;
}

} // namespace

TEST_CASE("A valid product is normalised", "[product][validation]")
{
    auto r = validateProduct(goodProduct());
    REQUIRE(r.ok());
    CHECK(r->sku == QStringLiteral("CAF-001"));
    CHECK(r->name == QStringLiteral("Café moulu 250 g"));
    CHECK(r->ean13 == QStringLiteral("3017620422003"));
    ProductInput noEan = goodProduct();
    noEan.ean13 = QStringLiteral("  ");
    CHECK(validateProduct(noEan)->ean13.isEmpty());
    for (int rate : {0, 210, 550, 1000, 2000}) {
        ProductInput p = goodProduct();
        p.vatRateBp = rate;
        CHECK(validateProduct(p).ok());
    }
    for (const char *sku : {"A", "abc.DEF_123-x", "12345678901234567890123456789012"}) {
        INFO(sku);
        CHECK(validateSku(QString::fromLatin1(sku)).ok());
    }
}

TEST_CASE("Each broken product rule names its field", "[product][validation]")
{
    struct Case {
        const char *field;
        std::function<void(ProductInput &)> breakIt;
    };
    const QList<Case> cases{
        {"sku", [](ProductInput &p) { p.sku.clear(); }},
        {"sku", [](ProductInput &p) { p.sku = QStringLiteral("CAF 001"); }},
        {"sku", [](ProductInput &p) { p.sku = QStringLiteral("CAFÉ"); }},
        {"sku", [](ProductInput &p) { p.sku = QString(33, QLatin1Char('A')); }},
        {"ean13", [](ProductInput &p) { p.ean13 = QStringLiteral("3017620422000"); }},
        {"ean13", [](ProductInput &p) { p.ean13 = QStringLiteral("301762042200"); }},
        {"name", [](ProductInput &p) { p.name = QStringLiteral("  "); }},
        {"name", [](ProductInput &p) { p.name = QString(201, QLatin1Char('n')); }},
        {"price_cents", [](ProductInput &p) { p.price = Money::fromCents(-1); }},
        {"vat_rate_bp", [](ProductInput &p) { p.vatRateBp = 1960; }},
        {"vat_rate_bp", [](ProductInput &p) { p.vatRateBp = -550; }},
        {"cost_cents", [](ProductInput &p) { p.cost = Money::fromCents(-5); }},
        {"reorder_threshold", [](ProductInput &p) { p.reorderThreshold = -1; }},
    };
    for (const Case &c : cases) {
        ProductInput p = goodProduct();
        c.breakIt(p);
        auto r = validateProduct(p);
        INFO(c.field);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == ErrorCode::Validation);
        CHECK(r.error().field == QString::fromLatin1(c.field));
    }
    ProductInput free = goodProduct();
    free.price = Money();
    CHECK(validateProduct(free).ok());
}

TEST_CASE("Stock move quantities are signed by kind and reasons required where it matters", "[stock][validation]")
{
    CHECK(*signedMoveQuantity(StockMoveKind::Delivery, 12) == 12);
    CHECK(*signedMoveQuantity(StockMoveKind::Loss, 3) == -3);
    CHECK(*signedMoveQuantity(StockMoveKind::Adjustment, -4) == -4);
    CHECK(*signedMoveQuantity(StockMoveKind::Adjustment, 4) == 4);
    CHECK_FALSE(signedMoveQuantity(StockMoveKind::Delivery, 0).ok());
    CHECK_FALSE(signedMoveQuantity(StockMoveKind::Delivery, -1).ok());
    CHECK_FALSE(signedMoveQuantity(StockMoveKind::Loss, -3).ok());
    CHECK_FALSE(signedMoveQuantity(StockMoveKind::Loss, 0).ok());
    auto zero = signedMoveQuantity(StockMoveKind::Adjustment, 0);
    REQUIRE_FALSE(zero.ok());
    CHECK(zero.error().field == QStringLiteral("quantity"));

    CHECK(moveReason(StockMoveKind::Delivery, QString())->isEmpty());
    CHECK_FALSE(moveReason(StockMoveKind::Adjustment, QStringLiteral("  ")).ok());
    CHECK_FALSE(moveReason(StockMoveKind::Loss, QString()).ok());
    CHECK(*moveReason(StockMoveKind::Loss, QStringLiteral(" casse ")) == QStringLiteral("casse"));

    for (auto kind : {StockMoveKind::Delivery, StockMoveKind::Adjustment, StockMoveKind::Loss, StockMoveKind::Sale,
                      StockMoveKind::Return, StockMoveKind::Damaged, StockMoveKind::Import})
        CHECK(stockMoveKindFromString(toString(kind)) == kind);
    CHECK_FALSE(stockMoveKindFromString(QStringLiteral("theft")).has_value());
}

TEST_CASE("Appointment input is validated", "[appointment][validation]")
{
    AppointmentInput in;
    in.staffId = 1;
    in.start = QDateTime(QDate(2026, 11, 25), QTime(9, 0, 0, 250), Qt::UTC);
    in.end = in.start.addSecs(1800);
    in.subject = QStringLiteral(" Essayage ");
    auto ok = validateAppointment(in);
    REQUIRE(ok.ok());
    CHECK(ok->subject == QStringLiteral("Essayage"));
    CHECK(ok->start.time().msec() == 0);

    AppointmentInput bad = in;
    bad.staffId = 0;
    CHECK(validateAppointment(bad).error().field == QStringLiteral("staff_id"));
    bad = in;
    bad.end = bad.start;
    CHECK(validateAppointment(bad).error().field == QStringLiteral("ends_at"));
    bad = in;
    bad.start = QDateTime();
    CHECK(validateAppointment(bad).error().field == QStringLiteral("starts_at"));
    bad = in;
    bad.subject.clear();
    CHECK(validateAppointment(bad).error().field == QStringLiteral("subject"));

    CHECK(blocksAgenda(AppointmentStatus::Planned));
    CHECK(blocksAgenda(AppointmentStatus::Done));
    CHECK_FALSE(blocksAgenda(AppointmentStatus::Cancelled));
    CHECK_FALSE(blocksAgenda(AppointmentStatus::NoShow));
}

TEST_CASE("Supplier input is validated", "[supplier][validation]")
{
    SupplierInput s;
    s.name = QStringLiteral(" Brûlerie Dupont ");
    s.email = QStringLiteral("Commandes@Brulerie.FR");
    s.phone = QStringLiteral("04 78 00 00 00");
    s.postalCode = QStringLiteral("69002");
    auto ok = validateSupplier(s);
    REQUIRE(ok.ok());
    CHECK(ok->name == QStringLiteral("Brûlerie Dupont"));
    CHECK(ok->email == QStringLiteral("Commandes@brulerie.fr"));
    CHECK(ok->phone == QStringLiteral("+33478000000"));

    SupplierInput bad = s;
    bad.name.clear();
    CHECK(validateSupplier(bad).error().field == QStringLiteral("name"));
    bad = s;
    bad.email = QStringLiteral("commandes");
    CHECK(validateSupplier(bad).error().field == QStringLiteral("email"));
    bad = s;
    bad.phone = QStringLiteral("123");
    CHECK(validateSupplier(bad).error().field == QStringLiteral("phone"));
    bad = s;
    bad.postalCode = QStringLiteral("6900");
    CHECK(validateSupplier(bad).error().field == QStringLiteral("postal_code"));
}
