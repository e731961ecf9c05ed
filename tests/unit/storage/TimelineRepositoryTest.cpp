#include "TestDatabase.h"

#include "storage/TimelineRepository.h"

#include <QSqlQuery>

#include <catch2/catch.hpp>

using namespace comptoir;

TEST_CASE("The timeline query reaches every table through its customer index", "[timeline][plan]")
{
    test::TestDatabase t;
    QSqlQuery q(t.db().connection());
    q.prepare(QStringLiteral("EXPLAIN QUERY PLAN ") + TimelineRepository::pageSql());
    for (const QVariant &v : {QVariant(1), QVariant(1), QVariant(50), QVariant(0)})
        q.addBindValue(v);
    REQUIRE(q.exec());
    QStringList details;
    while (q.next())
        details << q.value(3).toString();
    const QString plan = details.join(QLatin1Char('\n'));
    INFO(plan.toStdString());
    for (const char *index : {"sale_customer", "credit_note_customer", "appointment_customer", "complaint_customer",
                              "interaction_customer", "customer_merged_into"})
        CHECK(plan.contains(QLatin1String(index)));
    for (const QString &line : details) {
        // No full scan of a history table (scanning the small "ids" list is fine).
        for (const char *table : {"SCAN s", "SCAN cn", "SCAN a", "SCAN c", "SCAN i", "SCAN customer"})
            CHECK_FALSE((line == QLatin1String(table) || line.startsWith(QLatin1String(table) + QLatin1Char(' '))));
    }
}
