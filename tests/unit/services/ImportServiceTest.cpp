#include "import/ImportTestSupport.h"

#include <catch2/catch.hpp>

using namespace comptoir;
using namespace comptoir::test;

TEST_CASE("Import profiles are saved and reused", "[import][profiles]")
{
    TestDatabase t;
    ImportService service(t.db(), t.clock());
    ImportMapping mapping{{QStringLiteral("first_name"), QStringLiteral("A")},
                          {QStringLiteral("last_name"), QStringLiteral("B")}};
    REQUIRE(service.saveProfile(t.manager(), QStringLiteral("caisse"), ImportEntity::Customers, mapping).ok());
    CHECK_FALSE(service.saveProfile(t.manager(), QStringLiteral("  "), ImportEntity::Customers, mapping).ok());
    CHECK_FALSE(service.saveProfile(t.intern(), QStringLiteral("x"), ImportEntity::Customers, mapping).ok());
    auto loaded = service.profile(t.manager(), QStringLiteral("caisse"), ImportEntity::Customers);
    REQUIRE(loaded.ok());
    CHECK(*loaded == mapping);
    CHECK(service.profile(t.manager(), QStringLiteral("caisse"), ImportEntity::Products).error().code ==
          ErrorCode::NotFound);
    ImportOptions options;
    options.mapping = *loaded;
    auto report = importBytes(t, t.manager(), ImportEntity::Customers, "A;B;C\nAnne;Martin;x\n", options);
    REQUIRE(report.ok());
    CHECK(report->imported == 1);
    CHECK(t.scalar(QStringLiteral("SELECT last_name FROM customer")).toString() == QStringLiteral("Martin"));
}
