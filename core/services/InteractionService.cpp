#include "services/InteractionService.h"

#include "access/Permissions.h"
#include "domain/Validation.h"
#include "services/AuditTrail.h"
#include "storage/CustomerRepository.h"
#include "storage/InteractionRepository.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QCoreApplication>

namespace comptoir {

namespace {

/** The translation context of this file's messages (lupdate reads it). */
struct InteractionServiceText {
    Q_DECLARE_TR_FUNCTIONS(comptoir::InteractionService)
};

} // namespace

QStringList InteractionService::channels()
{
    return {QStringLiteral("store"), QStringLiteral("phone"), QStringLiteral("email"), QStringLiteral("sms"),
            QStringLiteral("web"),   QStringLiteral("social"), QStringLiteral("post")};
}

QStringList InteractionService::loggableKinds()
{
    return {QStringLiteral("call"), QStringLiteral("email"), QStringLiteral("visit"), QStringLiteral("note"),
            QStringLiteral("offer")};
}

Result<qint64> InteractionService::log(const Session &session, qint64 customerId, const QString &channel,
                                       const QString &kind, const QString &note)
{
    BOOST_OUTCOME_TRYV(require(session, permission::customerWrite));
    if (!channels().contains(channel))
        return Error::validation(QStringLiteral("channel"), InteractionServiceText::tr("unknown channel \"%1\"; expected one of: %2")
                                                                .arg(channel, channels().join(QStringLiteral(", "))));
    if (!loggableKinds().contains(kind))
        return Error::validation(QStringLiteral("kind"), InteractionServiceText::tr("\"%1\" cannot be logged by hand; expected one of: %2")
                                                             .arg(kind, loggableKinds().join(QStringLiteral(", "))));
    BOOST_OUTCOME_TRY(text, validation::optionalText(QStringLiteral("note"), note, 2000));
    if (kind == QLatin1String("note") && text.isEmpty())
        return Error::validation(QStringLiteral("note"), InteractionServiceText::tr("a note needs its text"));

    Transaction tx(m_db);
    BOOST_OUTCOME_TRYV(tx.begun());
    CustomerRepository customers(m_db);
    BOOST_OUTCOME_TRY(customer, customers.findById(customerId));
    if (!customer.has_value())
        return Error::notFound(QStringLiteral("customer_id"), InteractionServiceText::tr("no customer #%1").arg(customerId));
    if (customer->mergedInto != 0)
        return Error::conflict(QStringLiteral("customer_id"), InteractionServiceText::tr("customer #%1 was merged into customer #%2")
                                                                  .arg(customerId)
                                                                  .arg(customer->mergedInto));

    Interaction i;
    i.customerId = customerId;
    i.channel = channel;
    i.kind = kind;
    i.note = text;
    i.userId = session.userId;
    i.at = fromIsoUtc(toIsoUtc(m_clock.nowUtc()));
    InteractionRepository repo(m_db);
    BOOST_OUTCOME_TRY(id, repo.insert(i));

    ChangeSet changes;
    changes.created(QStringLiteral("customer_id"), customerId);
    changes.created(QStringLiteral("channel"), channel);
    changes.created(QStringLiteral("kind"), kind);
    changes.created(QStringLiteral("note"), text);
    AuditTrail audit(m_db, m_clock);
    BOOST_OUTCOME_TRYV(audit.record(session, QStringLiteral("create"), QStringLiteral("interaction"), id,
                                    scope::customer(), changes.toJson()));
    BOOST_OUTCOME_TRYV(tx.commit());
    return id;
}

} // namespace comptoir
