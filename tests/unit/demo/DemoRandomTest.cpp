#include "demo/DemoRandom.h"

#include <catch2/catch.hpp>

using namespace comptoir::demo;

// The demo store of a seed must not change when the generator's draws are written
// differently: a bounded draw is one draw of the engine modulo the range.
TEST_CASE("Bounded draws take one draw of the engine modulo the range", "[demo][random]")
{
    DemoRandom drawn(7, 3);
    DemoRandom raw(7, 3);
    for (int i = 0; i < 2000; ++i) {
        const quint64 n = quint64(i % 97) + 1;
        REQUIRE(drawn.below(n) == raw.next() % n);
        REQUIRE(drawn.index(qsizetype(n)) == int(raw.next() % n));
        REQUIRE(drawn.between(-50, qint64(n)) == -50 + qint64(raw.next() % (n + 51)));
        REQUIRE(drawn.chance(int(n) * 10) == (int(raw.next() % 1000) < int(n) * 10));
    }
    // Empty ranges take no draw.
    CHECK(drawn.below(0) == 0);
    CHECK(drawn.index(0) == 0);
    CHECK(drawn.between(5, 5) == 5);
    CHECK(drawn.next() == raw.next());
}
