#include "domain/Validation.h"

#include <catch2/catch.hpp>

using namespace comptoir;
namespace v = comptoir::validation;

namespace {

QString q(const char *text)
{
    return QString::fromUtf8(text);
}

} // namespace

TEST_CASE("requiredText trims and rejects empty, control characters and long text", "[validation]")
{
    auto ok = v::requiredText(q("first_name"), q("  Hélène  "));
    REQUIRE(ok.ok());
    CHECK(*ok == q("Hélène"));
    CHECK(v::requiredText(q("x"), QString(100, QLatin1Char('a'))).ok());

    for (const char *bad : {"", "   ", "\t\n"}) {
        auto r = v::requiredText(q("first_name"), q(bad));
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == ErrorCode::Validation);
        CHECK(r.error().field == q("first_name"));
        CHECK(r.error().message.contains(q("empty")));
    }
    auto control = v::requiredText(q("last_name"), q("Du\x01pont"));
    REQUIRE_FALSE(control.ok());
    CHECK(control.error().field == q("last_name"));
    CHECK(control.error().message.contains(q("control")));
    auto newline = v::requiredText(q("last_name"), q("Du\npont"));
    CHECK_FALSE(newline.ok());

    auto tooLong = v::requiredText(q("last_name"), QString(101, QLatin1Char('a')));
    REQUIRE_FALSE(tooLong.ok());
    CHECK(tooLong.error().message.contains(q("100")));
    CHECK_FALSE(v::requiredText(q("x"), q("abcdef"), 5).ok());
}

TEST_CASE("optionalText allows empty and line breaks but not other control characters", "[validation]")
{
    CHECK(v::optionalText(q("notes"), q("   ")).value().isEmpty());
    CHECK(*v::optionalText(q("notes"), q("line 1\nline 2\tend")) == q("line 1\nline 2\tend"));
    auto control = v::optionalText(q("notes"), q("bell\x07"));
    REQUIRE_FALSE(control.ok());
    CHECK(control.error().field == q("notes"));
    CHECK_FALSE(v::optionalText(q("notes"), QString(11, QLatin1Char('a')), 10).ok());
}

TEST_CASE("email accepts addresses and lower-cases the domain", "[validation][email]")
{
    for (const char *good : {"marie.curie@example.fr", "jean-paul+crm@mail.example.com", "a_b@sub-domain.co.uk",
                             "o'brien@example.ie"}) {
        INFO(good);
        CHECK(v::email(q(good)).ok());
    }
    CHECK(*v::email(q("  Marie.Curie@Example.FR ")) == q("Marie.Curie@example.fr"));

    const QString local200(200, QLatin1Char('a'));
    const QString domain50 = QString(50, QLatin1Char('b')) + q(".fr"); // 53 characters
    CHECK(v::email(local200 + QLatin1Char('@') + domain50).ok());       // 254 characters
}

TEST_CASE("email rejects malformed addresses naming the field", "[validation][email]")
{
    for (const char *bad : {"", "marie.curie.example.fr", "marie curie@example.fr", "marie@exa mple.fr",
                            "marie..curie@example.fr", ".marie@example.fr", "marie.@example.fr",
                            "marie@example..fr", "marie@example", "marie@example.f", "marie@@example.fr",
                            "@example.fr", "marie@-example.fr", "marie@example.fr."}) {
        INFO(bad);
        auto r = v::email(q(bad), q("contact_email"));
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == ErrorCode::Validation);
        CHECK(r.error().field == q("contact_email"));
    }
    const QString tooLong = QString(201, QLatin1Char('a')) + QLatin1Char('@') + QString(50, QLatin1Char('b')) + q(".fr");
    REQUIRE(tooLong.size() == 255);
    auto r = v::email(tooLong);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().message.contains(q("254")));
}

TEST_CASE("phone normalises French numbers to E.164", "[validation][phone]")
{
    for (const char *written : {"06 12 34 56 78", "06.12.34.56.78", "06-12-34-56-78", "0612345678",
                                "+33 6 12 34 56 78", "+33612345678", "0033612345678", "0033 6 12 34 56 78",
                                "+33 (0)6 12 34 56 78", "+33(0)612345678"}) {
        INFO(written);
        auto r = v::phone(q(written));
        REQUIRE(r.ok());
        CHECK(*r == q("+33612345678"));
    }
    CHECK(*v::phone(q("01 42 68 53 00")) == q("+33142685300"));
    CHECK(*v::phone(q("0690 12 34 56")) == q("+590690123456"));      // Guadeloupe mobile
    CHECK(*v::phone(q("0262 21 00 00")) == q("+262262210000"));      // La Réunion
    CHECK(*v::phone(q("0696 11 22 33")) == q("+596696112233"));      // Martinique
    CHECK(*v::phone(q("0594 30 00 00")) == q("+594594300000"));      // Guyane
    CHECK(*v::phone(q("+44 20 7946 0958")) == q("+442079460958"));   // kept as international
}

TEST_CASE("phone rejects what is not a phone number", "[validation][phone]")
{
    for (const char *bad : {"", "12345", "0012", "06 12 34 56 7a", "abc", "06123456789", "6123456789",
                            "+33 0 6 12 34 56 78", "+33 6 12 34 56", "+33 6 12 34 56 78 9",
                            "+1234567", "+1234567890123456", "06_12_34_56_78"}) {
        INFO(bad);
        auto r = v::phone(q(bad), q("mobile"));
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == ErrorCode::Validation);
        CHECK(r.error().field == q("mobile"));
    }
}

TEST_CASE("phoneForDisplay gives the national form", "[validation][phone]")
{
    CHECK(v::phoneForDisplay(q("+33612345678")) == q("06 12 34 56 78"));
    CHECK(v::phoneForDisplay(q("+33142685300")) == q("01 42 68 53 00"));
    CHECK(v::phoneForDisplay(q("+590690123456")) == q("06 90 12 34 56"));
    CHECK(v::phoneForDisplay(q("+262692123456")) == q("06 92 12 34 56"));
    // Not a French number, or malformed: shown as stored.
    CHECK(v::phoneForDisplay(q("+442079460958")) == q("+442079460958"));
    CHECK(v::phoneForDisplay(q("+3361234567")) == q("+3361234567"));
    CHECK(v::phoneForDisplay(QString()) == QString());
    // A round trip through phone() and back.
    CHECK(v::phoneForDisplay(*v::phone(q("06.12.34.56.78"))) == q("06 12 34 56 78"));
}

TEST_CASE("EAN-13 codes need 13 digits and the right check digit", "[validation][ean13]")
{
    for (const char *good : {"4006381333931", "3017620422003", "5449000000996", "0000000000000"}) {
        INFO(good);
        auto r = v::ean13(q(good));
        REQUIRE(r.ok());
        CHECK(*r == q(good));
    }
    CHECK(*v::ean13(q(" 4006381333931 ")) == q("4006381333931"));
    CHECK(v::ean13CheckDigit(q("400638133393")) == 1);
    CHECK(v::ean13CheckDigit(q("301762042200")) == 3);

    auto wrong = v::ean13(q("4006381333932"), q("barcode"));
    REQUIRE_FALSE(wrong.ok());
    CHECK(wrong.error().field == q("barcode"));
    CHECK(wrong.error().message.contains(q("expected 1")));
    for (const char *bad : {"", "400638133393", "40063813339310", "400638133393A", "4006 381333931",
                            "3017620422000", "ABCDEFGHIJKLM"}) {
        INFO(bad);
        CHECK_FALSE(v::ean13(q(bad)).ok());
    }
}

TEST_CASE("postal codes are five digits not starting with 00", "[validation][postal]")
{
    for (const char *good : {"75001", "97400", "20000", "01000", "98000"}) {
        INFO(good);
        CHECK(v::postalCode(q(good)).ok());
    }
    CHECK(*v::postalCode(q(" 69002 ")) == q("69002"));
    // Decision: a space inside the code is refused rather than guessed ("75 001").
    for (const char *bad : {"00100", "7500", "750011", "75 001", "7500A", "", "2A004"}) {
        INFO(bad);
        auto r = v::postalCode(q(bad));
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().field == q("postal_code"));
    }
}

TEST_CASE("positiveQuantity refuses zero and negatives naming the value", "[validation]")
{
    CHECK(*v::positiveQuantity(1) == 1);
    CHECK(*v::positiveQuantity(1000000) == 1000000);
    auto zero = v::positiveQuantity(0);
    REQUIRE_FALSE(zero.ok());
    CHECK(zero.error().field == q("quantity"));
    CHECK(zero.error().message.contains(q("got 0")));
    auto negative = v::positiveQuantity(-2, q("line 3"));
    REQUIRE_FALSE(negative.ok());
    CHECK(negative.error().field == q("line 3"));
    CHECK(negative.error().message == q("must be greater than zero (got -2)"));
    CHECK_FALSE(v::positiveQuantity(-1).ok());
}

TEST_CASE("dates are read in ISO and French forms", "[validation][date]")
{
    CHECK(*v::date(q("2026-11-23")) == QDate(2026, 11, 23));
    CHECK(*v::date(q("23/11/2026")) == QDate(2026, 11, 23));
    CHECK(*v::date(q("3/2/2026")) == QDate(2026, 2, 3));
    CHECK(*v::date(q("29/02/2028")) == QDate(2028, 2, 29));
    for (const char *bad : {"31/02/2026", "2026-02-31", "29/02/2026", "32/01/2026", "2026-13-01", "", "garbage",
                            "23-11-2026", "2026/11/23", "23/11/26"}) {
        INFO(bad);
        auto r = v::date(q(bad), q("delivery_date"));
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().field == q("delivery_date"));
    }
}

TEST_CASE("birth dates are between 1900 and today", "[validation][date]")
{
    const QDate today(2026, 11, 24);
    CHECK(v::birthDate(QDate(1980, 5, 17), today).ok());
    CHECK(v::birthDate(today, today).ok());
    CHECK(v::birthDate(QDate(1900, 1, 1), today).ok());

    auto future = v::birthDate(today.addDays(1), today);
    REQUIRE_FALSE(future.ok());
    CHECK(future.error().field == q("birth_date"));
    CHECK(future.error().message.contains(q("future")));
    auto old = v::birthDate(QDate(1899, 12, 31), today);
    REQUIRE_FALSE(old.ok());
    CHECK(old.error().message.contains(q("1900")));
    CHECK_FALSE(v::birthDate(QDate(), today).ok());
}

TEST_CASE("time ranges need a valid end after the start", "[validation][time]")
{
    const QDateTime start(QDate(2026, 11, 24), QTime(9, 0), Qt::UTC);
    CHECK(v::timeRange(start, start.addSecs(1)).ok());
    CHECK(v::timeRange(start, start.addDays(1)).ok());

    auto same = v::timeRange(start, start);
    REQUIRE_FALSE(same.ok());
    CHECK(same.error().field == q("ends_at"));
    CHECK(same.error().message.contains(q("after")));
    CHECK_FALSE(v::timeRange(start, start.addSecs(-60)).ok());
    CHECK_FALSE(v::timeRange(QDateTime(), start).ok());
    CHECK_FALSE(v::timeRange(start, QDateTime(), q("end")).ok());
    CHECK(v::timeRange(start, QDateTime(), q("end")).error().field == q("end"));
}
