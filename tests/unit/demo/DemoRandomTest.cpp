#include "demo/DemoRandom.h"

#include <catch2/catch.hpp>

using namespace comptoir;
using namespace comptoir::demo;

TEST_CASE("The demo random helpers are deterministic and in range", "[demo][random]")
{
    DemoRandom a(42, 1);
    DemoRandom b(42, 1);
    DemoRandom c(42, 2);
    bool differs = false;
    for (int i = 0; i < 1000; ++i) {
        const quint64 x = a.next();
        REQUIRE(x == b.next());
        differs = differs || x != c.next();
    }
    CHECK(differs);
    // The first draw of std::mt19937_64 is fixed by the standard, so the stream is too.
    DemoRandom d(42, 1);
    DemoRandom e(42, 1);
    CHECK(d.between(10, 20) == e.between(10, 20));
    for (int i = 0; i < 10000; ++i) {
        const qint64 v = a.between(-3, 3);
        REQUIRE(v >= -3);
        REQUIRE(v <= 3);
        const double u = a.unit();
        REQUIRE(u >= 0.0);
        REQUIRE(u < 1.0);
        REQUIRE(a.index(5) < 5);
    }
    const int weights[3] = {0, 1, 0};
    for (int i = 0; i < 100; ++i)
        REQUIRE(a.weighted(weights, 3) == 1);
}

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
