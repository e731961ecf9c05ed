#include "storage/StoreRepository.h"

#include "storage/Database.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace comptoir {

namespace {

/** The translation context of this file's messages (lupdate reads it). */
struct StoreRepositoryText {
    Q_DECLARE_TR_FUNCTIONS(comptoir::StoreRepository)
};

} // namespace

Result<std::optional<StoreInfo>> StoreRepository::current()
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT id, code, name, address, postal_code, city, phone, siret FROM store "
                               "ORDER BY id LIMIT 1")))
        return databaseError(StoreRepositoryText::tr("reading the store"), q.lastError().text());
    if (!q.next())
        return std::optional<StoreInfo>();
    StoreInfo s;
    s.id = q.value(0).toLongLong();
    s.code = q.value(1).toString();
    s.name = q.value(2).toString();
    s.address = q.value(3).toString();
    s.postalCode = q.value(4).toString();
    s.city = q.value(5).toString();
    s.phone = q.value(6).toString();
    s.siret = q.value(7).toString();
    return std::optional<StoreInfo>(s);
}

Result<StoreInfo> StoreRepository::required()
{
    BOOST_OUTCOME_TRY(store, current());
    if (!store.has_value())
        return Error::validation(QStringLiteral("store"), StoreRepositoryText::tr("no store is set up yet"));
    return *store;
}

Result<qint64> StoreRepository::insert(const StoreInfo &s, const QString &createdAt)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO store(code, name, address, postal_code, city, phone, siret, created_at) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const QString &v : {s.code, s.name, s.address, s.postalCode, s.city, s.phone, s.siret, createdAt})
        q.addBindValue(v);
    if (!q.exec())
        return databaseError(StoreRepositoryText::tr("saving the store"), q.lastError().text());
    return q.lastInsertId().toLongLong();
}

Status StoreRepository::update(const StoreInfo &s)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE store SET code = ?, name = ?, address = ?, postal_code = ?, city = ?, phone = ?, "
                             "siret = ? WHERE id = ?"));
    for (const QString &v : {s.code, s.name, s.address, s.postalCode, s.city, s.phone, s.siret})
        q.addBindValue(v);
    q.addBindValue(s.id);
    if (!q.exec())
        return databaseError(StoreRepositoryText::tr("saving the store"), q.lastError().text());
    return {};
}

Result<StoreCounts> StoreRepository::counts()
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT (SELECT count(*) FROM customer WHERE merged_into IS NULL), "
                               "(SELECT count(*) FROM product), (SELECT count(*) FROM sale)"))
        || !q.next())
        return databaseError(StoreRepositoryText::tr("counting records"), q.lastError().text());
    return StoreCounts{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong()};
}

} // namespace comptoir
