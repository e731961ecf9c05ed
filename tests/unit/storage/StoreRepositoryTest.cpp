#include "storage/Database.h"
#include "storage/StoreRepository.h"

#include <catch2/catch.hpp>

using namespace comptoir;

TEST_CASE("A write that needs the store is refused until the store is set up", "[store]")
{
    auto db = Database::open(QStringLiteral(":memory:")); // a new database: no store yet
    REQUIRE(db.ok());
    StoreRepository repo(**db);
    auto none = repo.required();
    REQUIRE_FALSE(none.ok());
    CHECK(none.error().code == ErrorCode::Validation);
    CHECK(none.error().field == QStringLiteral("store"));

    const QString empty = QStringLiteral(""); // the optional columns are NOT NULL
    const StoreInfo info{0, QStringLiteral("LYON"), QStringLiteral("Comptoir de Lyon"), empty, empty, empty, empty, empty};
    auto id = repo.insert(info, QStringLiteral("2026-11-24T10:00:00Z"));
    REQUIRE(id.ok());
    auto store = repo.required();
    REQUIRE(store.ok());
    CHECK(store->id == *id);
    CHECK(store->name == QStringLiteral("Comptoir de Lyon"));
}
