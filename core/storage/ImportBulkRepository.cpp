#include "storage/ImportBulkRepository.h"

#include "domain/Clock.h"
#include "domain/Validation.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace comptoir {

namespace {

/** The translation context of this file's messages (lupdate reads it). */
struct ImportBulkRepositoryText {
    Q_DECLARE_TR_FUNCTIONS(comptoir::ImportBulkRepository)
};

} // namespace

qint64 CustomerKeys::find(const CustomerInput &in) const
{
    if (!in.email.isEmpty()) {
        if (qint64 id = email.value(in.email.toLower()))
            return id;
    }
    if (!in.phone.isEmpty()) {
        if (qint64 id = phone.value(in.phone))
            return id;
    }
    if (!in.loyaltyCard.isEmpty()) {
        if (qint64 id = card.value(in.loyaltyCard.toUpper()))
            return id;
    }
    return 0;
}

void CustomerKeys::add(const CustomerInput &in, qint64 id)
{
    if (!in.email.isEmpty())
        email.insert(in.email.toLower(), id);
    if (!in.phone.isEmpty())
        phone.insert(in.phone, id);
    if (!in.loyaltyCard.isEmpty())
        card.insert(in.loyaltyCard.toUpper(), id);
}

qint64 CustomerKeys::lookup(const QString &key, Key kind) const
{
    if (key.isEmpty())
        return 0;
    const bool isEmail = kind == Key::Email || (kind == Key::Any && key.contains(QLatin1Char('@')));
    if (isEmail)
        return email.value(key.toLower());
    if (kind == Key::Card || kind == Key::Any) {
        if (qint64 id = card.value(key.toUpper()))
            return id;
    }
    if (kind == Key::Phone || kind == Key::Any) {
        if (auto e164 = validation::phone(key))
            return phone.value(*e164);
    }
    return 0;
}

Result<QHash<QString, qint64>> ImportBulkRepository::userIdsByLogin()
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT id, login FROM app_user")))
        return databaseError(ImportBulkRepositoryText::tr("reading the users"), q.lastError().text());
    QHash<QString, qint64> ids;
    while (q.next())
        ids.insert(q.value(1).toString().toLower(), q.value(0).toLongLong());
    return ids;
}

Result<CustomerKeys> ImportBulkRepository::customerKeys()
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, email, phone, loyalty_card FROM customer "
                               "WHERE merged_into IS NULL AND erased_at IS NULL ORDER BY id DESC")))
        return databaseError(ImportBulkRepositoryText::tr("reading customer e-mails, phones and cards"), q.lastError().text());
    CustomerKeys keys;
    // Descending ids, so that the oldest customer with a key is the one kept.
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        if (!q.value(1).isNull())
            keys.email.insert(q.value(1).toString().toLower(), id);
        if (!q.value(2).isNull())
            keys.phone.insert(q.value(2).toString(), id);
        if (!q.value(3).isNull())
            keys.card.insert(q.value(3).toString().toUpper(), id);
    }
    return keys;
}

Result<qint64> ImportBulkRepository::insertCustomer(const CustomerInput &in, const QDateTime &now, qint64 createdBy)
{
    if (!m_prepared) {
        BOOST_OUTCOME_TRYV(m_insertCustomer.prepare(
                    m_db.handle(),
                    "INSERT INTO customer(status, title, first_name, last_name, email, phone, address, postal_code, city, "
                    "birth_date, loyalty_card, source_channel, notes, created_at, updated_at, created_by) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    ImportBulkRepositoryText::tr("customer")));
        m_prepared = true;
    }
    BulkStatement &s = m_insertCustomer;
    s.bindStaticText(1, in.status == CustomerStatus::Customer ? "customer" : "prospect");
    s.bindText(2, in.title);
    s.bindText(3, in.firstName);
    s.bindText(4, in.lastName);
    s.bindTextOrNull(5, in.email);
    s.bindTextOrNull(6, in.phone);
    s.bindText(7, in.address);
    s.bindText(8, in.postalCode);
    s.bindText(9, in.city);
    s.bindTextOrNull(10, in.birthDate.isValid() ? in.birthDate.toString(Qt::ISODate) : QString());
    s.bindTextOrNull(11, in.loyaltyCard);
    s.bindText(12, in.sourceChannel);
    s.bindText(13, in.notes);
    const qint64 seconds = now.toSecsSinceEpoch();
    s.bindTime(14, seconds);
    s.bindTime(15, seconds);
    s.bindIdOrNull(16, createdBy);
    BOOST_OUTCOME_TRYV(s.step());
    return s.lastInsertId();
}

Result<QList<StockMoveRecord>> ImportBulkRepository::stockMoves(qint64 afterId, int limit)
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT m.id, m.product_id, m.quantity, m.kind, m.reason, coalesce(m.supplier_id, 0), m.at, "
        "p.sku, coalesce(p.ean13, ''), coalesce(s.name, '') "
        "FROM stock_move m JOIN product p ON p.id = m.product_id LEFT JOIN supplier s ON s.id = m.supplier_id "
        "WHERE m.id > ? ORDER BY m.id LIMIT ?"));
    q.addBindValue(afterId);
    q.addBindValue(limit);
    if (!q.exec())
        return databaseError(ImportBulkRepositoryText::tr("reading stock moves"), q.lastError().text());
    QList<StockMoveRecord> out;
    while (q.next()) {
        StockMoveRecord r;
        r.move.id = q.value(0).toLongLong();
        r.move.productId = q.value(1).toLongLong();
        r.move.quantity = q.value(2).toLongLong();
        r.move.kind = stockMoveKindFromString(q.value(3).toString()).value_or(StockMoveKind::Adjustment);
        r.move.reason = q.value(4).toString();
        r.move.supplierId = q.value(5).toLongLong();
        r.move.at = fromIsoUtc(q.value(6).toString());
        r.sku = q.value(7).toString();
        r.ean13 = q.value(8).toString();
        r.supplier = q.value(9).toString();
        out.append(r);
    }
    return out;
}

Status ImportBulkRepository::saveProfile(const QString &name, ImportEntity entity, const ImportMapping &mapping,
                                         const QDateTime &now)
{
    QJsonObject json;
    for (auto it = mapping.begin(); it != mapping.end(); ++it)
        json.insert(it.key(), it.value());
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO import_profile(name, entity, mapping, updated_at) VALUES (?, ?, ?, ?) "
                             "ON CONFLICT(name, entity) DO UPDATE SET mapping = excluded.mapping, "
                             "updated_at = excluded.updated_at"));
    q.addBindValue(name);
    q.addBindValue(toString(entity));
    q.addBindValue(QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact)));
    q.addBindValue(toIsoUtc(now));
    if (!q.exec())
        return databaseError(ImportBulkRepositoryText::tr("saving the import profile"), q.lastError().text());
    return {};
}

Result<std::optional<ImportMapping>> ImportBulkRepository::profile(const QString &name, ImportEntity entity)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT mapping FROM import_profile WHERE name = ? AND entity = ?"));
    q.addBindValue(name);
    q.addBindValue(toString(entity));
    if (!q.exec())
        return databaseError(ImportBulkRepositoryText::tr("reading the import profile"), q.lastError().text());
    if (!q.next())
        return std::optional<ImportMapping>();
    ImportMapping mapping;
    const QJsonObject json = QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
    for (auto it = json.begin(); it != json.end(); ++it)
        mapping.insert(it.key(), it.value().toString());
    return std::optional<ImportMapping>(mapping);
}

Result<QStringList> ImportBulkRepository::profileNames(ImportEntity entity)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT name FROM import_profile WHERE entity = ? ORDER BY name"));
    q.addBindValue(toString(entity));
    if (!q.exec())
        return databaseError(ImportBulkRepositoryText::tr("listing import profiles"), q.lastError().text());
    QStringList out;
    while (q.next())
        out.append(q.value(0).toString());
    return out;
}

} // namespace comptoir
