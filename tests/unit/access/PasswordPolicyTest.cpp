#include "access/PasswordPolicy.h"

#include <catch2/catch.hpp>

using namespace comptoir;

TEST_CASE("A password has at least 12 characters", "[access][password]")
{
    SECTION("11 characters are refused, naming the field and the length")
    {
        const Status s = PasswordPolicy::check(QStringLiteral("abcdefghijk"));
        REQUIRE_FALSE(s.ok());
        CHECK(s.error().code == ErrorCode::Validation);
        CHECK(s.error().field == QStringLiteral("password"));
        CHECK(s.error().message.contains(QStringLiteral("at least 12")));
        CHECK(s.error().message.contains(QStringLiteral("got 11")));
    }
    SECTION("empty is refused")
    {
        CHECK_FALSE(PasswordPolicy::check(QString()).ok());
    }
    SECTION("12 characters are enough, with no composition rule")
    {
        CHECK(PasswordPolicy::check(QStringLiteral("abcdefghijkl")).ok());
        CHECK(PasswordPolicy::check(QStringLiteral("aaaaaaaaaaaa")).ok());
    }
    SECTION("a long passphrase is welcome")
    {
        CHECK(PasswordPolicy::check(QStringLiteral("le petit chat boit du lait tous les matins au comptoir")).ok());
        CHECK(PasswordPolicy::check(QString(PasswordPolicy::kMaxLength, QLatin1Char('x'))).ok());
    }
    SECTION("more than 1024 characters are refused")
    {
        const Status s = PasswordPolicy::check(QString(PasswordPolicy::kMaxLength + 1, QLatin1Char('x')));
        REQUIRE_FALSE(s.ok());
        CHECK(s.error().message.contains(QStringLiteral("at most 1024")));
    }
    SECTION("the field can be named by the caller")
    {
        CHECK(PasswordPolicy::check(QStringLiteral("short"), QStringLiteral("new_password")).error().field
              == QStringLiteral("new_password"));
    }
}

TEST_CASE("Password length counts Unicode code points", "[access][password]")
{
    // Eleven emoji are 22 UTF-16 units but only 11 characters.
    QString emoji;
    for (int i = 0; i < 11; ++i)
        emoji += QString::fromUcs4(U"\U0001F600", 1);
    REQUIRE(emoji.size() == 22);
    CHECK(PasswordPolicy::length(emoji) == 11);
    CHECK_FALSE(PasswordPolicy::check(emoji).ok());
    CHECK(PasswordPolicy::check(emoji + QString::fromUcs4(U"\U0001F600", 1)).ok());
    CHECK(PasswordPolicy::check(QStringLiteral("\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9")).ok());
}
