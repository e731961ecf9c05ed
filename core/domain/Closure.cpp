#include "domain/Closure.h"

#include "domain/ChainHash.h"
#include "domain/Clock.h"

namespace comptoir {

QStringList closureHashedFields(const Closure &c)
{
    return {QString::number(c.storeId),      c.kind,
            c.period,                        toIsoUtc(c.at),
            QString::number(c.userId),       QString::number(c.salesCount),
            QString::number(c.returnsCount), QString::number(c.totalCents),
            QString::number(c.returnsCents), QString::number(c.grandTotalCents),
            c.details};
}

QString closureHash(const Closure &closure, const QString &prevHash)
{
    return chainHash(prevHash, closureHashedFields(closure));
}

} // namespace comptoir
