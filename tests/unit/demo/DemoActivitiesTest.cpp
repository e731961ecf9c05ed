#include "DemoTestSupport.h"

#include "demo/DemoCalendar.h"
#include "domain/Clock.h"

#include <catch2/catch.hpp>

#include <QHash>
#include <QMap>

using namespace comptoir;
using namespace comptoir::test;

namespace {

QString isoAt(const QDate &day, int secondsOfDay)
{
    return toIsoUtc(QDateTime::fromSecsSinceEpoch(demo::DemoCalendar::toUtc(day, secondsOfDay), Qt::UTC));
}

} // namespace

TEST_CASE("Today has planned appointments, the agenda goes on for weeks", "[demo][appointments]")
{
    Database &db = *sharedDemoStore().db;
    const QString today = isoAt(demoEndDate(), 0);
    const QString tomorrow = isoAt(demoEndDate().addDays(1), 0);
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT count(*) FROM appointment WHERE starts_at >= ? AND starts_at < ? AND status = 'planned'"));
    q.addBindValue(today);
    q.addBindValue(tomorrow);
    REQUIRE(q.exec());
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() >= 3);

    q.prepare(QStringLiteral("SELECT count(*) FROM appointment WHERE starts_at >= ?"));
    q.addBindValue(tomorrow);
    REQUIRE(q.exec());
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() > 10);

    // Past appointments are settled; upcoming ones are planned or cancelled; all were booked before "now".
    q.prepare(QStringLiteral("SELECT count(*) FROM appointment WHERE ends_at < ? AND status = 'planned'"));
    q.addBindValue(today);
    REQUIRE(q.exec());
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 0);
    q.prepare(QStringLiteral("SELECT count(*) FROM appointment WHERE starts_at >= ? AND status NOT IN ('planned', 'cancelled')"));
    q.addBindValue(today);
    REQUIRE(q.exec());
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 0);
    q.prepare(QStringLiteral("SELECT count(*) FROM appointment WHERE created_at >= ? OR created_at >= starts_at"));
    q.addBindValue(today);
    REQUIRE(q.exec());
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 0);
    for (const char *status : {"done", "no_show", "cancelled", "planned"})
        CHECK(value(db, QStringLiteral("SELECT count(*) FROM appointment WHERE status = '%1'").arg(QLatin1String(status))).toInt()
              > 0);
}

TEST_CASE("A staff member never has two appointments at once", "[demo][appointments]")
{
    Database &db = *sharedDemoStore().db;
    CHECK(value(db, QStringLiteral("SELECT count(*) FROM appointment a JOIN appointment b ON a.staff_id = b.staff_id "
                                   "AND a.id < b.id AND a.starts_at < b.ends_at AND b.starts_at < a.ends_at"))
              .toInt()
          == 0);
    CHECK(value(db, QStringLiteral("SELECT count(*) FROM appointment a JOIN app_user u ON u.id = a.staff_id "
                                   "JOIN role r ON r.id = u.role_id WHERE r.code IN ('intern', 'technician')"))
              .toInt()
          == 0);
}

TEST_CASE("Complaints exist in every status with their history", "[demo][complaints]")
{
    Database &db = *sharedDemoStore().db;
    for (const char *status : {"open", "in_progress", "resolved", "closed", "rejected"}) {
        INFO(status);
        CHECK(value(db, QStringLiteral("SELECT count(*) FROM complaint WHERE status = '%1'").arg(QLatin1String(status))).toInt()
              > 0);
    }
    // History: opened from nothing, each step from the previous status, ending in the current one.
    QMap<qint64, QList<QVariantList>> events;
    for (const QVariantList &r : rows(db, QStringLiteral("SELECT complaint_id, from_status, to_status, at FROM complaint_event "
                                                         "ORDER BY complaint_id, at, id")))
        events[r[0].toLongLong()].append(r);
    const QList<QVariantList> complaints = rows(db, QStringLiteral("SELECT id, status, opened_at, resolved_at, closed_at, "
                                                                   "satisfaction, resolution FROM complaint"));
    REQUIRE(complaints.size() >= 25);
    for (const QVariantList &c : complaints) {
        const QList<QVariantList> &history = events[c[0].toLongLong()];
        REQUIRE_FALSE(history.isEmpty());
        REQUIRE(history.first()[1].isNull());
        REQUIRE(history.first()[2].toString() == QStringLiteral("open"));
        REQUIRE(history.first()[3].toString() == c[2].toString());
        for (qsizetype i = 1; i < history.size(); ++i)
            REQUIRE(history[i][1].toString() == history[i - 1][2].toString());
        REQUIRE(history.last()[2].toString() == c[1].toString());
        const QString status = c[1].toString();
        if (status == QStringLiteral("closed"))
            REQUIRE((c[5].toInt() >= 1 && c[5].toInt() <= 5 && !c[4].isNull() && !c[3].isNull()));
        if (status == QStringLiteral("rejected"))
            REQUIRE((!c[4].isNull() && !c[6].toString().isEmpty()));
        if (status == QStringLiteral("resolved"))
            REQUIRE((!c[3].isNull() && c[4].isNull() && !c[6].toString().isEmpty()));
    }
}

TEST_CASE("Complaint due dates follow the category's SLA", "[demo][complaints]")
{
    Database &db = *sharedDemoStore().db;
    for (const QVariantList &r : rows(db, QStringLiteral("SELECT c.opened_at, c.due_at, k.sla_days FROM complaint c "
                                                         "JOIN complaint_category k ON k.id = c.category_id"))) {
        const QDateTime opened = fromIsoUtc(r[0].toString());
        REQUIRE(fromIsoUtc(r[1].toString()) == opened.addDays(r[2].toInt()));
        REQUIRE(opened < QDateTime(demoEndDate(), QTime(0, 0), Qt::UTC).addDays(1));
    }
    // Complaints about a sale belong to that sale's customer and come after it.
    CHECK(value(db, QStringLiteral("SELECT count(*) FROM complaint c JOIN sale s ON s.id = c.sale_id "
                                   "WHERE s.customer_id IS NOT c.customer_id OR c.opened_at < s.at"))
              .toInt()
          == 0);
}
