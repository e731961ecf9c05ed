#include "domain/Result.h"

#include <catch2/catch.hpp>

#include <memory>
#include <stdexcept>

using namespace comptoir;

namespace {

Result<int> half(int n)
{
    if (n % 2 != 0)
        return Error::validation(QStringLiteral("n"), QStringLiteral("%1 is odd").arg(n));
    return n / 2;
}

Status even(int n)
{
    if (n % 2 != 0)
        return Error::validation(QStringLiteral("n"), QStringLiteral("odd"));
    return {};
}

/** A quarter through two propagations: the first failure comes back unchanged. */
Result<int> quarter(int n, int *reached)
{
    BOOST_OUTCOME_TRY(h, half(n));
    *reached = 1;
    BOOST_OUTCOME_TRY(q, half(h));
    *reached = 2;
    return q;
}

Status bothEven(int a, int b, int *reached)
{
    BOOST_OUTCOME_TRYV(even(a));
    *reached = 1;
    BOOST_OUTCOME_TRYV(half(b)); // a Result<int> whose value is not needed
    *reached = 2;
    return {};
}

} // namespace

TEST_CASE("A Result holds a value or an Error", "[result]")
{
    Result<QString> ok = QStringLiteral("value");
    REQUIRE(ok.ok());
    CHECK(bool(ok));
    CHECK(ok.value() == QStringLiteral("value"));
    CHECK(*ok == QStringLiteral("value"));
    CHECK(ok->size() == 5);
    CHECK(ok.error().message.isEmpty()); // a success carries an empty Error

    Result<QString> failed = Error::notFound(QStringLiteral("customer"), QStringLiteral("no customer #3"));
    REQUIRE_FALSE(failed.ok());
    CHECK_FALSE(bool(failed));
    CHECK(failed.error().code == ErrorCode::NotFound);
    CHECK(failed.error().toString() == QStringLiteral("customer: no customer #3"));
    CHECK_THROWS_AS(failed.value(), std::logic_error); // reading a missing value is a bug

    Result<std::unique_ptr<int>> owned = std::make_unique<int>(7);
    REQUIRE(owned.ok());
    std::unique_ptr<int> taken = std::move(owned).value();
    CHECK(*taken == 7);
}

TEST_CASE("A default Status is a success", "[result]")
{
    const Status s;
    CHECK(s.ok());
    CHECK(s.error().message.isEmpty());
    CHECK(even(4).ok());
    const Status odd = even(3);
    REQUIRE_FALSE(odd.ok());
    CHECK(odd.error().field == QStringLiteral("n"));
}

TEST_CASE("BOOST_OUTCOME_TRY passes the first error on and unwraps the value", "[result]")
{
    int reached = 0;
    auto q = quarter(12, &reached);
    REQUIRE(q.ok());
    CHECK(*q == 3);
    CHECK(reached == 2);

    reached = 0;
    auto second = quarter(6, &reached); // 6 / 2 = 3 is odd
    REQUIRE_FALSE(second.ok());
    CHECK(second.error().message == QStringLiteral("3 is odd"));
    CHECK(reached == 1);

    reached = 0;
    auto first = quarter(5, &reached);
    REQUIRE_FALSE(first.ok());
    CHECK(first.error().message == QStringLiteral("5 is odd"));
    CHECK(reached == 0);

    reached = 0;
    CHECK(bothEven(2, 4, &reached).ok());
    CHECK(reached == 2);
    reached = 0;
    const Status s = bothEven(2, 3, &reached);
    REQUIRE_FALSE(s.ok());
    CHECK(s.error().message == QStringLiteral("3 is odd"));
    CHECK(reached == 1);
}
