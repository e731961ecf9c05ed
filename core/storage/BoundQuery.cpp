#include "storage/BoundQuery.h"

#include "domain/Clock.h"
#include "storage/Database.h"

#include <QSqlError>
#include <QSqlQuery>

namespace comptoir {

Status execBound(QSqlQuery &q, const QString &sql, const QVariantList &values, const QString &what)
{
    q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec())
        return databaseError(what, q.lastError().text());
    return {};
}

void appendTimeWindow(QString &sql, QVariantList &values, QLatin1String column, const QDateTime &from,
                      const QDateTime &to)
{
    if (from.isValid()) {
        sql += QLatin1String(" AND ");
        sql += column;
        sql += QLatin1String(" >= ?");
        values << toIsoUtc(from);
    }
    if (to.isValid()) {
        sql += QLatin1String(" AND ");
        sql += column;
        sql += QLatin1String(" < ?");
        values << toIsoUtc(to);
    }
}

} // namespace comptoir
