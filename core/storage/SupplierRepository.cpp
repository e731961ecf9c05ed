#include "storage/SupplierRepository.h"

#include "domain/Clock.h"
#include "storage/Database.h"
#include "storage/SqlValues.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace comptoir {

namespace {

/** The translation context of this file's messages (lupdate reads it). */
struct SupplierRepositoryText {
    Q_DECLARE_TR_FUNCTIONS(comptoir::SupplierRepository)
};

const QString kSupplierColumns =
    QStringLiteral("id, name, contact, email, phone, address, postal_code, city, created_at");

Supplier readSupplier(const QSqlQuery &q)
{
    Supplier s;
    s.id = q.value(0).toLongLong();
    s.name = q.value(1).toString();
    s.contact = q.value(2).toString();
    s.email = q.value(3).toString();
    s.phone = q.value(4).toString();
    s.address = q.value(5).toString();
    s.postalCode = q.value(6).toString();
    s.city = q.value(7).toString();
    s.createdAt = fromIsoUtc(q.value(8).toString());
    return s;
}

/** Empty text, never NULL: Qt binds a null QString as NULL, which NOT NULL text columns refuse. */

} // namespace

Result<qint64> SupplierRepository::insert(const SupplierInput &in, const QDateTime &now)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO supplier(name, contact, email, phone, address, postal_code, city, created_at) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(notNull(in.name));
    q.addBindValue(notNull(in.contact));
    q.addBindValue(nullIfEmpty(in.email));
    q.addBindValue(nullIfEmpty(in.phone));
    q.addBindValue(notNull(in.address));
    q.addBindValue(notNull(in.postalCode));
    q.addBindValue(notNull(in.city));
    q.addBindValue(toIsoUtc(now));
    if (!q.exec())
        return databaseError(SupplierRepositoryText::tr("saving the supplier"), q.lastError().text());
    return q.lastInsertId().toLongLong();
}

Result<std::optional<Supplier>> SupplierRepository::findOne(const QString &where, const QVariant &value)
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT ") + kSupplierColumns + QStringLiteral(" FROM supplier WHERE ") + where +
              QStringLiteral(" ORDER BY id LIMIT 1"));
    q.addBindValue(value);
    if (!q.exec())
        return databaseError(SupplierRepositoryText::tr("finding the supplier"), q.lastError().text());
    if (!q.next())
        return std::optional<Supplier>();
    return std::optional<Supplier>(readSupplier(q));
}

Result<std::optional<Supplier>> SupplierRepository::findById(qint64 id)
{
    return findOne(QStringLiteral("id = ?"), id);
}

Result<std::optional<Supplier>> SupplierRepository::findByName(const QString &name)
{
    return findOne(QStringLiteral("name = ? COLLATE NOCASE"), name.trimmed());
}

Result<QList<Supplier>> SupplierRepository::list()
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT ") + kSupplierColumns + QStringLiteral(" FROM supplier ORDER BY name COLLATE NOCASE, id")))
        return databaseError(SupplierRepositoryText::tr("listing suppliers"), q.lastError().text());
    QList<Supplier> out;
    while (q.next())
        out.append(readSupplier(q));
    return out;
}

} // namespace comptoir
