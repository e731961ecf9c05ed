#include "storage/CustomerRepository.h"

#include "domain/Clock.h"
#include "storage/BoundQuery.h"
#include "storage/Database.h"
#include "storage/SqlValues.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace comptoir {

namespace {

/** The translation context of this file's messages (lupdate reads it). */
struct CustomerRepositoryText {
    Q_DECLARE_TR_FUNCTIONS(comptoir::CustomerRepository)
};

const QString kCustomerColumns = QStringLiteral(
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

/** Empty text, never NULL: Qt binds a null QString as NULL, which NOT NULL text columns refuse. */

void bindCustomerInput(QSqlQuery &q, const CustomerInput &in)
{
    q.addBindValue(toString(in.status));
    q.addBindValue(notNull(in.title));
    q.addBindValue(notNull(in.firstName));
    q.addBindValue(notNull(in.lastName));
    q.addBindValue(nullIfEmpty(in.email));
    q.addBindValue(nullIfEmpty(in.phone));
    q.addBindValue(notNull(in.address));
    q.addBindValue(notNull(in.postalCode));
    q.addBindValue(notNull(in.city));
    q.addBindValue(in.birthDate.isValid() ? QVariant(in.birthDate.toString(Qt::ISODate)) : QVariant());
    q.addBindValue(nullIfEmpty(in.loyaltyCard));
    q.addBindValue(notNull(in.sourceChannel));
    q.addBindValue(notNull(in.notes));
}

// The search row of a customer, from its stored fields. The phone is indexed in its E.164
// digits and its national form, so "+33612", "0612" and "06 12" all find +33612345678.
const QString kSearchRowSelect = QStringLiteral(
    "SELECT id, first_name || ' ' || last_name, coalesce(email, ''), "
    "CASE WHEN phone IS NULL THEN '' "
    "     WHEN substr(phone, 1, 3) = '+33' THEN phone || ' 0' || substr(phone, 4) "
    "     WHEN substr(phone, 1, 4) IN ('+590', '+594', '+596', '+262', '+508') THEN phone || ' 0' || substr(phone, 5) "
    "     ELSE phone END, "
    "city FROM customer");

Result<QList<Customer>> readCustomers(QSqlQuery &q, const QString &what)
{
    if (!q.exec())
        return databaseError(what, q.lastError().text());
    QList<Customer> out;
    while (q.next())
        out.append(readCustomer(q));
    return out;
}

/** Runs an UPDATE with bound values and returns the rows it changed. */
Result<int> runUpdate(Database &db, const QString &sql, const QVariantList &values, const QString &what)
{
    QSqlQuery q(db.connection());
    BOOST_OUTCOME_TRYV(execBound(q, sql, values, what));
    return q.numRowsAffected();
}

} // namespace

Result<qint64> CustomerRepository::insert(const CustomerInput &input, const QDateTime &now, qint64 createdBy)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "INSERT INTO customer(status, title, first_name, last_name, email, phone, address, postal_code, city, "
        "birth_date, loyalty_card, source_channel, notes, created_at, updated_at, created_by) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    bindCustomerInput(q, input);
    q.addBindValue(toIsoUtc(now));
    q.addBindValue(toIsoUtc(now));
    q.addBindValue(createdBy ? QVariant(createdBy) : QVariant());
    if (!q.exec())
        return databaseError(CustomerRepositoryText::tr("saving the customer"), q.lastError().text());
    const qint64 id = q.lastInsertId().toLongLong();
    BOOST_OUTCOME_TRYV(reindex(id));
    return id;
}

Status CustomerRepository::update(qint64 id, const CustomerInput &input, const QDateTime &now)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "UPDATE customer SET status = ?, title = ?, first_name = ?, last_name = ?, email = ?, phone = ?, "
        "address = ?, postal_code = ?, city = ?, birth_date = ?, loyalty_card = ?, source_channel = ?, notes = ?, "
        "updated_at = ? WHERE id = ?"));
    bindCustomerInput(q, input);
    q.addBindValue(toIsoUtc(now));
    q.addBindValue(id);
    if (!q.exec())
        return databaseError(CustomerRepositoryText::tr("saving the customer"), q.lastError().text());
    return reindex(id);
}

Status CustomerRepository::reindex(qint64 id)
{
    QSqlQuery remove(m_db.connection());
    remove.prepare(QStringLiteral("DELETE FROM customer_fts WHERE rowid = ?"));
    remove.addBindValue(id);
    if (!remove.exec())
        return databaseError(CustomerRepositoryText::tr("updating the customer search index"), remove.lastError().text());
    QSqlQuery insert(m_db.connection());
    insert.prepare(QStringLiteral("INSERT INTO customer_fts(rowid, name, email, phone, city) ") + kSearchRowSelect +
                   QStringLiteral(" WHERE id = ?"));
    insert.addBindValue(id);
    if (!insert.exec())
        return databaseError(CustomerRepositoryText::tr("updating the customer search index"), insert.lastError().text());
    return {};
}

Status CustomerRepository::rebuildSearchIndex()
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("DELETE FROM customer_fts")))
        return databaseError(CustomerRepositoryText::tr("rebuilding the customer search index"), q.lastError().text());
    if (!q.exec(QStringLiteral("INSERT INTO customer_fts(rowid, name, email, phone, city) ") + kSearchRowSelect))
        return databaseError(CustomerRepositoryText::tr("rebuilding the customer search index"), q.lastError().text());
    return {};
}

Status CustomerRepository::addLoyaltyPoints(qint64 id, qint64 points)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE customer SET loyalty_points = loyalty_points + ? WHERE id = ?"));
    q.addBindValue(points);
    q.addBindValue(id);
    if (!q.exec())
        return databaseError(CustomerRepositoryText::tr("updating loyalty points"), q.lastError().text());
    return {};
}

Status CustomerRepository::creditSale(qint64 id, qint64 points)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE customer SET loyalty_points = loyalty_points + ?, status = 'customer' WHERE id = ?"));
    q.addBindValue(points);
    q.addBindValue(id);
    if (!q.exec())
        return databaseError(CustomerRepositoryText::tr("crediting the customer's loyalty points"), q.lastError().text());
    return {};
}

Result<std::optional<Customer>> CustomerRepository::findOne(const QString &where, const QVariant &value)
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT ") + kCustomerColumns + QStringLiteral(" FROM customer c WHERE ") + where +
              QStringLiteral(" ORDER BY c.id LIMIT 1"));
    q.addBindValue(value);
    if (!q.exec())
        return databaseError(CustomerRepositoryText::tr("finding the customer"), q.lastError().text());
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
    q.prepare(QStringLiteral("SELECT ") + kCustomerColumns +
              QStringLiteral(" FROM customer c WHERE c.merged_into IS NULL "
                             "ORDER BY c.last_name COLLATE NOCASE, c.first_name COLLATE NOCASE, c.postal_code, c.id "
                             "LIMIT ? OFFSET ?"));
    q.addBindValue(limit);
    q.addBindValue(offset);
    return readCustomers(q, CustomerRepositoryText::tr("listing customers"));
}

Result<qint64> CustomerRepository::count()
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM customer WHERE merged_into IS NULL")) || !q.next())
        return databaseError(CustomerRepositoryText::tr("counting customers"), q.lastError().text());
    return q.value(0).toLongLong();
}

QString CustomerRepository::ftsQuery(const QString &text)
{
    // A phone typed with a leading + or 00, spaces or dots: keep the digits as one term
    // (the index holds "33612345678" and "0612345678" for +33612345678).
    static const QRegularExpression phoneLike(QStringLiteral(R"(^(\+|00)?[0-9][0-9 .\-()/]*$)"));
    const QString trimmed = text.trimmed();
    if (phoneLike.match(trimmed).hasMatch()) {
        QString digits;
        for (QChar c : trimmed) {
            if (c.isDigit())
                digits.append(c);
        }
        if (trimmed.startsWith(QLatin1String("00")) && digits.size() > 2)
            digits.remove(0, 2);
        return QLatin1Char('"') + digits + QStringLiteral("\"*");
    }
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
    q.prepare(QStringLiteral("SELECT ") + kCustomerColumns +
              QStringLiteral(" FROM customer_fts f JOIN customer c ON c.id = f.rowid "
                             "WHERE customer_fts MATCH ? AND c.merged_into IS NULL ORDER BY f.rank LIMIT ?"));
    q.addBindValue(match);
    q.addBindValue(limit);
    return readCustomers(q, CustomerRepositoryText::tr("searching customers"));
}

Result<QList<Customer>> CustomerRepository::likelyDuplicates(const CustomerInput &in, qint64 excludeId)
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT ") + kCustomerColumns +
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
    q.addBindValue(notNull(in.lastName));
    q.addBindValue(notNull(in.firstName));
    q.addBindValue(in.postalCode);
    q.addBindValue(in.postalCode);
    return readCustomers(q, CustomerRepositoryText::tr("looking for duplicates"));
}

Result<MergeMoves> CustomerRepository::moveHistory(qint64 fromId, qint64 toId)
{
    const QString what = CustomerRepositoryText::tr("moving the customer's history");
    const QVariantList ids{toId, fromId};
    MergeMoves moves;
    const struct {
        const char *sql;
        int *count;
    } steps[] = {
        {"UPDATE appointment SET customer_id = ? WHERE customer_id = ?", &moves.appointments},
        {"UPDATE complaint SET customer_id = ? WHERE customer_id = ?", &moves.complaints},
        {"UPDATE interaction SET customer_id = ? WHERE customer_id = ?", &moves.interactions},
        {"UPDATE deposit SET customer_id = ? WHERE customer_id = ?", &moves.deposits},
        {"UPDATE customer SET merged_into = ? WHERE merged_into = ?", &moves.relinked},
    };
    for (const auto &step : steps) {
        BOOST_OUTCOME_TRY(n, runUpdate(m_db, QString::fromLatin1(step.sql), ids, what));
        *step.count = n;
    }
    return moves;
}

Result<qint64> CustomerRepository::markMerged(qint64 mergedId, qint64 keepId, const QDateTime &now)
{
    const QString what = CustomerRepositoryText::tr("merging the customers");
    QSqlQuery points(m_db.connection());
    points.prepare(QStringLiteral("SELECT loyalty_points FROM customer WHERE id = ?"));
    points.addBindValue(mergedId);
    if (!points.exec() || !points.next())
        return databaseError(what, points.lastError().text());
    const qint64 moved = points.value(0).toLongLong();
    BOOST_OUTCOME_TRYV(runUpdate(m_db,
                                 QStringLiteral("UPDATE customer SET loyalty_points = loyalty_points + ?, updated_at = ? "
                                                "WHERE id = ?"),
                                 {moved, toIsoUtc(now), keepId}, what));
    BOOST_OUTCOME_TRYV(runUpdate(m_db,
                                 QStringLiteral("UPDATE customer SET merged_into = ?, loyalty_points = 0, updated_at = ? "
                                                "WHERE id = ?"),
                                 {keepId, toIsoUtc(now), mergedId}, what));
    return moved;
}

Status CustomerRepository::moveLoyaltyCard(qint64 fromId, qint64 toId, const QDateTime &now)
{
    const QString what = CustomerRepositoryText::tr("moving the loyalty card");
    QSqlQuery card(m_db.connection());
    card.prepare(QStringLiteral("SELECT loyalty_card FROM customer WHERE id = ?"));
    card.addBindValue(fromId);
    if (!card.exec() || !card.next())
        return databaseError(what, card.lastError().text());
    const QVariant value = card.value(0);
    // Free the unique card first, then give it.
    BOOST_OUTCOME_TRYV(runUpdate(m_db, QStringLiteral("UPDATE customer SET loyalty_card = NULL, updated_at = ? WHERE id = ?"),
                                 {toIsoUtc(now), fromId}, what));
    BOOST_OUTCOME_TRYV(runUpdate(m_db, QStringLiteral("UPDATE customer SET loyalty_card = ?, updated_at = ? WHERE id = ?"),
                                 {value, toIsoUtc(now), toId}, what));
    return {};
}

} // namespace comptoir
