#include "ImportTestSupport.h"

#include "services/CustomerService.h"

#include <catch2/catch.hpp>

#include <atomic>

using namespace comptoir;
using namespace comptoir::test;

namespace {

CustomerInput person(const char *first, const char *last, const char *email, const char *phone = "",
                     const char *card = "")
{
    CustomerInput in;
    in.firstName = QString::fromUtf8(first);
    in.lastName = QString::fromUtf8(last);
    in.email = QString::fromUtf8(email);
    in.phone = QString::fromUtf8(phone);
    in.loyaltyCard = QString::fromUtf8(card);
    return in;
}

/** The store of customers_duplicates.csv: Anne by e-mail, Paul by phone, Jeanne by card. */
void seedDuplicates(TestDatabase &t)
{
    CustomerService svc(t.db(), t.clock());
    const Session m = t.manager();
    REQUIRE(svc.create(m, person("Anne", "Ancienne", "anne@example.fr")).ok());
    REQUIRE(svc.create(m, person("Paul", "Ancien", "", "+33611223344")).ok());
    REQUIRE(svc.create(m, person("Jeanne", "Ancienne", "", "", "CARD-7")).ok());
}

const QByteArray kTwoGoodOneBad = "Nom;Prénom;Courriel\nMartin;Anne;anne@example.fr\nDurand;Paul;pas-un-mail\n"
                                  "Roux;Jeanne;jeanne@example.fr\n";

} // namespace

TEST_CASE("Windows-1252 customers with French headers arrive intact", "[import][customers]")
{
    TestDatabase t;
    auto report = importBytes(t, t.manager(), ImportEntity::Customers, importCorpus("customers_windows1252.csv"));
    REQUIRE(report.ok());
    CHECK(report->problems.isEmpty());
    CHECK(report->read == 2);
    CHECK(report->imported == 2);
    CHECK(report->committed);
    CHECK(report->mapping.value(QStringLiteral("first_name")) == QString::fromUtf8("Prénom"));
    CHECK(report->mapping.value(QStringLiteral("phone")) == QString::fromUtf8("Téléphone"));
    CustomerService svc(t.db(), t.clock());
    auto helene = svc.findByEmail(t.manager(), QStringLiteral("helene@example.fr"));
    REQUIRE(helene.ok());
    CHECK(helene->firstName == QString::fromUtf8("Hélène"));
    CHECK(helene->lastName == QString::fromUtf8("Lefèvre"));
    CHECK(helene->phone == QStringLiteral("+33612345678"));
    CHECK(helene->birthDate == QDate(1980, 11, 23));
    auto francois = svc.findByEmail(t.manager(), QStringLiteral("francois@example.fr"));
    REQUIRE(francois.ok());
    CHECK(francois->firstName == QString::fromUtf8("François"));
    CHECK(francois->lastName == QString::fromUtf8("Cœur"));
    CHECK(francois->birthDate == QDate(1975, 2, 3));
    // The search index was kept right: the imported customer is found by a prefix.
    auto found = svc.search(t.manager(), QStringLiteral("lefev"));
    REQUIRE(found.ok());
    REQUIRE(found->size() == 1);
    CHECK(t.count(QStringLiteral("audit_log")) >= 1);
    CHECK(t.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'import' AND entity = 'customers'"))
              .toInt() == 1);
}

TEST_CASE("Duplicate customers are skipped, updated or created as chosen", "[import][customers][duplicates]")
{
    TestDatabase t;
    seedDuplicates(t);
    const QByteArray file = importCorpus("customers_duplicates.csv");
    ImportOptions options;

    SECTION("skip")
    {
        options.onDuplicate = DuplicatePolicy::Skip;
        auto report = importBytes(t, t.manager(), ImportEntity::Customers, file, options);
        REQUIRE(report.ok());
        CHECK(report->imported == 1);
        CHECK(report->skipped == 3);
        CHECK(report->rejected == 0);
        CHECK(t.count(QStringLiteral("customer")) == 4);
        CHECK(t.scalar(QStringLiteral("SELECT last_name FROM customer WHERE email = 'anne@example.fr'")).toString() ==
              QStringLiteral("Ancienne"));
    }
    SECTION("update")
    {
        options.onDuplicate = DuplicatePolicy::Update;
        auto report = importBytes(t, t.manager(), ImportEntity::Customers, file, options);
        REQUIRE(report.ok());
        CHECK(report->updated == 3);
        CHECK(report->imported == 1);
        CHECK(t.count(QStringLiteral("customer")) == 4);
        CHECK(t.scalar(QStringLiteral("SELECT last_name FROM customer WHERE email = 'anne@example.fr'")).toString() ==
              QStringLiteral("Martin"));
        CHECK(t.scalar(QStringLiteral("SELECT last_name FROM customer WHERE loyalty_card = 'CARD-7'")).toString() ==
              QStringLiteral("Roux"));
        CustomerService svc(t.db(), t.clock());
        auto found = svc.search(t.manager(), QStringLiteral("roux"));
        REQUIRE(found.ok());
        CHECK(found->size() == 1);
    }
    SECTION("create: a second holder of a card is refused, so all-or-nothing writes nothing")
    {
        options.onDuplicate = DuplicatePolicy::Create;
        auto report = importBytes(t, t.manager(), ImportEntity::Customers, file, options);
        REQUIRE(report.ok());
        REQUIRE(report->problems.size() == 1);
        CHECK(report->problems.first().line == 4);
        CHECK(report->problems.first().column == QStringLiteral("Carte"));
        CHECK(report->problems.first().reason.contains(QStringLiteral("CARD-7")));
        CHECK_FALSE(report->committed);
        CHECK(t.count(QStringLiteral("customer")) == 3);
        options.skipInvalid = true;
        auto skipping = importBytes(t, t.manager(), ImportEntity::Customers, file, options);
        REQUIRE(skipping.ok());
        CHECK(skipping->imported == 3);
        CHECK(skipping->rejected == 1);
        CHECK(t.count(QStringLiteral("customer")) == 6);
    }
}

TEST_CASE("Bad birth dates are rejected with their line and column", "[import][customers]")
{
    TestDatabase t;
    auto report = importBytes(t, t.manager(), ImportEntity::Customers, importCorpus("customers_bad_dates.csv"));
    REQUIRE(report.ok());
    REQUIRE(report->problems.size() == 2);
    CHECK(report->problems.at(0).line == 3);
    CHECK(report->problems.at(0).column == QStringLiteral("birth_date"));
    CHECK(report->problems.at(0).reason.contains(QStringLiteral("31/02/1990")));
    CHECK(report->problems.at(1).line == 4);
    CHECK(report->problems.at(1).reason.contains(QStringLiteral("demain")));
    CHECK(report->rejected == 2);
    CHECK(t.count(QStringLiteral("customer")) == 0);
}

TEST_CASE("A missing required column is reported and nothing is read", "[import][customers]")
{
    TestDatabase t;
    auto report = importBytes(t, t.manager(), ImportEntity::Customers, importCorpus("customers_missing_column.csv"));
    REQUIRE(report.ok());
    REQUIRE(report->problems.size() == 1);
    CHECK(report->problems.first().line == 1);
    CHECK(report->problems.first().column == QStringLiteral("last_name"));
    CHECK(report->read == 0);
    CHECK(t.count(QStringLiteral("customer")) == 0);
}

TEST_CASE("All or nothing: one bad row writes nothing, skip-invalid writes the rest and the rejects",
          "[import][customers]")
{
    TestDatabase t;
    const qint64 auditBefore = t.count(QStringLiteral("audit_log"));
    auto strict = importBytes(t, t.manager(), ImportEntity::Customers, kTwoGoodOneBad);
    REQUIRE(strict.ok());
    CHECK(strict->rejected == 1);
    CHECK(strict->problems.first().line == 3);
    CHECK(strict->problems.first().column == QStringLiteral("Courriel"));
    CHECK_FALSE(strict->committed);
    CHECK(t.count(QStringLiteral("customer")) == 0);
    CHECK(t.count(QStringLiteral("customer_fts")) == 0);
    CHECK(t.count(QStringLiteral("audit_log")) == auditBefore);

    ImportOptions options;
    options.skipInvalid = true;
    options.rejectsPath = t.dir() + QStringLiteral("/rejects.csv");
    auto lenient = importBytes(t, t.manager(), ImportEntity::Customers, kTwoGoodOneBad, options);
    REQUIRE(lenient.ok());
    CHECK(lenient->imported == 2);
    CHECK(lenient->rejected == 1);
    CHECK(t.count(QStringLiteral("customer")) == 2);
    const QString rejects = QString::fromUtf8(readFile(options.rejectsPath));
    CHECK(rejects.startsWith(QStringLiteral("\"Nom\";\"Prénom\";\"Courriel\";\"reason\"")));
    CHECK(rejects.contains(QStringLiteral("\"Durand\";\"Paul\";\"pas-un-mail\";\"Courriel: ")));
    CHECK(rejects.count(QLatin1Char('\n')) == 2);
}

TEST_CASE("A dry run reports everything and writes nothing", "[import][customers]")
{
    TestDatabase t;
    ImportOptions options;
    options.dryRun = true;
    options.skipInvalid = true;
    auto report = importBytes(t, t.manager(), ImportEntity::Customers, kTwoGoodOneBad, options);
    REQUIRE(report.ok());
    CHECK(report->imported == 2);
    CHECK(report->rejected == 1);
    CHECK_FALSE(report->committed);
    CHECK(t.count(QStringLiteral("customer")) == 0);
}

TEST_CASE("Cancelling an import rolls it back", "[import][cancel]")
{
    TestDatabase t;
    QByteArray file = "first_name;last_name\n";
    for (int i = 0; i < 50; ++i)
        file += "Anne;Martin" + QByteArray::number(i) + '\n';
    std::atomic<bool> cancel{false};
    ImportOptions options;
    options.batchSize = 10;
    options.cancel = &cancel;
    qint64 lastRows = 0;
    options.progress = [&](qint64 rows, qint64) {
        lastRows = rows;
        if (rows >= 20)
            cancel = true;
    };
    auto report = importBytes(t, t.manager(), ImportEntity::Customers, file, options);
    REQUIRE(report.ok());
    CHECK(report->cancelled);
    CHECK_FALSE(report->committed);
    CHECK(lastRows == 20);
    CHECK(t.count(QStringLiteral("customer")) == 0);
}

TEST_CASE("Interns and technicians may not import", "[import][permissions]")
{
    TestDatabase t;
    const qint64 audit = t.count(QStringLiteral("audit_log"));
    for (const Session &s : {t.intern(), t.technician()}) {
        auto report = importBytes(t, s, ImportEntity::Customers, "first_name;last_name\nAnne;Martin\n");
        REQUIRE_FALSE(report.ok());
        CHECK(report.error().code == ErrorCode::PermissionDenied);
        CHECK(report.error().field == QStringLiteral("import.run"));
    }
    CHECK(t.count(QStringLiteral("customer")) == 0);
    CHECK(t.count(QStringLiteral("audit_log")) == audit);
}
