#include "domain/Clock.h"
#include "storage/BulkStatement.h"

#include <catch2/catch.hpp>

using namespace comptoir;

TEST_CASE("Stored timestamps written without QDateTime match toIsoUtc", "[demo][storage]")
{
    const qint64 start = QDateTime(QDate(1999, 12, 31), QTime(23, 59, 59), Qt::UTC).toSecsSinceEpoch();
    for (qint64 t = start; t < start + 40LL * 365 * 86400; t += 86400 * 7 + 3607) {
        const QDateTime dt = QDateTime::fromSecsSinceEpoch(t, Qt::UTC);
        REQUIRE(QString::fromLatin1(BulkStatement::isoUtc(t)) == toIsoUtc(dt));
        REQUIRE(QString::fromLatin1(BulkStatement::isoDate(dt.date().toJulianDay())) == dt.date().toString(Qt::ISODate));
    }
    CHECK(BulkStatement::isoUtc(0) == QByteArray("1970-01-01T00:00:00Z"));
    CHECK(BulkStatement::isoDate(QDate(2024, 2, 29).toJulianDay()) == QByteArray("2024-02-29"));
}
