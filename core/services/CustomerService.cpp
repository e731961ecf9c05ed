#include "services/CustomerService.h"

#include "access/Permissions.h"
#include "domain/Validation.h"
#include "services/AuditTrail.h"
#include "storage/CustomerRepository.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QCoreApplication>

namespace comptoir {

namespace {

/** The translation context of this file's messages (lupdate reads it). */
struct CustomerServiceText {
    Q_DECLARE_TR_FUNCTIONS(comptoir::CustomerService)
};

const QString kMerge = QStringLiteral("customer.merge");

QJsonObject customerFields(const CustomerInput &c)
{
    return {
        {QStringLiteral("status"), toString(c.status)},
        {QStringLiteral("title"), c.title},
        {QStringLiteral("first_name"), c.firstName},
        {QStringLiteral("last_name"), c.lastName},
        {QStringLiteral("email"), c.email},
        {QStringLiteral("phone"), c.phone},
        {QStringLiteral("address"), c.address},
        {QStringLiteral("postal_code"), c.postalCode},
        {QStringLiteral("city"), c.city},
        {QStringLiteral("birth_date"), c.birthDate.isValid() ? c.birthDate.toString(Qt::ISODate) : QString()},
        {QStringLiteral("loyalty_card"), c.loyaltyCard},
        {QStringLiteral("source_channel"), c.sourceChannel},
        {QStringLiteral("notes"), c.notes},
    };
}

Status checkCardFree(CustomerRepository &repo, const QString &card, qint64 selfId)
{
    if (card.isEmpty())
        return {};
    BOOST_OUTCOME_TRY(holder, repo.findByLoyaltyCard(card));
    if (holder.has_value() && holder->id != selfId)
        return Error::conflict(QStringLiteral("loyalty_card"),
                               QCoreApplication::translate("comptoir::CustomerService", "card %1 already belongs to customer #%2").arg(card).arg(holder->id));
    return {};
}

} // namespace

Result<qint64> CustomerService::create(const Session &session, const CustomerInput &input)
{
    BOOST_OUTCOME_TRYV(require(session, permission::customerWrite));
    const QDateTime now = m_clock.nowUtc();
    BOOST_OUTCOME_TRY(valid, validateCustomer(input, now.date()));

    Transaction tx(m_db);
    BOOST_OUTCOME_TRYV(tx.begun());
    CustomerRepository repo(m_db);
    BOOST_OUTCOME_TRYV(checkCardFree(repo, valid.loyaltyCard, 0));
    BOOST_OUTCOME_TRY(id, repo.insert(valid, now, session.userId));

    ChangeSet changes;
    const QJsonObject fields = customerFields(valid);
    for (auto it = fields.begin(); it != fields.end(); ++it)
        changes.created(it.key(), it.value());
    AuditTrail audit(m_db, m_clock);
    BOOST_OUTCOME_TRYV(audit.record(session, QStringLiteral("create"), QStringLiteral("customer"), id, scope::customer(),
                                    changes.toJson()));
    BOOST_OUTCOME_TRYV(tx.commit());
    return id;
}

Status CustomerService::update(const Session &session, qint64 id, const CustomerInput &input)
{
    BOOST_OUTCOME_TRYV(require(session, permission::customerWrite));
    const QDateTime now = m_clock.nowUtc();
    BOOST_OUTCOME_TRY(valid, validateCustomer(input, now.date()));

    Transaction tx(m_db);
    BOOST_OUTCOME_TRYV(tx.begun());
    CustomerRepository repo(m_db);
    BOOST_OUTCOME_TRY(existing, repo.findById(id));
    if (!existing.has_value())
        return Error::notFound(QStringLiteral("customer"), CustomerServiceText::tr("no customer #%1").arg(id));
    BOOST_OUTCOME_TRYV(checkCardFree(repo, valid.loyaltyCard, id));
    BOOST_OUTCOME_TRYV(repo.update(id, valid, now));

    ChangeSet changes;
    const QJsonObject before = customerFields(*existing);
    const QJsonObject after = customerFields(valid);
    for (auto it = after.begin(); it != after.end(); ++it)
        changes.add(it.key(), before.value(it.key()), it.value());
    AuditTrail audit(m_db, m_clock);
    BOOST_OUTCOME_TRYV(audit.record(session, QStringLiteral("update"), QStringLiteral("customer"), id, scope::customer(),
                                    changes.toJson()));
    return tx.commit();
}

Result<Customer> CustomerService::found(Result<std::optional<Customer>> lookup, const QString &what, const QString &key)
{
    BOOST_OUTCOME_TRY(customer, lookup);
    if (!customer.has_value())
        return Error::notFound(QStringLiteral("customer"), CustomerServiceText::tr("no customer with %1 %2").arg(what, key));
    return *customer;
}

Result<Customer> CustomerService::findById(const Session &session, qint64 id)
{
    BOOST_OUTCOME_TRYV(require(session, permission::customerRead));
    CustomerRepository repo(m_db);
    return found(repo.findById(id), CustomerServiceText::tr("id"), QString::number(id));
}

Result<Customer> CustomerService::findByLoyaltyCard(const Session &session, const QString &card)
{
    BOOST_OUTCOME_TRYV(require(session, permission::customerRead));
    CustomerRepository repo(m_db);
    auto holder = found(repo.findByLoyaltyCard(card), CustomerServiceText::tr("loyalty card"), card);
    if (holder && holder->mergedInto != 0)
        return found(repo.findById(holder->mergedInto), CustomerServiceText::tr("id"), QString::number(holder->mergedInto));
    return holder;
}

Result<Customer> CustomerService::findByPhone(const Session &session, const QString &phone)
{
    BOOST_OUTCOME_TRYV(require(session, permission::customerRead));
    BOOST_OUTCOME_TRY(e164, validation::phone(phone));
    CustomerRepository repo(m_db);
    return found(repo.findByPhone(e164), CustomerServiceText::tr("phone"), phone);
}

Result<Customer> CustomerService::findByEmail(const Session &session, const QString &email)
{
    BOOST_OUTCOME_TRYV(require(session, permission::customerRead));
    CustomerRepository repo(m_db);
    return found(repo.findByEmail(email), CustomerServiceText::tr("e-mail"), email);
}

Result<QList<Customer>> CustomerService::list(const Session &session, int offset, int limit)
{
    BOOST_OUTCOME_TRYV(require(session, permission::customerRead));
    CustomerRepository repo(m_db);
    return repo.list(offset, limit);
}

Result<qint64> CustomerService::count(const Session &session)
{
    BOOST_OUTCOME_TRYV(require(session, permission::customerRead));
    CustomerRepository repo(m_db);
    return repo.count();
}

Result<QList<Customer>> CustomerService::search(const Session &session, const QString &text, int limit)
{
    BOOST_OUTCOME_TRYV(require(session, permission::customerRead));
    CustomerRepository repo(m_db);
    return repo.search(text, limit);
}

Result<QList<Customer>> CustomerService::likelyDuplicates(const Session &session, const CustomerInput &input,
                                                          qint64 excludeId)
{
    BOOST_OUTCOME_TRYV(require(session, permission::customerRead));
    // Normalise what can be normalised so "06 12..." matches a stored "+33612...".
    CustomerInput probe = input;
    if (auto e = validation::email(input.email))
        probe.email = *e;
    else
        probe.email.clear();
    if (auto p = validation::phone(input.phone))
        probe.phone = *p;
    else
        probe.phone.clear();
    probe.firstName = input.firstName.trimmed();
    probe.lastName = input.lastName.trimmed();
    probe.postalCode = input.postalCode.trimmed();
    probe.loyaltyCard = input.loyaltyCard.trimmed().toUpper();
    CustomerRepository repo(m_db);
    return repo.likelyDuplicates(probe, excludeId);
}

Status CustomerService::merge(const Session &session, qint64 keepId, qint64 mergedId)
{
    BOOST_OUTCOME_TRYV(require(session, kMerge));
    if (keepId == mergedId)
        return Error::validation(QStringLiteral("merged_id"), CustomerServiceText::tr("customer #%1 cannot be merged with itself").arg(keepId));

    Transaction tx(m_db);
    BOOST_OUTCOME_TRYV(tx.begun());
    CustomerRepository repo(m_db);
    Customer customers[2];
    const qint64 ids[2] = {keepId, mergedId};
    const QString fields[2] = {QStringLiteral("keep_id"), QStringLiteral("merged_id")};
    for (int i = 0; i < 2; ++i) {
        BOOST_OUTCOME_TRY(c, repo.findById(ids[i]));
        if (!c.has_value())
            return Error::notFound(fields[i], CustomerServiceText::tr("no customer #%1").arg(ids[i]));
        if (c->mergedInto != 0)
            return Error::conflict(fields[i], CustomerServiceText::tr("customer #%1 was already merged into customer #%2")
                                                  .arg(ids[i])
                                                  .arg(c->mergedInto));
        customers[i] = *c;
    }
    const Customer &kept = customers[0];
    const Customer &merged = customers[1];

    const QDateTime now = m_clock.nowUtc();
    BOOST_OUTCOME_TRY(moves, repo.moveHistory(mergedId, keepId));
    BOOST_OUTCOME_TRY(points, repo.markMerged(mergedId, keepId, now));
    const bool cardMoves = kept.loyaltyCard.isEmpty() && !merged.loyaltyCard.isEmpty();
    if (cardMoves) {
        BOOST_OUTCOME_TRYV(repo.moveLoyaltyCard(mergedId, keepId, now));
    }

    const QJsonObject details{
        {QStringLiteral("kept_id"), keepId},
        {QStringLiteral("merged_id"), mergedId},
        {QStringLiteral("merged_name"), merged.displayName()},
        {QStringLiteral("loyalty_points_added"), points},
        {QStringLiteral("loyalty_card_moved"), cardMoves ? merged.loyaltyCard : QString()},
        {QStringLiteral("appointments_moved"), moves.appointments},
        {QStringLiteral("complaints_moved"), moves.complaints},
        {QStringLiteral("interactions_moved"), moves.interactions},
        {QStringLiteral("deposits_moved"), moves.deposits},
        {QStringLiteral("customers_relinked"), moves.relinked},
    };
    AuditTrail audit(m_db, m_clock);
    BOOST_OUTCOME_TRYV(audit.record(session, QStringLiteral("merge"), QStringLiteral("customer"), keepId, scope::customer(),
                                    details));
    return tx.commit();
}

} // namespace comptoir
