#include "storage/StatsRepository.h"

#include "storage/Database.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace comptoir {

namespace {

/** The translation context of this file's messages (lupdate reads it). */
struct StatsRepositoryText {
    Q_DECLARE_TR_FUNCTIONS(comptoir::StatsRepository)
};

} // namespace

Result<DatabaseStats> StatsRepository::read()
{
    DatabaseStats stats;
    stats.schemaVersion = m_db.schemaVersion();
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral(
            "SELECT (SELECT name FROM store ORDER BY id LIMIT 1), (SELECT code FROM store ORDER BY id LIMIT 1), "
            "(SELECT count(*) FROM app_user), (SELECT count(*) FROM customer), (SELECT count(*) FROM product), "
            "(SELECT count(*) FROM sale), (SELECT count(*) FROM sale_line), (SELECT count(*) FROM payment), "
            "(SELECT count(*) FROM appointment), (SELECT count(*) FROM complaint), (SELECT count(*) FROM stock_move), "
            "(SELECT count(*) FROM consent), (SELECT count(*) FROM interaction), "
            "(SELECT min(business_day) FROM sale), (SELECT max(business_day) FROM sale), "
            "(SELECT coalesce(sum(total_cents), 0) FROM sale)"))
        || !q.next())
        return databaseError(StatsRepositoryText::tr("reading the statistics"), q.lastError().text());
    stats.storeName = q.value(0).toString();
    stats.storeCode = q.value(1).toString();
    stats.users = q.value(2).toLongLong();
    stats.customers = q.value(3).toLongLong();
    stats.products = q.value(4).toLongLong();
    stats.sales = q.value(5).toLongLong();
    stats.saleLines = q.value(6).toLongLong();
    stats.payments = q.value(7).toLongLong();
    stats.appointments = q.value(8).toLongLong();
    stats.complaints = q.value(9).toLongLong();
    stats.stockMoves = q.value(10).toLongLong();
    stats.consents = q.value(11).toLongLong();
    stats.interactions = q.value(12).toLongLong();
    stats.firstSaleDay = QDate::fromString(q.value(13).toString(), Qt::ISODate);
    stats.lastSaleDay = QDate::fromString(q.value(14).toString(), Qt::ISODate);
    stats.revenueCents = q.value(15).toLongLong();
    if (m_db.path() != QLatin1String(":memory:")) {
        stats.fileBytes = QFileInfo(m_db.path()).size();
        const QFileInfo wal(m_db.path() + QStringLiteral("-wal"));
        if (wal.exists())
            stats.fileBytes += wal.size();
    }
    return stats;
}

} // namespace comptoir
