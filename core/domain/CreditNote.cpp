#include "domain/CreditNote.h"

#include "domain/ChainHash.h"
#include "domain/Clock.h"
#include "domain/Money.h"

namespace comptoir {

qint64 returnedShareCents(qint64 lineTotalCents, qint64 soldQuantity, qint64 alreadyReturned, qint64 quantity)
{
    if (soldQuantity <= 0)
        return 0;
    return roundedDivide(lineTotalCents * (alreadyReturned + quantity), soldQuantity)
        - roundedDivide(lineTotalCents * alreadyReturned, soldQuantity);
}

QStringList creditNoteHashedFields(const CreditNote &note)
{
    QStringList f;
    f.reserve(12 + 4 * note.lines.size());
    f << QString::number(note.storeId) << QString::number(note.number) << QString::number(note.saleId)
      << QString::number(note.customerId) << QString::number(note.userId) << QString::number(note.approvedBy)
      << toIsoUtc(note.at) << note.businessDay.toString(Qt::ISODate) << QString::number(note.totalCents)
      << QString::number(note.vatCents) << note.refundMethod << note.reason;
    for (const CreditNoteLine &l : note.lines) {
        f << QString::number(l.saleLineId) << QString::number(l.quantity) << QString::number(l.totalCents)
          << QString::number(l.restock ? 1 : 0);
    }
    return f;
}

QString creditNoteHash(const CreditNote &note, const QString &prevHash)
{
    return chainHash(prevHash, creditNoteHashedFields(note));
}

} // namespace comptoir
