#include "storage/Database.h"
#include "storage/ScopedPragma.h"

#include <catch2/catch.hpp>

using namespace comptoir;

TEST_CASE("A scoped pragma is set for its scope and its previous value comes back", "[database]")
{
    auto db = Database::open(QStringLiteral(":memory:"));
    REQUIRE(db.ok());
    Database &d = **db;
    const std::optional<qint64> before = ScopedPragma::value(d, "cache_size");
    REQUIRE(before.has_value());
    {
        const ScopedPragma bigger(d, "cache_size", -65536);
        CHECK(ScopedPragma::value(d, "cache_size") == -65536);
        {
            const ScopedPragma smaller(d, "cache_size", -2048);
            const ScopedPragma helper(d, "threads", 1);
            CHECK(ScopedPragma::value(d, "cache_size") == -2048);
            CHECK(ScopedPragma::value(d, "threads") == 1);
        }
        CHECK(ScopedPragma::value(d, "cache_size") == -65536);
        CHECK(ScopedPragma::value(d, "threads") == 0);
    }
    CHECK(ScopedPragma::value(d, "cache_size") == before);
    CHECK_FALSE(ScopedPragma::value(d, "no_such_pragma").has_value());
}
