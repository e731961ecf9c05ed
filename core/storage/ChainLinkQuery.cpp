#include "storage/ChainLinkQuery.h"

#include "storage/Database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace comptoir {

Result<ChainLink> chainLinkAfterLast(Database &db, const QString &lastOfStore, qint64 storeId, const QString &what)
{
    QSqlQuery q(db.connection());
    q.prepare(lastOfStore);
    q.addBindValue(storeId);
    if (!q.exec())
        return databaseError(what, q.lastError().text());
    ChainLink link;
    if (q.next()) {
        link.number = q.value(0).toLongLong() + 1;
        link.prevHash = q.value(1).toString();
    }
    return link;
}

} // namespace comptoir
