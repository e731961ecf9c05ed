#include "services/DepositService.h"

#include "access/Permissions.h"
#include "services/AuditTrail.h"
#include "storage/CustomerRepository.h"
#include "storage/Database.h"
#include "storage/DepositRepository.h"
#include "storage/InteractionRepository.h"
#include "storage/Transaction.h"

#include <QCoreApplication>

namespace comptoir {

namespace {

/** The translation context of this file's messages (lupdate reads it). */
struct DepositServiceText {
    Q_DECLARE_TR_FUNCTIONS(comptoir::DepositService)
};

} // namespace

Result<qint64> DepositService::record(const Session &session, const DepositRequest &request)
{
    BOOST_OUTCOME_TRYV(require(session, permission::depositWrite));
    if (request.amountCents <= 0)
        return Error::validation(QStringLiteral("amount"), DepositServiceText::tr("must be greater than zero (got %1)").arg(request.amountCents));
    if (request.method != QLatin1String("cash") && request.method != QLatin1String("card")
        && request.method != QLatin1String("cheque"))
        return Error::validation(QStringLiteral("method"), DepositServiceText::tr("must be cash, card or cheque (got \"%1\")").arg(request.method));
    if (request.appointmentId <= 0 && request.orderRef.trimmed().isEmpty())
        return Error::validation(QStringLiteral("order_ref"), DepositServiceText::tr("name the order or the appointment the deposit is for"));

    Transaction tx(m_db);
    BOOST_OUTCOME_TRYV(tx.begun());
    BOOST_OUTCOME_TRY(customer, CustomerRepository(m_db).findById(request.customerId));
    if (!customer.has_value())
        return Error::notFound(QStringLiteral("customer"), DepositServiceText::tr("no customer #%1").arg(request.customerId));

    Deposit d;
    d.kind = request.kind;
    d.customerId = request.customerId;
    d.appointmentId = request.appointmentId;
    d.orderRef = request.orderRef.trimmed();
    d.amountCents = request.amountCents;
    d.method = request.method;
    d.userId = session.userId;
    d.createdAt = m_clock.nowUtc();
    BOOST_OUTCOME_TRY(id, DepositRepository(m_db).insert(d));

    Interaction i;
    i.customerId = d.customerId;
    i.channel = QStringLiteral("store");
    i.kind = QStringLiteral("deposit");
    i.note = DepositServiceText::tr("Deposit #%1 (%2)").arg(id).arg(toString(d.kind));
    i.userId = session.userId;
    i.at = d.createdAt;
    BOOST_OUTCOME_TRYV(InteractionRepository(m_db).insert(i));

    const QJsonObject changes{{QStringLiteral("kind"), toString(d.kind)},
                              {QStringLiteral("amount_cents"), d.amountCents},
                              {QStringLiteral("method"), d.method}};
    BOOST_OUTCOME_TRYV(AuditTrail(m_db, m_clock).record(session, QStringLiteral("deposit.record"), QStringLiteral("deposit"),
                                                         id, scope::business(), changes));
    BOOST_OUTCOME_TRYV(tx.commit());
    return id;
}

Status DepositService::refund(const Session &session, qint64 depositId)
{
    return close(session, depositId, DepositStatus::Refunded);
}

Status DepositService::forfeit(const Session &session, qint64 depositId)
{
    return close(session, depositId, DepositStatus::Forfeited);
}

Status DepositService::close(const Session &session, qint64 depositId, DepositStatus status)
{
    BOOST_OUTCOME_TRYV(require(session, permission::depositWrite));
    Transaction tx(m_db);
    BOOST_OUTCOME_TRYV(tx.begun());
    DepositRepository repo(m_db);
    BOOST_OUTCOME_TRY(found, repo.findById(depositId));
    if (!found.has_value())
        return Error::notFound(QStringLiteral("deposit"), DepositServiceText::tr("no deposit #%1").arg(depositId));
    const Deposit &d = *found;
    if (d.status != DepositStatus::Open)
        return Error{ErrorCode::InvalidTransition, QStringLiteral("deposit"),
                     DepositServiceText::tr("deposit #%1 is %2, not open").arg(depositId).arg(toString(d.status))};
    if (status == DepositStatus::Forfeited && d.kind == DepositKind::Acompte)
        return Error{ErrorCode::InvalidTransition, QStringLiteral("deposit"),
                     DepositServiceText::tr("deposit #%1 is an acompte: it binds both sides and cannot be forfeited, only refunded or "
                        "applied to the sale")
                         .arg(depositId)};
    BOOST_OUTCOME_TRYV(repo.close(depositId, status, m_clock.nowUtc(), 0));
    ChangeSet changes;
    changes.add(QStringLiteral("status"), toString(DepositStatus::Open), toString(status));
    BOOST_OUTCOME_TRYV(AuditTrail(m_db, m_clock).record(session,
                                                         status == DepositStatus::Forfeited ? QStringLiteral("deposit.forfeit")
                                                                                            : QStringLiteral("deposit.refund"),
                                                         QStringLiteral("deposit"), depositId, scope::business(),
                                                         changes.toJson()));
    return tx.commit();
}

Result<Deposit> DepositService::find(const Session &session, qint64 depositId)
{
    BOOST_OUTCOME_TRYV(require(session, QStringLiteral("sale.read")));
    BOOST_OUTCOME_TRY(found, DepositRepository(m_db).findById(depositId));
    if (!found.has_value())
        return Error::notFound(QStringLiteral("deposit"), DepositServiceText::tr("no deposit #%1").arg(depositId));
    return *found;
}

} // namespace comptoir
