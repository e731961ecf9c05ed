#include "services/ReturnService.h"

#include "domain/Money.h"
#include "domain/Sale.h"
#include "services/AuditTrail.h"
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
    if (Status s = require(session, QStringLiteral("sale.refund")); !s)
        return s.error();
    if (request.lines.isEmpty())
        return Error::validation(QStringLiteral("lines"), ReturnServiceText::tr("a return needs at least one line"));

    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    auto store = StoreRepository(m_db).current();
    if (!store)
        return store.error();
    if (!store->has_value())
        return Error::validation(QStringLiteral("store"), ReturnServiceText::tr("no store is set up yet"));
    const qint64 storeId = (*store)->id;

    auto found = SaleRepository(m_db).findByNumber(storeId, request.saleNumber);
    if (!found)
        return found.error();
    if (!found->has_value())
        return Error::notFound(QStringLiteral("sale"), ReturnServiceText::tr("no sale #%1").arg(request.saleNumber));
    const Sale &sale = **found;

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
        auto returned = notes.returnedQuantity(line->id);
        if (!returned)
            return returned.error();
        if (r.quantity > line->quantity - *returned)
            return Error::validation(field, ReturnServiceText::tr("only %1 of %2 sold can still be returned (asked %3)")
                                                .arg(line->quantity - *returned)
                                                .arg(line->quantity)
                                                .arg(r.quantity));
        CreditNoteLine cl;
        cl.saleLineId = line->id;
        cl.quantity = r.quantity;
        cl.totalCents = returnedShareCents(line->totalCents, line->quantity, *returned, r.quantity);
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
    auto threshold = settings.get(QStringLiteral("refund.approval_threshold"), QStringLiteral("15000"));
    if (!threshold)
        return threshold.error();
    if (note.totalCents > threshold->toLongLong()) {
        const QString approve = QStringLiteral("refund.approve");
        if (session.can(approve))
            note.approvedBy = session.userId;
        else if (request.approver && request.approver->can(approve))
            note.approvedBy = request.approver->userId;
        else
            return Error::permissionDenied(approve);
    }

    auto number = notes.nextNumber(storeId);
    if (!number)
        return number.error();
    auto prev = notes.lastHash(storeId);
    if (!prev)
        return prev.error();
    note.number = *number;
    note.prevHash = *prev;
    note.hash = creditNoteHash(note, note.prevHash);
    if (Status s = notes.insert(note); !s)
        return s.error();

    StockRepository stock(m_db);
    for (int i = 0; i < note.lines.size(); ++i) {
        const qint64 productId = vatLines.at(i).productId;
        const qint64 qty = note.lines.at(i).quantity;
        auto back = stock.applyMove(productId, qty, StockMoveKind::Return, note.reason, 0, note.id, session.userId,
                                    note.at, true);
        if (!back)
            return back.error();
        if (request.damaged) {
            auto lost = stock.applyMove(productId, -qty, StockMoveKind::Damaged, note.reason, 0, note.id,
                                        session.userId, note.at, true);
            if (!lost)
                return lost.error();
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
        if (auto id = InteractionRepository(m_db).insert(i); !id)
            return id.error();
    }

    const QJsonObject changes{{QStringLiteral("number"), note.number},
                              {QStringLiteral("sale_number"), sale.number},
                              {QStringLiteral("total_cents"), note.totalCents},
                              {QStringLiteral("refund_method"), note.refundMethod},
                              {QStringLiteral("damaged"), request.damaged},
                              {QStringLiteral("approved_by"), note.approvedBy}};
    if (Status s = AuditTrail(m_db, m_clock).record(session, QStringLiteral("sale.refund"),
                                                     QStringLiteral("credit_note"), note.id, scope::business(), changes);
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return note;
}

Result<QHash<int, qint64>> ReturnService::returnedQuantities(const Session &session, qint64 saleNumber)
{
    if (Status s = require(session, QStringLiteral("sale.read")); !s)
        return s.error();
    auto store = StoreRepository(m_db).current();
    if (!store)
        return store.error();
    if (!store->has_value())
        return Error::validation(QStringLiteral("store"), ReturnServiceText::tr("no store is set up yet"));
    auto found = SaleRepository(m_db).findByNumber((*store)->id, saleNumber);
    if (!found)
        return found.error();
    if (!found->has_value())
        return Error::notFound(QStringLiteral("sale"), ReturnServiceText::tr("no sale #%1").arg(saleNumber));
    CreditNoteRepository notes(m_db);
    QHash<int, qint64> returned;
    for (const SaleLine &line : (*found)->lines) {
        auto quantity = notes.returnedQuantity(line.id);
        if (!quantity)
            return quantity.error();
        if (*quantity > 0)
            returned.insert(line.lineNo, *quantity);
    }
    return returned;
}

Result<qint64> ReturnService::remainingCredit(const Session &session, qint64 creditNoteId)
{
    if (Status s = require(session, QStringLiteral("sale.read")); !s)
        return s.error();
    auto note = CreditNoteRepository(m_db).findById(creditNoteId);
    if (!note)
        return note.error();
    if (!note->has_value() || (*note)->refundMethod != QLatin1String("store_credit"))
        return Error::notFound(QStringLiteral("credit_note"), ReturnServiceText::tr("no store credit note #%1").arg(creditNoteId));
    auto used = SaleRepository(m_db).storeCreditUsed(creditNoteId);
    if (!used)
        return used.error();
    return (*note)->totalCents - *used;
}

} // namespace comptoir
