#include "services/ReturnService.h"

#include "domain/Money.h"
#include "domain/Sale.h"
#include "services/AuditTrail.h"
#include "services/LedgerChain.h"
#include "storage/CreditNoteRepository.h"
#include "storage/Database.h"
#include "storage/InteractionRepository.h"
#include "storage/SaleRepository.h"
#include "storage/SettingsRepository.h"
#include "storage/StockRepository.h"
#include "storage/StoreRepository.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QSet>

namespace comptoir {

namespace {

/** The translation context of this file's messages (lupdate reads it). */
struct ReturnServiceText {
    Q_DECLARE_TR_FUNCTIONS(comptoir::ReturnService)
};

/** The method of the sale's largest payment; a deposit or a sale with no payment gives store credit. */
QString originalMethod(const Sale &sale)
{
    const Payment *largest = nullptr;
    for (const Payment &p : sale.payments) {
        if (!largest || p.amountCents > largest->amountCents)
            largest = &p;
    }
    if (!largest || largest->method == PaymentMethod::Deposit)
        return QStringLiteral("store_credit");
    return toString(largest->method);
}

} // namespace

Result<CreditNote> ReturnService::returnLines(const Session &session, const ReturnRequest &request)
{
    BOOST_OUTCOME_TRYV(require(session, QStringLiteral("sale.refund")));
    if (request.lines.isEmpty())
        return Error::validation(QStringLiteral("lines"), ReturnServiceText::tr("a return needs at least one line"));

    Transaction tx(m_db);
    BOOST_OUTCOME_TRYV(tx.begun());
    BOOST_OUTCOME_TRY(store, StoreRepository(m_db).required());
    const qint64 storeId = store.id;

    BOOST_OUTCOME_TRY(found, SaleRepository(m_db).findByNumber(storeId, request.saleNumber));
    if (!found.has_value())
        return Error::notFound(QStringLiteral("sale"), ReturnServiceText::tr("no sale #%1").arg(request.saleNumber));
    const Sale &sale = *found;

    CreditNoteRepository notes(m_db);
    CreditNote note;
    note.storeId = storeId;
    note.saleId = sale.id;
    note.customerId = sale.customerId;
    note.userId = session.userId;
    note.at = m_clock.nowUtc();
    note.businessDay = note.at.toLocalTime().date();
    note.refundMethod = request.refund == RefundChoice::StoreCredit ? QStringLiteral("store_credit") : originalMethod(sale);
    note.reason = request.reason.trimmed();

    QList<SaleLine> vatLines; // the returned shares, to apply the sale's VAT rule to the note
    QSet<int> seen;
    for (const ReturnLineRequest &r : request.lines) {
        const QString field = QStringLiteral("line %1").arg(r.lineNo);
        if (seen.contains(r.lineNo))
            return Error::validation(field, ReturnServiceText::tr("the line is listed twice"));
        seen.insert(r.lineNo);
        const SaleLine *line = nullptr;
        for (const SaleLine &l : sale.lines) {
            if (l.lineNo == r.lineNo)
                line = &l;
        }
        if (!line)
            return Error::notFound(field, ReturnServiceText::tr("sale #%1 has no line %2").arg(sale.number).arg(r.lineNo));
        if (r.quantity <= 0)
            return Error::validation(field, ReturnServiceText::tr("quantity must be greater than zero (got %1)").arg(r.quantity));
        BOOST_OUTCOME_TRY(returned, notes.returnedQuantity(line->id));
        if (r.quantity > line->quantity - returned)
            return Error::validation(field, ReturnServiceText::tr("only %1 of %2 sold can still be returned (asked %3)")
                                                .arg(line->quantity - returned)
                                                .arg(line->quantity)
                                                .arg(r.quantity));
        CreditNoteLine cl;
        cl.saleLineId = line->id;
        cl.quantity = r.quantity;
        cl.totalCents = returnedShareCents(line->totalCents, line->quantity, returned, r.quantity);
        cl.restock = !request.damaged;
        note.lines.append(cl);
        SaleLine share;
        share.vatRateBp = line->vatRateBp;
        share.quantity = r.quantity;
        share.totalCents = cl.totalCents;
        share.productId = line->productId;
        vatLines.append(share);
    }
    const SaleTotals totals = computeSaleTotals(vatLines);
    note.totalCents = totals.totalCents;
    note.vatCents = totals.vatCents;

    SettingsRepository settings(m_db);
    BOOST_OUTCOME_TRY(threshold, settings.get(QStringLiteral("refund.approval_threshold"), QStringLiteral("15000")));
    if (note.totalCents > threshold.toLongLong()) {
        const QString approve = QStringLiteral("refund.approve");
        if (session.can(approve))
            note.approvedBy = session.userId;
        else if (request.approver && request.approver->can(approve))
            note.approvedBy = request.approver->userId;
        else
            return Error::permissionDenied(approve);
    }

    BOOST_OUTCOME_TRYV(appendToChain(notes, note, creditNoteHash));

    StockRepository stock(m_db);
    for (int i = 0; i < note.lines.size(); ++i) {
        const qint64 productId = vatLines.at(i).productId;
        const qint64 qty = note.lines.at(i).quantity;
        BOOST_OUTCOME_TRYV(stock.applyMove(productId, qty, StockMoveKind::Return, note.reason, 0, note.id, session.userId,
                                           note.at, true));
        if (request.damaged) {
            BOOST_OUTCOME_TRYV(stock.applyMove(productId, -qty, StockMoveKind::Damaged, note.reason, 0, note.id,
                                               session.userId, note.at, true));
        }
    }

    if (note.customerId > 0) {
        Interaction i;
        i.customerId = note.customerId;
        i.channel = QStringLiteral("store");
        i.kind = QStringLiteral("return");
        i.note = ReturnServiceText::tr("Credit note #%1 for sale #%2: %3")
                     .arg(note.number)
                     .arg(sale.number)
                     .arg(Money::fromCents(note.totalCents).toString());
        i.userId = session.userId;
        i.at = note.at;
        BOOST_OUTCOME_TRYV(InteractionRepository(m_db).insert(i));
    }

    const QJsonObject changes{{QStringLiteral("number"), note.number},
                              {QStringLiteral("sale_number"), sale.number},
                              {QStringLiteral("total_cents"), note.totalCents},
                              {QStringLiteral("refund_method"), note.refundMethod},
                              {QStringLiteral("damaged"), request.damaged},
                              {QStringLiteral("approved_by"), note.approvedBy}};
    BOOST_OUTCOME_TRYV(AuditTrail(m_db, m_clock).record(session, QStringLiteral("sale.refund"),
                                                         QStringLiteral("credit_note"), note.id, scope::business(), changes));
    BOOST_OUTCOME_TRYV(tx.commit());
    return note;
}

Result<QHash<int, qint64>> ReturnService::returnedQuantities(const Session &session, qint64 saleNumber)
{
    BOOST_OUTCOME_TRYV(require(session, QStringLiteral("sale.read")));
    BOOST_OUTCOME_TRY(store, StoreRepository(m_db).required());
    BOOST_OUTCOME_TRY(found, SaleRepository(m_db).findByNumber(store.id, saleNumber));
    if (!found.has_value())
        return Error::notFound(QStringLiteral("sale"), ReturnServiceText::tr("no sale #%1").arg(saleNumber));
    CreditNoteRepository notes(m_db);
    QHash<int, qint64> returned;
    for (const SaleLine &line : found->lines) {
        BOOST_OUTCOME_TRY(quantity, notes.returnedQuantity(line.id));
        if (quantity > 0)
            returned.insert(line.lineNo, quantity);
    }
    return returned;
}

Result<qint64> ReturnService::remainingCredit(const Session &session, qint64 creditNoteId)
{
    BOOST_OUTCOME_TRYV(require(session, QStringLiteral("sale.read")));
    BOOST_OUTCOME_TRY(note, CreditNoteRepository(m_db).findById(creditNoteId));
    if (!note.has_value() || note->refundMethod != QLatin1String("store_credit"))
        return Error::notFound(QStringLiteral("credit_note"), ReturnServiceText::tr("no store credit note #%1").arg(creditNoteId));
    BOOST_OUTCOME_TRY(used, SaleRepository(m_db).storeCreditUsed(creditNoteId));
    return note->totalCents - used;
}

} // namespace comptoir
