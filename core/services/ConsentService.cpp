#include "services/ConsentService.h"

#include "access/Permissions.h"
#include "services/AuditTrail.h"
#include "storage/ConsentRepository.h"
#include "storage/CustomerRepository.h"
#include "storage/Database.h"
#include "storage/SettingsRepository.h"
#include "storage/Transaction.h"

#include <QCoreApplication>

namespace comptoir {

namespace {

/** The translation context of this file's messages (lupdate reads it). */
struct ConsentServiceText {
    Q_DECLARE_TR_FUNCTIONS(comptoir::ConsentService)
};

} // namespace

QStringList ConsentService::channels()
{
    return {QStringLiteral("email"), QStringLiteral("sms"), QStringLiteral("post")};
}

QStringList ConsentService::sources()
{
    return {QStringLiteral("store_form"),       QStringLiteral("customer_request"), QStringLiteral("web_form"),
            QStringLiteral("unsubscribe_link"), QStringLiteral("sms_stop"),         QStringLiteral("import")};
}

Result<qint64> ConsentService::record(const Session &session, qint64 customerId, const QString &channel, bool granted,
                                      const QString &source)
{
    BOOST_OUTCOME_TRYV(require(session, permission::customerWrite));
    if (!channels().contains(channel))
        return Error::validation(QStringLiteral("channel"), ConsentServiceText::tr("unknown channel \"%1\"; expected one of: %2")
                                                                .arg(channel, channels().join(QStringLiteral(", "))));
    if (!sources().contains(source))
        return Error::validation(QStringLiteral("source"), ConsentServiceText::tr("unknown source \"%1\"; expected one of: %2")
                                                               .arg(source, sources().join(QStringLiteral(", "))));

    Transaction tx(m_db);
    BOOST_OUTCOME_TRYV(tx.begun());
    CustomerRepository customers(m_db);
    BOOST_OUTCOME_TRY(customer, customers.findById(customerId));
    if (!customer.has_value())
        return Error::notFound(QStringLiteral("customer_id"), ConsentServiceText::tr("no customer #%1").arg(customerId));
    if (customer->mergedInto != 0)
        return Error::conflict(QStringLiteral("customer_id"), ConsentServiceText::tr("customer #%1 was merged into customer #%2")
                                                                  .arg(customerId)
                                                                  .arg(customer->mergedInto));
    SettingsRepository settings(m_db);
    BOOST_OUTCOME_TRY(wording, settings.get(QStringLiteral("consent.wording_version"), kWordingVersion));

    ConsentRecord r;
    r.customerId = customerId;
    r.channel = channel;
    r.purpose = kPurpose;
    r.granted = granted;
    r.at = fromIsoUtc(toIsoUtc(m_clock.nowUtc()));
    r.source = source;
    r.wordingVersion = wording.isEmpty() ? kWordingVersion : wording;
    r.recordedBy = session.userId;
    ConsentRepository repo(m_db);
    BOOST_OUTCOME_TRY(id, repo.append(r));

    ChangeSet changes;
    changes.created(QStringLiteral("customer_id"), customerId);
    changes.created(QStringLiteral("channel"), channel);
    changes.created(QStringLiteral("granted"), granted);
    changes.created(QStringLiteral("source"), source);
    changes.created(QStringLiteral("wording_version"), r.wordingVersion);
    AuditTrail audit(m_db, m_clock);
    BOOST_OUTCOME_TRYV(audit.record(session, QStringLiteral("create"), QStringLiteral("consent"), id, scope::customer(),
                                    changes.toJson()));
    BOOST_OUTCOME_TRYV(tx.commit());
    return id;
}

Result<QList<ConsentRecord>> ConsentService::current(const Session &session, qint64 customerId)
{
    BOOST_OUTCOME_TRYV(require(session, permission::customerRead));
    ConsentRepository repo(m_db);
    return repo.latestPerChannel(customerId, kPurpose);
}

Result<QList<ConsentRecord>> ConsentService::history(const Session &session, qint64 customerId)
{
    BOOST_OUTCOME_TRYV(require(session, permission::customerRead));
    ConsentRepository repo(m_db);
    return repo.history(customerId);
}

} // namespace comptoir
