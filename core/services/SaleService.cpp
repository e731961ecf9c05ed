#include "services/SaleService.h"

#include "domain/Money.h"
#include "domain/Validation.h"
#include "services/AuditTrail.h"
#include "services/LedgerChain.h"
#include "services/StockService.h"
#include "storage/CreditNoteRepository.h"
#include "storage/CustomerRepository.h"
#include "storage/Database.h"
#include "storage/DepositRepository.h"
#include "storage/InteractionRepository.h"
#include "storage/ProductRepository.h"
#include "storage/SaleRepository.h"
#include "storage/SettingsRepository.h"
#include "storage/StockRepository.h"
#include "storage/StoreRepository.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QMap>

namespace comptoir {

namespace {

/** The translation context of this file's messages (lupdate reads it). */
struct SaleServiceText {
    Q_DECLARE_TR_FUNCTIONS(comptoir::SaleService)
};

/** The customer named by id or by card / phone / e-mail; a merged record gives the one kept. */
Result<qint64> resolveCustomer(Database &db, const SaleRequest &request)
{
    CustomerRepository repo(db);
    std::optional<Customer> found;
    QString label;
    if (request.customerId > 0) {
        BOOST_OUTCOME_TRY(c, repo.findById(request.customerId));
        found = c;
        label = QStringLiteral("#%1").arg(request.customerId);
    } else {
        const QString key = request.customerKey.trimmed();
        if (key.isEmpty())
            return qint64(0);
        label = key;
        if (key.contains(QLatin1Char('@'))) {
            BOOST_OUTCOME_TRY(c, repo.findByEmail(key.toLower()));
            found = c;
        } else {
            BOOST_OUTCOME_TRY(c, repo.findByLoyaltyCard(key));
            found = c;
            if (!found) {
                if (auto e164 = validation::phone(key)) {
                    BOOST_OUTCOME_TRY(p, repo.findByPhone(*e164));
                    found = p;
                }
            }
        }
    }
    if (!found)
        return Error::notFound(QStringLiteral("customer"), SaleServiceText::tr("no customer %1").arg(label));
    if (found->mergedInto > 0)
        return found->mergedInto;
    return found->id;
}

/** Builds the sale lines from the catalogue, checking quantities and price overrides. */
Result<QList<SaleLine>> buildLines(Database &db, const Session &session, const QList<SaleLineRequest> &requests)
{
    if (requests.isEmpty())
        return Error::validation(QStringLiteral("lines"), SaleServiceText::tr("a sale needs at least one line"));
    ProductRepository products(db);
    QList<SaleLine> lines;
    int lineNo = 0;
    for (const SaleLineRequest &r : requests) {
        ++lineNo;
        const QString field = QStringLiteral("line %1").arg(lineNo);
        Result<std::optional<Product>> p = r.productId > 0 ? products.findById(r.productId)
                                           : r.code.trimmed().size() == 13 && r.code.trimmed().toLongLong() > 0
                                               ? products.findByEan13(r.code.trimmed())
                                               : products.findBySku(r.code.trimmed());
        if (!p)
            return p.error();
        if (!p->has_value() && r.productId == 0 && r.code.trimmed().size() == 13) {
            p = products.findBySku(r.code.trimmed()); // a 13-digit SKU
            if (!p)
                return p.error();
        }
        if (!p->has_value())
            return Error::notFound(field, SaleServiceText::tr("unknown product %1")
                                              .arg(r.productId > 0 ? QStringLiteral("#%1").arg(r.productId) : r.code));
        const Product &product = **p;
        if (!product.active)
            return Error::validation(field, SaleServiceText::tr("product %1 is no longer sold").arg(product.sku));
        if (r.quantity <= 0)
            return Error::validation(field, SaleServiceText::tr("quantity must be greater than zero (got %1)").arg(r.quantity));
        const bool overridden = r.unitPriceCents.has_value() && *r.unitPriceCents != product.price.cents();
        if (overridden || r.discountCents != 0) {
            BOOST_OUTCOME_TRYV(require(session, QStringLiteral("price.override")));
            if (r.overrideReason.trimmed().isEmpty())
                return Error::validation(field, SaleServiceText::tr("a price change or discount needs a reason"));
        }
        SaleLine line;
        line.lineNo = lineNo;
        line.productId = product.id;
        line.quantity = r.quantity;
        line.unitPriceCents = r.unitPriceCents.value_or(product.price.cents());
        line.discountCents = r.discountCents;
        line.overrideReason = (overridden || r.discountCents != 0) ? r.overrideReason.trimmed() : QString();
        line.vatRateBp = product.vatRateBp;
        if (line.unitPriceCents < 0)
            return Error::validation(field, SaleServiceText::tr("the unit price cannot be negative"));
        if (line.discountCents < 0 || line.discountCents > line.quantity * line.unitPriceCents)
            return Error::validation(field, SaleServiceText::tr("the discount must be between 0 and the line amount (got %1)")
                                                .arg(Money::fromCents(line.discountCents).toString()));
        line.totalCents = lineTotalCents(line);
        lines.append(line);
    }
    return lines;
}

/** Checks the payments against the total and turns them into stored payments (cash change). */
Result<QList<Payment>> buildPayments(Database &db, const QList<PaymentRequest> &requests, qint64 total, qint64 customerId)
{
    QList<Payment> payments;
    qint64 nonCash = 0;
    qint64 tendered = 0;
    int cashIndex = -1;
    QMap<qint64, qint64> creditUse;
    for (int i = 0; i < requests.size(); ++i) {
        const PaymentRequest &r = requests.at(i);
        const QString field = QStringLiteral("payment %1").arg(i + 1);
        if (r.amountCents <= 0)
            return Error::validation(field, SaleServiceText::tr("amount must be greater than zero (got %1)").arg(r.amountCents));
        Payment p;
        p.method = r.method;
        p.amountCents = r.amountCents;
        if (r.method == PaymentMethod::Cash) {
            if (cashIndex >= 0)
                return Error::validation(field, SaleServiceText::tr("give all the cash as one payment"));
            cashIndex = int(payments.size());
            tendered = r.amountCents;
        } else {
            nonCash += r.amountCents;
        }
        if (r.method == PaymentMethod::StoreCredit) {
            CreditNoteRepository notes(db);
            BOOST_OUTCOME_TRY(note, notes.findById(r.creditNoteId));
            if (!note.has_value() || note->refundMethod != QLatin1String("store_credit"))
                return Error::notFound(field, SaleServiceText::tr("no store credit note #%1").arg(r.creditNoteId));
            BOOST_OUTCOME_TRY(used, SaleRepository(db).storeCreditUsed(r.creditNoteId));
            const qint64 remaining = note->totalCents - used - creditUse.value(r.creditNoteId);
            if (r.amountCents > remaining)
                return Error::validation(field, SaleServiceText::tr("credit note #%1 has only %2 left")
                                                    .arg(r.creditNoteId)
                                                    .arg(Money::fromCents(remaining).toString()));
            creditUse[r.creditNoteId] += r.amountCents;
            p.creditNoteId = r.creditNoteId;
        } else if (r.method == PaymentMethod::Deposit) {
            BOOST_OUTCOME_TRY(dep, DepositRepository(db).findById(r.depositId));
            if (!dep.has_value())
                return Error::notFound(field, SaleServiceText::tr("no deposit #%1").arg(r.depositId));
            const Deposit &d = *dep;
            for (const Payment &earlier : payments) {
                if (earlier.depositId == d.id)
                    return Error::conflict(field, SaleServiceText::tr("deposit #%1 is applied twice").arg(d.id));
            }
            if (d.status != DepositStatus::Open)
                return Error::conflict(field, SaleServiceText::tr("deposit #%1 is %2, not open").arg(d.id).arg(toString(d.status)));
            if (d.customerId != customerId)
                return Error::validation(field, SaleServiceText::tr("deposit #%1 belongs to another customer").arg(d.id));
            if (d.amountCents != r.amountCents)
                return Error::validation(field, SaleServiceText::tr("deposit #%1 is worth %2: apply all of it")
                                                    .arg(d.id)
                                                    .arg(Money::fromCents(d.amountCents).toString()));
            p.depositId = d.id;
        }
        payments.append(p);
    }
    const qint64 due = total - nonCash;
    const bool covered = cashIndex >= 0 ? (due > 0 && tendered >= due) : due == 0;
    if (!covered)
        return Error::validation(QStringLiteral("payments"), SaleServiceText::tr("the payments come to %1, the total is %2")
                                                                 .arg(Money::fromCents(nonCash + tendered).toString(),
                                                                      Money::fromCents(total).toString()));
    if (cashIndex >= 0) {
        Payment &cash = payments[cashIndex];
        cash.amountCents = due;
        cash.tenderedCents = tendered;
        cash.changeCents = tendered - due;
    }
    return payments;
}

} // namespace

Result<Sale> SaleService::record(const Session &session, const SaleRequest &request)
{
    BOOST_OUTCOME_TRYV(require(session, QStringLiteral("sale.create")));

    Transaction tx(m_db);
    BOOST_OUTCOME_TRYV(tx.begun());

    BOOST_OUTCOME_TRY(store, StoreRepository(m_db).required());

    Sale sale;
    sale.storeId = store.id;
    sale.userId = session.userId;
    sale.at = m_clock.nowUtc();
    sale.businessDay = sale.at.toLocalTime().date();

    SaleRepository sales(m_db);
    BOOST_OUTCOME_TRY(closed, sales.dayClosed(sale.storeId, sale.businessDay));
    if (closed)
        return Error::conflict(QStringLiteral("business_day"), SaleServiceText::tr("%1 is already closed").arg(sale.businessDay.toString(Qt::ISODate)));

    BOOST_OUTCOME_TRY(customer, resolveCustomer(m_db, request));
    sale.customerId = customer;

    BOOST_OUTCOME_TRY(lines, buildLines(m_db, session, request.lines));
    sale.lines = lines;
    applySaleTotals(sale);

    BOOST_OUTCOME_TRY(payments, buildPayments(m_db, request.payments, sale.totalCents, sale.customerId));
    sale.payments = payments;

    BOOST_OUTCOME_TRYV(appendToChain(sales, sale, saleHash));

    SettingsRepository settings(m_db);
    BOOST_OUTCOME_TRY(allowNegative, StockService::negativeStockAllowed(m_db));
    StockRepository stock(m_db);
    for (const SaleLine &line : sale.lines) {
        auto move = stock.applyMove(line.productId, -line.quantity, StockMoveKind::Sale, QString(), sale.id, 0,
                                    session.userId, sale.at, allowNegative);
        if (!move) {
            Error e = move.error();
            e.field = QStringLiteral("line %1").arg(line.lineNo);
            return e;
        }
    }

    DepositRepository deposits(m_db);
    for (const Payment &p : sale.payments) {
        if (p.depositId > 0) {
            BOOST_OUTCOME_TRYV(deposits.close(p.depositId, DepositStatus::Applied, sale.at, sale.id));
        }
    }

    if (sale.customerId > 0) {
        BOOST_OUTCOME_TRY(rate, settings.get(QStringLiteral("loyalty.points_per_euro"), QStringLiteral("1")));
        const qint64 points = sale.totalCents > 0 ? sale.totalCents * rate.toLongLong() / 100 : 0;
        BOOST_OUTCOME_TRYV(CustomerRepository(m_db).creditSale(sale.customerId, points));
        Interaction i;
        i.customerId = sale.customerId;
        i.channel = QStringLiteral("store");
        i.kind = QStringLiteral("sale");
        i.note = SaleServiceText::tr("Sale #%1: %2").arg(sale.number).arg(Money::fromCents(sale.totalCents).toString());
        i.userId = session.userId;
        i.at = sale.at;
        BOOST_OUTCOME_TRYV(InteractionRepository(m_db).insert(i));
    }

    QJsonArray methods;
    for (const Payment &p : sale.payments)
        methods.append(toString(p.method));
    const QJsonObject changes{{QStringLiteral("number"), sale.number},
                              {QStringLiteral("total_cents"), sale.totalCents},
                              {QStringLiteral("lines"), int(sale.lines.size())},
                              {QStringLiteral("payment_methods"), methods}};
    BOOST_OUTCOME_TRYV(AuditTrail(m_db, m_clock).record(session, QStringLiteral("sale.create"), QStringLiteral("sale"),
                                                         sale.id, scope::business(), changes));
    BOOST_OUTCOME_TRYV(tx.commit());
    return sale;
}

Result<Sale> SaleService::findByNumber(const Session &session, qint64 number)
{
    BOOST_OUTCOME_TRYV(require(session, QStringLiteral("sale.read")));
    BOOST_OUTCOME_TRY(store, StoreRepository(m_db).current());
    if (!store.has_value())
        return Error::notFound(QStringLiteral("sale"), SaleServiceText::tr("no sale #%1").arg(number));
    BOOST_OUTCOME_TRY(sale, SaleRepository(m_db).findByNumber(store->id, number));
    if (!sale.has_value())
        return Error::notFound(QStringLiteral("sale"), SaleServiceText::tr("no sale #%1").arg(number));
    return *sale;
}

} // namespace comptoir
