// The customer search and the duplicate look-up: SQL and query building of their own
// (CustomerService only checks permissions and validates before calling them).
#include "TestDatabase.h"

#include "domain/Customer.h"
#include "storage/CustomerRepository.h"

#include <catch2/catch.hpp>

using namespace comptoir;

namespace {

struct Fixture {
    test::TestDatabase t;
    CustomerRepository repo{t.db()};

    qint64 add(const char *first, const char *last, const QString &phone = {}, const QString &email = {},
               const QString &postalCode = {})
    {
        CustomerInput c;
        c.firstName = QString::fromUtf8(first);
        c.lastName = QString::fromUtf8(last);
        c.phone = phone;
        c.email = email;
        c.postalCode = postalCode;
        return repo.insert(c, t.clock().nowUtc(), 0).value();
    }

    QList<qint64> search(const char *text, int limit = 50)
    {
        auto found = repo.search(QString::fromUtf8(text), limit);
        REQUIRE(found.ok());
        QList<qint64> ids;
        for (const Customer &c : *found)
            ids << c.id;
        return ids;
    }
};

} // namespace

TEST_CASE("ftsQuery turns typed text into quoted prefix terms, a phone into its digits", "[customer][search][storage]")
{
    CHECK(CustomerRepository::ftsQuery(QStringLiteral("Hélène dup")) == QStringLiteral("\"Hélène\"* \"dup\"*"));
    CHECK(CustomerRepository::ftsQuery(QStringLiteral("  a.b@c-d.fr  ")) == QStringLiteral("\"a.b@c-d.fr\"*"));
    // FTS5 syntax typed by the user is not syntax: quotes, stars and brackets are dropped.
    CHECK(CustomerRepository::ftsQuery(QStringLiteral("ma\"rt*in (x) OR")) == QStringLiteral("\"martin\"* \"x\"* \"OR\"*"));
    CHECK(CustomerRepository::ftsQuery(QStringLiteral("\"*()")).isEmpty());
    CHECK(CustomerRepository::ftsQuery(QString()).isEmpty());
    CHECK(CustomerRepository::ftsQuery(QStringLiteral("06 12.34-56")) == QStringLiteral("\"06123456\"*"));
    CHECK(CustomerRepository::ftsQuery(QStringLiteral("+33 6 12")) == QStringLiteral("\"33612\"*"));
    CHECK(CustomerRepository::ftsQuery(QStringLiteral("0033 6 12")) == QStringLiteral("\"33612\"*")); // 00: international
}

TEST_CASE_METHOD(Fixture, "The search leaves merged customers out, keeps to its limit and lists all for no word",
                 "[customer][search][storage]")
{
    const qint64 a = add("Anne", "Martin", QStringLiteral("+33612345678"));
    const qint64 b = add("Annick", "Martinez");
    const qint64 c = add("Paul", "Durand");
    CHECK(search("mart").size() == 2);
    CHECK(search("annick") == QList<qint64>{b});
    CHECK(search("0612") == QList<qint64>{a});
    CHECK(search("mart", 1).size() == 1);
    CHECK(search("").size() == 3); // no word: the list by name
    CHECK(search("  ").size() == 3);

    REQUIRE(repo.markMerged(b, a, t.clock().nowUtc()).ok());
    CHECK(search("mart") == QList<qint64>{a});
    CHECK(search("annick").isEmpty());
    CHECK(search("durand") == QList<qint64>{c});
}

TEST_CASE_METHOD(Fixture, "Likely duplicates: same e-mail (any case), phone, card, or name with a postal code",
                 "[customer][duplicates][storage]")
{
    const qint64 anne = add("Anne", "Martin", QStringLiteral("+33612345678"), QStringLiteral("anne@example.fr"),
                            QStringLiteral("69001"));
    const qint64 noCode = add("Paul", "Durand");
    const auto duplicates = [&](const CustomerInput &in, qint64 exclude = 0) {
        auto found = repo.likelyDuplicates(in, exclude);
        REQUIRE(found.ok());
        QList<qint64> ids;
        for (const Customer &c : *found)
            ids << c.id;
        return ids;
    };
    CustomerInput in;
    in.firstName = QStringLiteral("X");
    in.lastName = QStringLiteral("Y");
    in.email = QStringLiteral("ANNE@example.fr");
    CHECK(duplicates(in) == QList<qint64>{anne});
    CHECK(duplicates(in, anne).isEmpty()); // the customer being edited is not its own duplicate
    in.email.clear();
    in.phone = QStringLiteral("+33612345678");
    CHECK(duplicates(in) == QList<qint64>{anne});
    in.phone.clear();
    in.firstName = QStringLiteral("anne");
    in.lastName = QStringLiteral("MARTIN");
    in.postalCode = QStringLiteral("69001");
    CHECK(duplicates(in) == QList<qint64>{anne});
    in.postalCode = QStringLiteral("75001");
    CHECK(duplicates(in).isEmpty());
    // Same name, both without a postal code: not enough to call them the same person.
    in.firstName = QStringLiteral("Paul");
    in.lastName = QStringLiteral("Durand");
    in.postalCode.clear();
    CHECK_FALSE(duplicates(in).contains(noCode));
}
