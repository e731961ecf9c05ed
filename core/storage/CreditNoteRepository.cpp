#include "storage/CreditNoteRepository.h"

#include "domain/ChainHash.h"
#include "domain/Clock.h"
#include "storage/ChainLinkQuery.h"
#include "storage/Database.h"
#include "storage/SqlValues.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace comptoir {

namespace {

/** The translation context of this file's messages (lupdate reads it). */
struct CreditNoteRepositoryText {
    Q_DECLARE_TR_FUNCTIONS(comptoir::CreditNoteRepository)
};


const char *kNoteColumns = "SELECT id, store_id, number, sale_id, coalesce(customer_id, 0), coalesce(user_id, 0), "
                           "coalesce(approved_by, 0), at, business_day, total_cents, vat_cents, refund_method, reason, "
                           "prev_hash, hash FROM credit_note ";
const char *kCreditLineColumns = "SELECT id, credit_note_id, sale_line_id, quantity, total_cents, restock FROM credit_note_line ";

CreditNote readNote(const QSqlQuery &q)
{
    CreditNote n;
    n.id = q.value(0).toLongLong();
    n.storeId = q.value(1).toLongLong();
    n.number = q.value(2).toLongLong();
    n.saleId = q.value(3).toLongLong();
    n.customerId = q.value(4).toLongLong();
    n.userId = q.value(5).toLongLong();
    n.approvedBy = q.value(6).toLongLong();
    n.at = fromIsoUtc(q.value(7).toString());
    n.businessDay = QDate::fromString(q.value(8).toString(), Qt::ISODate);
    n.totalCents = q.value(9).toLongLong();
    n.vatCents = q.value(10).toLongLong();
    n.refundMethod = q.value(11).toString();
    n.reason = q.value(12).toString();
    n.prevHash = q.value(13).toString();
    n.hash = q.value(14).toString();
    return n;
}

CreditNoteLine readCreditLine(const QSqlQuery &q)
{
    CreditNoteLine l;
    l.id = q.value(0).toLongLong();
    l.creditNoteId = q.value(1).toLongLong();
    l.saleLineId = q.value(2).toLongLong();
    l.quantity = q.value(3).toLongLong();
    l.totalCents = q.value(4).toLongLong();
    l.restock = q.value(5).toInt() != 0;
    return l;
}

} // namespace

Result<ChainLink> CreditNoteRepository::nextLink(qint64 storeId)
{
    return chainLinkAfterLast(m_db, QStringLiteral("SELECT number, hash FROM credit_note WHERE store_id = ? ORDER BY number DESC LIMIT 1"),
                              storeId, CreditNoteRepositoryText::tr("reading the last credit note"));
}

Status CreditNoteRepository::insert(CreditNote &n)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO credit_note(store_id, number, sale_id, customer_id, user_id, approved_by, at, "
                             "business_day, total_cents, vat_cents, refund_method, reason, prev_hash, hash) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(n.storeId);
    q.addBindValue(n.number);
    q.addBindValue(n.saleId);
    q.addBindValue(nullIfZero(n.customerId));
    q.addBindValue(nullIfZero(n.userId));
    q.addBindValue(nullIfZero(n.approvedBy));
    q.addBindValue(toIsoUtc(n.at));
    q.addBindValue(n.businessDay.toString(Qt::ISODate));
    q.addBindValue(n.totalCents);
    q.addBindValue(n.vatCents);
    q.addBindValue(n.refundMethod);
    q.addBindValue(n.reason.isNull() ? QStringLiteral("") : n.reason);
    q.addBindValue(n.prevHash);
    q.addBindValue(n.hash);
    if (!q.exec())
        return databaseError(CreditNoteRepositoryText::tr("saving the credit note"), q.lastError().text());
    n.id = q.lastInsertId().toLongLong();

    QSqlQuery line(m_db.connection());
    line.prepare(QStringLiteral("INSERT INTO credit_note_line(credit_note_id, sale_line_id, quantity, total_cents, restock) "
                                "VALUES (?, ?, ?, ?, ?)"));
    for (CreditNoteLine &l : n.lines) {
        l.creditNoteId = n.id;
        line.addBindValue(n.id);
        line.addBindValue(l.saleLineId);
        line.addBindValue(l.quantity);
        line.addBindValue(l.totalCents);
        line.addBindValue(l.restock ? 1 : 0);
        if (!line.exec())
            return databaseError(CreditNoteRepositoryText::tr("saving a credit note line"), line.lastError().text());
        l.id = line.lastInsertId().toLongLong();
    }
    return {};
}

Result<std::optional<CreditNote>> CreditNoteRepository::findById(qint64 id)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QLatin1String(kNoteColumns) + QStringLiteral("WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return databaseError(CreditNoteRepositoryText::tr("reading the credit note"), q.lastError().text());
    if (!q.next())
        return std::optional<CreditNote>();
    CreditNote note = readNote(q);
    QSqlQuery lines(m_db.connection());
    lines.prepare(QLatin1String(kCreditLineColumns) + QStringLiteral("WHERE credit_note_id = ? ORDER BY id"));
    lines.addBindValue(id);
    if (!lines.exec())
        return databaseError(CreditNoteRepositoryText::tr("reading the credit note lines"), lines.lastError().text());
    while (lines.next())
        note.lines.append(readCreditLine(lines));
    return std::optional<CreditNote>(std::move(note));
}

Result<qint64> CreditNoteRepository::returnedQuantity(qint64 saleLineId)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT coalesce(sum(quantity), 0) FROM credit_note_line WHERE sale_line_id = ?"));
    q.addBindValue(saleLineId);
    if (!q.exec() || !q.next())
        return databaseError(CreditNoteRepositoryText::tr("reading the returned quantity"), q.lastError().text());
    return q.value(0).toLongLong();
}

Status CreditNoteRepository::forEach(const std::function<bool(const CreditNote &)> &visit)
{
    QSqlQuery notes(m_db.connection());
    QSqlQuery lines(m_db.connection());
    notes.setForwardOnly(true);
    lines.setForwardOnly(true);
    if (!notes.exec(QLatin1String(kNoteColumns) + QStringLiteral("ORDER BY id"))
        || !lines.exec(QLatin1String(kCreditLineColumns) + QStringLiteral("ORDER BY credit_note_id, id")))
        return databaseError(CreditNoteRepositoryText::tr("reading the credit notes"), notes.lastError().text() + lines.lastError().text());
    bool hasLine = lines.next();
    while (notes.next()) {
        CreditNote note = readNote(notes);
        while (hasLine && lines.value(1).toLongLong() < note.id)
            hasLine = lines.next();
        while (hasLine && lines.value(1).toLongLong() == note.id) {
            note.lines.append(readCreditLine(lines));
            hasLine = lines.next();
        }
        if (!visit(note))
            break;
    }
    return {};
}

} // namespace comptoir
