#include "DemoTestSupport.h"
#include "TestDatabase.h"

#include "demo/DemoStoreWriter.h"

#include <catch2/catch.hpp>

using namespace comptoir;
using namespace comptoir::test;

namespace {

/** Delegates to a real writer but fails on the n-th sale (a sink error in the middle of the load). */
class FailingSink final : public demo::DemoSink {
public:
    FailingSink(demo::DemoSink &inner, int failAt) : m_inner(inner), m_failAt(failAt) {}
    Result<qint64> addStore(const demo::StoreRow &r) override { return m_inner.addStore(r); }
    Result<qint64> addUser(const demo::UserRow &r) override { return m_inner.addUser(r); }
    Result<qint64> addCategory(const QString &r) override { return m_inner.addCategory(r); }
    Result<qint64> addSupplier(const demo::SupplierRow &r) override { return m_inner.addSupplier(r); }
    Result<qint64> addProduct(const demo::ProductRow &r) override { return m_inner.addProduct(r); }
    Result<qint64> addCustomer(const demo::CustomerRow &r) override { return m_inner.addCustomer(r); }
    Status addSale(Sale &s) override
    {
        if (++m_sales == m_failAt)
            return Error::database(QStringLiteral("disk full (simulated)"));
        return m_inner.addSale(s);
    }
    Status addStockMove(const demo::StockMoveRow &r) override { return m_inner.addStockMove(r); }
    Status setStockLevel(const demo::StockLevelRow &r) override { return m_inner.setStockLevel(r); }
    Status setLoyaltyPoints(qint64 c, qint64 p) override { return m_inner.setLoyaltyPoints(c, p); }
    Status addConsent(const demo::ConsentRow &r) override { return m_inner.addConsent(r); }
    Status addInteraction(const demo::InteractionRow &r) override { return m_inner.addInteraction(r); }
    Result<qint64> addAppointment(const demo::AppointmentRow &r) override { return m_inner.addAppointment(r); }
    Result<qint64> addComplaint(const demo::ComplaintRow &r) override { return m_inner.addComplaint(r); }
    Status addComplaintEvent(const demo::ComplaintEventRow &r) override { return m_inner.addComplaintEvent(r); }

private:
    demo::DemoSink &m_inner;
    int m_failAt;
    int m_sales = 0;
};

} // namespace

TEST_CASE("A database that already has data is refused", "[demo]")
{
    DemoStore &s = sharedDemoStore();
    demo::DemoStoreWriter writer(*s.db);
    const Status check = writer.checkEmpty();
    REQUIRE_FALSE(check.ok());
    CHECK(check.error().code == ErrorCode::Conflict);
    CHECK(check.error().message.contains(QStringLiteral("500 customers")));
}

TEST_CASE("A failure in the middle of the load writes nothing", "[demo]")
{
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("fail.db")));
    REQUIRE(db.ok());
    demo::DemoOptions o = smallDemoOptions();
    o.complaintCategories = ComplaintRepository(**db).categories().value();
    const qint64 usersBefore = value(**db, QStringLiteral("SELECT count(*) FROM app_user")).toLongLong();
    {
        demo::DemoStoreWriter writer(**db);
        REQUIRE(writer.begin().ok());
        FailingSink failing(writer, 1500);
        demo::DemoGenerator generator(o, failing);
        const Status s = generator.run();
        REQUIRE_FALSE(s.ok());
        CHECK(s.error().message.contains(QStringLiteral("simulated")));
        writer.rollback();
    }
    for (const QString &table : kContentTables)
        CHECK(value(**db, QStringLiteral("SELECT count(*) FROM ") + table).toInt() == 0);
    CHECK(value(**db, QStringLiteral("SELECT count(*) FROM store")).toInt() == 0);
    CHECK(value(**db, QStringLiteral("SELECT count(*) FROM app_user")).toLongLong() == usersBefore);
    // The indexes dropped for the load are back and the database is in WAL mode again.
    CHECK(value(**db, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'sale_line_product'")).toInt() == 1);
    CHECK(value(**db, QStringLiteral("PRAGMA journal_mode")).toString() == QStringLiteral("wal"));
}

TEST_CASE("A failure of the writer thread is reported and writes nothing", "[demo]")
{
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("fail.db")));
    REQUIRE(db.ok());
    demo::DemoOptions o = smallDemoOptions();
    o.complaintCategories = ComplaintRepository(**db).categories().value();
    {
        demo::DemoStoreWriter writer(**db);
        REQUIRE(writer.begin().ok());
        // A constraint the demo does not know about: the 200th sale line fails on the writer thread.
        REQUIRE((*db)->exec(QStringLiteral("CREATE TEMP TRIGGER refuse_line BEFORE INSERT ON sale_line WHEN new.id = 200 "
                                           "BEGIN SELECT RAISE(ABORT, 'simulated write failure'); END"))
                    .ok());
        demo::DemoGenerator generator(o, writer);
        Status s = generator.run();
        if (s)
            s = writer.commit(QDateTime(demoEndDate(), QTime(8, 0), Qt::UTC), {});
        REQUIRE_FALSE(s.ok());
        CHECK(s.error().code == ErrorCode::Database);
        CHECK(s.error().message.contains(QStringLiteral("simulated write failure")));
        CHECK(s.error().message.contains(QStringLiteral("sale_line")));
        writer.rollback();
    }
    for (const QString &table : kContentTables)
        CHECK(value(**db, QStringLiteral("SELECT count(*) FROM ") + table).toInt() == 0);
    CHECK(value(**db, QStringLiteral("SELECT count(*) FROM store")).toInt() == 0);
    CHECK(value(**db, QStringLiteral("PRAGMA journal_mode")).toString() == QStringLiteral("wal"));
}

TEST_CASE("After the load the indexes are back and the database is in WAL mode", "[demo]")
{
    DemoStore &s = sharedDemoStore();
    for (const char *index : {"sale_line_product", "stock_move_product", "sale_day", "customer_email", "consent_customer"})
        CHECK(value(*s.db, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name = '%1'")
                               .arg(QLatin1String(index)))
                  .toInt()
              == 1);
    CHECK(value(*s.db, QStringLiteral("PRAGMA journal_mode")).toString() == QStringLiteral("wal"));
    CHECK(value(*s.db, QStringLiteral("PRAGMA foreign_keys")).toInt() == 1);
    CHECK(rows(*s.db, QStringLiteral("PRAGMA foreign_key_check")).isEmpty());
    CHECK(value(*s.db, QStringLiteral("PRAGMA integrity_check")).toString() == QStringLiteral("ok"));
    CHECK(value(*s.db, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'demo.generate'")).toInt() == 1);
}

TEST_CASE("A database with user accounts is refused: the demo store goes only into a new one", "[demo]")
{
    TestDatabase t;
    t.technician(); // an account someone can sign in to: comptoir-cli demo, which needs no sign-in, must not write there
    demo::DemoStoreWriter writer(t.db());
    const Status check = writer.checkEmpty();
    REQUIRE_FALSE(check.ok());
    CHECK(check.error().code == ErrorCode::Conflict);
    CHECK(check.error().field == QStringLiteral("login"));
    CHECK(t.count(QStringLiteral("app_user")) == 1); // checking writes nothing
}
