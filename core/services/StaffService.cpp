#include "services/StaffService.h"

#include "storage/StaffRepository.h"

#include <QStringList>

namespace comptoir {

namespace {

/** The first permission of `anyOf` the session holds; a refusal naming the first one otherwise. */
Status requireAny(const Session &session, const QStringList &anyOf)
{
    for (const QString &permission : anyOf)
        if (session.can(permission))
            return {};
    return require(session, anyOf.constFirst());
}

} // namespace

Result<QList<StaffMember>> StaffService::activeSalesStaff(const Session &session)
{
    BOOST_OUTCOME_TRYV(requireAny(session, {QStringLiteral("appointment.read"), QStringLiteral("complaint.read")}));
    StaffRepository repo(m_db);
    return repo.activeWithPermission(QStringLiteral("sale.create"));
}

Result<QHash<qint64, QString>> StaffService::displayNames(const Session &session, const QList<qint64> &ids)
{
    BOOST_OUTCOME_TRYV(requireAny(session, {QStringLiteral("appointment.read"), QStringLiteral("complaint.read"),
                                            QStringLiteral("stock.read")}));
    StaffRepository repo(m_db);
    return repo.displayNames(ids);
}

} // namespace comptoir
