#include "storage/CustomerRepository.h"

#include "domain/Clock.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace comptoir {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("comptoir::CustomerRepository", text);
}

const QString kColumns = QStringLiteral(
    "c.id, c.status, c.title, c.first_name, c.last_name, c.email, c.phone, c.address, c.postal_code, c.city, "
    "c.birth_date, c.loyalty_card, c.loyalty_points, c.source_channel, c.notes, c.created_at, c.updated_at, "
    "c.merged_into");

Customer readCustomer(const QSqlQuery &q)
{
    Customer c;
    c.id = q.value(0).toLongLong();
    c.status = customerStatusFromString(q.value(1).toString());
    c.title = q.value(2).toString();
    c.firstName = q.value(3).toString();
    c.lastName = q.value(4).toString();
    c.email = q.value(5).toString();
    c.phone = q.value(6).toString();
    c.address = q.value(7).toString();
    c.postalCode = q.value(8).toString();
    c.city = q.value(9).toString();
    c.birthDate = QDate::fromString(q.value(10).toString(), Qt::ISODate);
    c.loyaltyCard = q.value(11).toString();
    c.loyaltyPoints = q.value(12).toLongLong();
    c.sourceChannel = q.value(13).toString();
    c.notes = q.value(14).toString();
    c.createdAt = fromIsoUtc(q.value(15).toString());
    c.updatedAt = fromIsoUtc(q.value(16).toString());
    c.mergedInto = q.value(17).toLongLong();
    return c;
}

QVariant nullIfEmpty(const QString &s)
{
    return s.isEmpty() ? QVariant() : QVariant(s);
}

void bindInput(QSqlQuery &q, const CustomerInput &in)
{
    q.addBindValue(toString(in.status));
    q.addBindValue(in.title);
    q.addBindValue(in.firstName);
    q.addBindValue(in.lastName);
    q.addBindValue(nullIfEmpty(in.email));
    q.addBindValue(nullIfEmpty(in.phone));
    q.addBindValue(in.address);
    q.addBindValue(in.postalCode);
    q.addBindValue(in.city);
    q.addBindValue(in.birthDate.isValid() ? QVariant(in.birthDate.toString(Qt::ISODate)) : QVariant());
    q.addBindValue(nullIfEmpty(in.loyaltyCard));
    q.addBindValue(in.sourceChannel);
    q.addBindValue(in.notes);
}

Result<QList<Customer>> readAll(QSqlQuery &q, const QString &what)
{
    if (!q.exec())
        return databaseError(what, q.lastError().text());
    QList<Customer> out;
    while (q.next())
        out.append(readCustomer(q));
    return out;
}

} // namespace

Result<qint64> CustomerRepository::insert(const CustomerInput &input, const QDateTime &now, qint64 createdBy)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "INSERT INTO customer(status, title, first_name, last_name, email, phone, address, postal_code, city, "
        "birth_date, loyalty_card, source_channel, notes, created_at, updated_at, created_by) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    bindInput(q, input);
    q.addBindValue(toIsoUtc(now));
    q.addBindValue(toIsoUtc(now));
    q.addBindValue(createdBy ? QVariant(createdBy) : QVariant());
    if (!q.exec())
        return databaseError(tr("saving the customer"), q.lastError().text());
    return q.lastInsertId().toLongLong();
}

Status CustomerRepository::update(qint64 id, const CustomerInput &input, const QDateTime &now)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "UPDATE customer SET status = ?, title = ?, first_name = ?, last_name = ?, email = ?, phone = ?, "
        "address = ?, postal_code = ?, city = ?, birth_date = ?, loyalty_card = ?, source_channel = ?, notes = ?, "
        "updated_at = ? WHERE id = ?"));
    bindInput(q, input);
    q.addBindValue(toIsoUtc(now));
    q.addBindValue(id);
    if (!q.exec())
        return databaseError(tr("saving the customer"), q.lastError().text());
    return {};
}

Status CustomerRepository::addLoyaltyPoints(qint64 id, qint64 points)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE customer SET loyalty_points = loyalty_points + ? WHERE id = ?"));
    q.addBindValue(points);
    q.addBindValue(id);
    if (!q.exec())
        return databaseError(tr("updating loyalty points"), q.lastError().text());
    return {};
}

Result<std::optional<Customer>> CustomerRepository::findOne(const QString &where, const QVariant &value)
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM customer c WHERE ") + where +
              QStringLiteral(" ORDER BY c.id LIMIT 1"));
    q.addBindValue(value);
    if (!q.exec())
        return databaseError(tr("finding the customer"), q.lastError().text());
    if (!q.next())
        return std::optional<Customer>();
    return std::optional<Customer>(readCustomer(q));
}

Result<std::optional<Customer>> CustomerRepository::findById(qint64 id)
{
    return findOne(QStringLiteral("c.id = ?"), id);
}

Result<std::optional<Customer>> CustomerRepository::findByLoyaltyCard(const QString &card)
{
    return findOne(QStringLiteral("c.loyalty_card = ?"), card.trimmed().toUpper());
}

Result<std::optional<Customer>> CustomerRepository::findByPhone(const QString &e164)
{
    return findOne(QStringLiteral("c.phone = ? AND c.merged_into IS NULL"), e164);
}

Result<std::optional<Customer>> CustomerRepository::findByEmail(const QString &email)
{
    return findOne(QStringLiteral("c.email = ? COLLATE NOCASE AND c.merged_into IS NULL"), email.trimmed());
}

Result<QList<Customer>> CustomerRepository::list(int offset, int limit)
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT ") + kColumns +
              QStringLiteral(" FROM customer c WHERE c.merged_into IS NULL "
                             "ORDER BY c.last_name COLLATE NOCASE, c.first_name COLLATE NOCASE, c.postal_code, c.id "
                             "LIMIT ? OFFSET ?"));
    q.addBindValue(limit);
    q.addBindValue(offset);
    return readAll(q, tr("listing customers"));
}

Result<qint64> CustomerRepository::count()
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM customer WHERE merged_into IS NULL")) || !q.next())
        return databaseError(tr("counting customers"), q.lastError().text());
    return q.value(0).toLongLong();
}

QString CustomerRepository::ftsQuery(const QString &text)
{
    QStringList terms;
    const QStringList words = text.split(QRegularExpression(QStringLiteral("[\\s]+")), Qt::SkipEmptyParts);
    for (const QString &word : words) {
        QString clean;
        for (QChar c : word) {
            if (c.isLetterOrNumber() || c == QLatin1Char('@') || c == QLatin1Char('.') || c == QLatin1Char('-'))
                clean.append(c);
        }
        if (clean.isEmpty())
            continue;
        // A phone typed with a leading + or spaces: keep the digits as one term.
        terms << QLatin1Char('"') + clean + QStringLiteral("\"*");
    }
    return terms.join(QLatin1Char(' '));
}

Result<QList<Customer>> CustomerRepository::search(const QString &text, int limit)
{
    const QString match = ftsQuery(text);
    if (match.isEmpty())
        return list(0, limit);
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT ") + kColumns +
              QStringLiteral(" FROM customer_fts f JOIN customer c ON c.id = f.rowid "
                             "WHERE customer_fts MATCH ? AND c.merged_into IS NULL ORDER BY f.rank LIMIT ?"));
    q.addBindValue(match);
    q.addBindValue(limit);
    return readAll(q, tr("searching customers"));
}

Result<QList<Customer>> CustomerRepository::likelyDuplicates(const CustomerInput &in, qint64 excludeId)
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT ") + kColumns +
              QStringLiteral(" FROM customer c WHERE c.merged_into IS NULL AND c.id <> ? AND ("
                             " (? IS NOT NULL AND c.email = ? COLLATE NOCASE)"
                             " OR (? IS NOT NULL AND c.phone = ?)"
                             " OR (? IS NOT NULL AND c.loyalty_card = ?)"
                             " OR (c.last_name = ? COLLATE NOCASE AND c.first_name = ? COLLATE NOCASE"
                             "     AND c.postal_code = ? AND ? <> ''))"
                             " ORDER BY c.id LIMIT 20"));
    const QVariant email = nullIfEmpty(in.email);
    const QVariant phone = nullIfEmpty(in.phone);
    const QVariant card = nullIfEmpty(in.loyaltyCard);
    q.addBindValue(excludeId);
    q.addBindValue(email);
    q.addBindValue(email);
    q.addBindValue(phone);
    q.addBindValue(phone);
    q.addBindValue(card);
    q.addBindValue(card);
    q.addBindValue(in.lastName);
    q.addBindValue(in.firstName);
    q.addBindValue(in.postalCode);
    q.addBindValue(in.postalCode);
    return readAll(q, tr("looking for duplicates"));
}

} // namespace comptoir
