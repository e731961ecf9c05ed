#include "io/ValueParsers.h"

#include "CatchQtStrings.h"

using namespace comptoir;

namespace {
const QString F = QStringLiteral("col");
QString s(const char *text)
{
    return QString::fromUtf8(text);
}
} // namespace

TEST_CASE("Dates: ISO and day-first French forms", "[io][values]")
{
    CHECK(*ValueParsers::date(s("2026-11-23"), F) == QDate(2026, 11, 23));
    CHECK(*ValueParsers::date(s("23/11/2026"), F) == QDate(2026, 11, 23));
    CHECK(*ValueParsers::date(s(" 1/2/2026 "), F) == QDate(2026, 2, 1));
    for (const char *bad : {"31/02/2026", "2026-02-30", "11/23/2026", "23-11-2026", "23/11/26", "hier", "2026"}) {
        INFO(bad);
        const auto r = ValueParsers::date(s(bad), F);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().field == F);
        CHECK(r.error().message.contains(s(bad)));
    }
    CHECK(ValueParsers::date(s("  "), F).error().message == s("is empty"));
}

TEST_CASE("Local date-times", "[io][values]")
{
    CHECK(*ValueParsers::localDateTime(s("2026-11-23 14:30"), F) == QDateTime(QDate(2026, 11, 23), QTime(14, 30)));
    CHECK(*ValueParsers::localDateTime(s("2026-11-23T14:30:05"), F) ==
          QDateTime(QDate(2026, 11, 23), QTime(14, 30, 5)));
    CHECK(*ValueParsers::localDateTime(s("23/11/2026 9:05"), F) == QDateTime(QDate(2026, 11, 23), QTime(9, 5)));
    CHECK(*ValueParsers::localDateTime(s("23/11/2026"), F) == QDateTime(QDate(2026, 11, 23), QTime(0, 0)));
    for (const char *bad : {"2026-11-23 25:00", "2026-11-23 14h30", "31/02/2026 10:00", "10:00", ""})
        CHECK_FALSE(ValueParsers::localDateTime(s(bad), F).ok());
}

TEST_CASE("Money: decimal comma or point, spaces, euro sign", "[io][values]")
{
    CHECK(ValueParsers::money(s("12,50"), F)->cents() == 1250);
    CHECK(ValueParsers::money(s("12.50"), F)->cents() == 1250);
    CHECK(ValueParsers::money(s("1 234,50 €"), F)->cents() == 123450);
    CHECK(ValueParsers::money(s("1\u00a0234,50\u00a0€"), F)->cents() == 123450);
    CHECK(ValueParsers::money(s("-3,5"), F)->cents() == -350);
    CHECK(ValueParsers::money(s("12"), F)->cents() == 1200);
    for (const char *bad : {"12,505", "1,234.50", "douze", "12,", ",5", "1.2.3", ""}) {
        INFO(bad);
        const auto r = ValueParsers::money(s(bad), F);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().field == F);
    }
}

TEST_CASE("Booleans in French and English", "[io][values]")
{
    for (const char *yes : {"oui", "OUI", "yes", "Vrai", "true", "1", "o", "Y"})
        CHECK(*ValueParsers::boolean(s(yes), F));
    for (const char *no : {"non", "No", "faux", "FALSE", "0", "n"})
        CHECK_FALSE(*ValueParsers::boolean(s(no), F));
    for (const char *bad : {"peut-être", "2", "ouii", "x", ""}) {
        INFO(bad);
        const auto r = ValueParsers::boolean(s(bad), F);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().field == F);
    }
}

TEST_CASE("Integers: signs, digit groups, range", "[io][values]")
{
    CHECK(*ValueParsers::integer(s("42"), F) == 42);
    CHECK(*ValueParsers::integer(s("+7"), F) == 7);
    CHECK(*ValueParsers::integer(s("-12"), F) == -12);
    CHECK(*ValueParsers::integer(s("1 234 567"), F) == 1234567);
    CHECK(*ValueParsers::integer(s("1\u202f234"), F) == 1234);
    CHECK(*ValueParsers::integer(s("9223372036854775807"), F) == std::numeric_limits<qint64>::max());
    CHECK(*ValueParsers::integer(s("-9223372036854775808"), F) == std::numeric_limits<qint64>::min());
    for (const char *bad : {"9223372036854775808", "-9223372036854775809", "99999999999999999999"})
        CHECK(ValueParsers::integer(s(bad), F).error().message.contains(s("too large")));
    for (const char *bad : {"1,5", "12.0", "1e3", "-", "+", " 1  2", "12 ", "١٢", "abc", "1_000"}) {
        INFO(bad);
        const auto r = ValueParsers::integer(s(bad), F);
        if (QByteArray(bad) == "12 ") {
            CHECK(r.ok()); // trailing spaces are trimmed
            continue;
        }
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().field == F);
    }
}
