#include "services/SaleService.h"

#include "domain/Money.h"
#include "domain/Validation.h"
#include "services/AuditTrail.h"
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
        auto c = repo.findById(request.customerId);
        if (!c)
            return c.error();
        found = *c;
        label = QStringLiteral("#%1").arg(request.customerId);
    } else {
        const QString key = request.customerKey.trimmed();
        if (key.isEmpty())
            return qint64(0);
        label = key;
        if (key.contains(QLatin1Char('@'))) {
            auto c = repo.findByEmail(key.toLower());
            if (!c)
                return c.error();
            found = *c;
        } else {
            auto c = repo.findByLoyaltyCard(key);
            if (!c)
                return c.error();
            found = *c;
            if (!found) {
                if (auto e164 = validation::phone(key)) {
                    auto p = repo.findByPhone(*e164);
                    if (!p)
                        return p.error();
                    found = *p;
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
            if (Status s = require(session, QStringLiteral("price.override")); !s)
                return s.error();
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
            auto note = notes.findById(r.creditNoteId);
            if (!note)
                return note.error();
            if (!note->has_value() || (*note)->refundMethod != QLatin1String("store_credit"))
                return Error::notFound(field, SaleServiceText::tr("no store credit note #%1").arg(r.creditNoteId));
            auto used = SaleRepository(db).storeCreditUsed(r.creditNoteId);
            if (!used)
                return used.error();
            const qint64 remaining = (*note)->totalCents - *used - creditUse.value(r.creditNoteId);
            if (r.amountCents > remaining)
                return Error::validation(field, SaleServiceText::tr("credit note #%1 has only %2 left")
                                                    .arg(r.creditNoteId)
                                                    .arg(Money::fromCents(remaining).toString()));
            creditUse[r.creditNoteId] += r.amountCents;
            p.creditNoteId = r.creditNoteId;
        } else if (r.method == PaymentMethod::Deposit) {
            auto dep = DepositRepository(db).findById(r.depositId);
            if (!dep)
                return dep.error();
            if (!dep->has_value())
                return Error::notFound(field, SaleServiceText::tr("no deposit #%1").arg(r.depositId));
            const Deposit &d = **dep;
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
    if (Status s = require(session, QStringLiteral("sale.create")); !s)
        return s.error();

    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();

    auto store = StoreRepository(m_db).current();
    if (!store)
        return store.error();
    if (!store->has_value())
        return Error::validation(QStringLiteral("store"), SaleServiceText::tr("no store is set up yet"));

    Sale sale;
    sale.storeId = (*store)->id;
    sale.userId = session.userId;
    sale.at = m_clock.nowUtc();
    sale.businessDay = sale.at.toLocalTime().date();

    SaleRepository sales(m_db);
    auto closed = sales.dayClosed(sale.storeId, sale.businessDay);
    if (!closed)
        return closed.error();
    if (*closed)
        return Error::conflict(QStringLiteral("business_day"), SaleServiceText::tr("%1 is already closed").arg(sale.businessDay.toString(Qt::ISODate)));

    auto customer = resolveCustomer(m_db, request);
    if (!customer)
        return customer.error();
    sale.customerId = *customer;

    auto lines = buildLines(m_db, session, request.lines);
    if (!lines)
        return lines.error();
    sale.lines = *lines;
    applySaleTotals(sale);

    auto payments = buildPayments(m_db, request.payments, sale.totalCents, sale.customerId);
    if (!payments)
        return payments.error();
    sale.payments = *payments;

    auto number = sales.nextNumber(sale.storeId);
    if (!number)
        return number.error();
    auto prev = sales.lastHash(sale.storeId);
    if (!prev)
        return prev.error();
    sale.number = *number;
    sale.prevHash = *prev;
    sale.hash = saleHash(sale, sale.prevHash);
    if (Status s = sales.insert(sale); !s)
        return s.error();

    SettingsRepository settings(m_db);
    auto allowNegative = StockService::negativeStockAllowed(m_db);
    if (!allowNegative)
        return allowNegative.error();
    StockRepository stock(m_db);
    for (const SaleLine &line : sale.lines) {
        auto move = stock.applyMove(line.productId, -line.quantity, StockMoveKind::Sale, QString(), sale.id, 0,
                                    session.userId, sale.at, *allowNegative);
        if (!move) {
            Error e = move.error();
            e.field = QStringLiteral("line %1").arg(line.lineNo);
            return e;
        }
    }

    DepositRepository deposits(m_db);
    for (const Payment &p : sale.payments) {
        if (p.depositId > 0) {
            if (Status s = deposits.close(p.depositId, DepositStatus::Applied, sale.at, sale.id); !s)
                return s.error();
        }
    }

    if (sale.customerId > 0) {
        auto rate = settings.get(QStringLiteral("loyalty.points_per_euro"), QStringLiteral("1"));
        if (!rate)
            return rate.error();
        const qint64 points = sale.totalCents > 0 ? sale.totalCents * rate->toLongLong() / 100 : 0;
        if (Status s = CustomerRepository(m_db).creditSale(sale.customerId, points); !s)
            return s.error();
        Interaction i;
        i.customerId = sale.customerId;
        i.channel = QStringLiteral("store");
        i.kind = QStringLiteral("sale");
        i.note = SaleServiceText::tr("Sale #%1: %2").arg(sale.number).arg(Money::fromCents(sale.totalCents).toString());
        i.userId = session.userId;
        i.at = sale.at;
        if (auto id = InteractionRepository(m_db).insert(i); !id)
            return id.error();
    }

    QJsonArray methods;
    for (const Payment &p : sale.payments)
        methods.append(toString(p.method));
    const QJsonObject changes{{QStringLiteral("number"), sale.number},
                              {QStringLiteral("total_cents"), sale.totalCents},
                              {QStringLiteral("lines"), int(sale.lines.size())},
                              {QStringLiteral("payment_methods"), methods}};
    if (Status s = AuditTrail(m_db, m_clock).record(session, QStringLiteral("sale.create"), QStringLiteral("sale"),
                                                     sale.id, scope::business(), changes);
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return sale;
}

Result<Sale> SaleService::findByNumber(const Session &session, qint64 number)
{
    if (Status s = require(session, QStringLiteral("sale.read")); !s)
        return s.error();
    auto store = StoreRepository(m_db).current();
    if (!store)
        return store.error();
    if (!store->has_value())
        return Error::notFound(QStringLiteral("sale"), SaleServiceText::tr("no sale #%1").arg(number));
    auto sale = SaleRepository(m_db).findByNumber((*store)->id, number);
    if (!sale)
        return sale.error();
    if (!sale->has_value())
        return Error::notFound(QStringLiteral("sale"), SaleServiceText::tr("no sale #%1").arg(number));
    return **sale;
}

} // namespace comptoir
