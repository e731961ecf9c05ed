#include "access/PasswordHasher.h"

#include <catch2/catch.hpp>

#include <QElapsedTimer>

using namespace comptoir;

namespace {
const QString kPassword = QStringLiteral("correct horse battery staple");
}

TEST_CASE("Argon2id hashes verify the right password only", "[access][password]")
{
    const PasswordHasher hasher(PasswordCost::testMinimum());
    auto hash = hasher.hash(kPassword);
    REQUIRE(hash.ok());
    CHECK(hash->startsWith(QStringLiteral("$argon2id$v=19$")));
    CHECK_FALSE(hash->contains(kPassword));
    CHECK(hasher.verify(*hash, kPassword));
    CHECK_FALSE(hasher.verify(*hash, kPassword + QLatin1Char('!')));
    CHECK_FALSE(hasher.verify(*hash, QString()));
    CHECK_FALSE(hasher.verify(QString(), kPassword));
    CHECK_FALSE(hasher.verify(QStringLiteral("$argon2id$garbage"), kPassword));

    SECTION("two hashes of one password differ (random salt) and both verify")
    {
        auto again = hasher.hash(kPassword);
        REQUIRE(again.ok());
        CHECK(*again != *hash);
        CHECK(hasher.verify(*again, kPassword));
    }
}

TEST_CASE("The cost is stored in the hash string", "[access][password]")
{
    const PasswordCost owasp = PasswordCost::owaspMinimum();
    CHECK(owasp.opsLimit == 2);
    CHECK(owasp.memLimitBytes == 19u * 1024u * 1024u);
    CHECK(PasswordCost::standard().memLimitBytes >= owasp.memLimitBytes);
    CHECK(PasswordCost::standard().opsLimit >= owasp.opsLimit);

    const PasswordCost custom{3, 64u * 1024u};
    const PasswordHasher hasher(custom);
    auto hash = hasher.hash(kPassword);
    REQUIRE(hash.ok());
    CHECK(hash->contains(QStringLiteral("$m=64,t=3,p=1$")));
}

TEST_CASE("A change of cost makes old hashes need a re-hash", "[access][password]")
{
    const PasswordHasher low(PasswordCost::testMinimum());
    const PasswordHasher higher(PasswordCost{2, 2 * PasswordCost::testMinimum().memLimitBytes});
    auto hash = low.hash(kPassword);
    REQUIRE(hash.ok());
    CHECK_FALSE(low.needsRehash(*hash));
    CHECK(higher.needsRehash(*hash));
    // The old hash still verifies under the new hasher: its parameters travel with it.
    CHECK(higher.verify(*hash, kPassword));
    auto rehashed = higher.hash(kPassword);
    REQUIRE(rehashed.ok());
    CHECK_FALSE(higher.needsRehash(*rehashed));
    CHECK(higher.needsRehash(QStringLiteral("not a hash")));
}

TEST_CASE("Passwords are compared after Unicode normalisation", "[access][password]")
{
    const PasswordHasher hasher(PasswordCost::testMinimum());
    const QString composed = QStringLiteral("caf\u00e9 au lait chaud");
    const QString decomposed = QStringLiteral("cafe\u0301 au lait chaud");
    REQUIRE(composed != decomposed);
    auto hash = hasher.hash(composed);
    REQUIRE(hash.ok());
    CHECK(hasher.verify(*hash, decomposed));
}

TEST_CASE("The dummy verification costs one Argon2id check and never succeeds", "[access][password]")
{
    const PasswordHasher hasher(PasswordCost::testMinimum());
    const int before = hasher.verifications();
    CHECK_FALSE(hasher.verifyDummy(kPassword));
    CHECK_FALSE(hasher.verifyDummy(QString()));
    CHECK(hasher.verifications() == before + 2);

    // The dummy hash always has the hasher's own cost, so it takes as long as a real one.
    for (const PasswordCost cost : {PasswordCost::testMinimum(), PasswordCost::owaspMinimum(), PasswordCost::standard(),
                                    PasswordCost{3, 64u * 1024u}}) {
        const PasswordHasher h(cost);
        CHECK(h.dummyHash().startsWith(QStringLiteral("$argon2id$")));
        CHECK_FALSE(h.needsRehash(h.dummyHash()));
    }
}

// Not in the default run: `test_access "[.timing]"` prints the cost of one hash.
TEST_CASE("Time of one hash at the OWASP minimum and at the standard cost", "[.timing]")
{
    for (const PasswordCost cost : {PasswordCost::owaspMinimum(), PasswordCost::standard()}) {
        const PasswordHasher hasher(cost);
        QElapsedTimer timer;
        timer.start();
        auto hash = hasher.hash(kPassword);
        const qint64 hashMs = timer.restart();
        REQUIRE(hasher.verify(*hash, kPassword));
        const qint64 verifyMs = timer.elapsed();
        WARN("m=" << cost.memLimitBytes / 1024 << " KiB t=" << cost.opsLimit << ": hash " << hashMs << " ms, verify "
                  << verifyMs << " ms");
    }
}
