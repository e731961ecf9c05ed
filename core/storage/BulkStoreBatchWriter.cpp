// BulkStoreWriter, on the writer thread: binds and steps the rows of a batch. The big
// tables go kRowsPerInsert rows per INSERT; `b` below is the first parameter of a row.
#include "storage/BulkStoreStatements.h"
#include "storage/BulkStoreWriter.h"

namespace comptoir {


namespace {

using Id = qint64;

void bindCustomer(BulkStatement &s, int b, const std::pair<Id, bulk::CustomerRow> &item)
{
    const auto &[id, row] = item;
    s.bind(b + 1, id);
    s.bindStaticText(b + 2, row.isCustomer ? "customer" : "prospect");
    s.bindText(b + 3, row.title);
    s.bindText(b + 4, row.firstName);
    s.bindText(b + 5, row.lastName);
    s.bindTextOrNull(b + 6, row.email);
    s.bindTextOrNull(b + 7, row.phone);
    s.bindText(b + 8, row.address);
    s.bindText(b + 9, row.postalCode);
    s.bindText(b + 10, row.city);
    if (row.birthDate.isValid())
        s.bindDate(b + 11, row.birthDate.toJulianDay());
    else
        s.bindNull(b + 11);
    s.bindTextOrNull(b + 12, row.loyaltyCard);
    s.bindStaticText(b + 13, row.sourceChannel);
    s.bindText(b + 14, row.notes);
    s.bindTime(b + 15, row.createdAt);
    s.bindTime(b + 16, row.createdAt);
    s.bindIdOrNull(b + 17, row.createdBy);
}

void bindSale(BulkStatement &s, int b, const Sale *sale)
{
    s.bind(b + 1, sale->id);
    s.bind(b + 2, sale->storeId);
    s.bind(b + 3, sale->number);
    s.bindIdOrNull(b + 4, sale->customerId);
    s.bindIdOrNull(b + 5, sale->userId);
    s.bindTime(b + 6, sale->at.toSecsSinceEpoch());
    s.bindDate(b + 7, sale->businessDay.toJulianDay());
    s.bind(b + 8, sale->totalCents);
    s.bind(b + 9, sale->totalExclCents);
    s.bind(b + 10, sale->vatCents);
    s.bind(b + 11, sale->itemCount);
    s.bind(b + 12, sale->imported ? 1 : 0);
    s.bindText(b + 13, sale->prevHash);
    s.bindText(b + 14, sale->hash);
}

void bindSaleLine(BulkStatement &s, int b, const SaleLine *line)
{
    s.bind(b + 1, line->id);
    s.bind(b + 2, line->saleId);
    s.bind(b + 3, line->lineNo);
    s.bind(b + 4, line->productId);
    s.bind(b + 5, line->quantity);
    s.bind(b + 6, line->unitPriceCents);
    s.bind(b + 7, line->discountCents);
    s.bindText(b + 8, line->overrideReason);
    s.bind(b + 9, line->vatRateBp);
    s.bind(b + 10, line->totalCents);
}

const char *methodText(PaymentMethod method)
{
    switch (method) {
    case PaymentMethod::Cash:
        return "cash";
    case PaymentMethod::Card:
        return "card";
    case PaymentMethod::Cheque:
        return "cheque";
    case PaymentMethod::Voucher:
        return "voucher";
    case PaymentMethod::StoreCredit:
        return "store_credit";
    case PaymentMethod::Deposit:
        return "deposit";
    }
    return "";
}

void bindPayment(BulkStatement &s, int b, const Payment *payment)
{
    s.bind(b + 1, payment->id);
    s.bind(b + 2, payment->saleId);
    s.bindStaticText(b + 3, methodText(payment->method));
    s.bind(b + 4, payment->amountCents);
    s.bind(b + 5, payment->tenderedCents);
    s.bind(b + 6, payment->changeCents);
    s.bindIdOrNull(b + 7, payment->creditNoteId);
    s.bindIdOrNull(b + 8, payment->depositId);
}

void bindStockMove(BulkStatement &s, int b, const std::pair<Id, bulk::StockMoveRow> &item)
{
    const auto &[id, row] = item;
    s.bind(b + 1, id);
    s.bind(b + 2, row.productId);
    s.bind(b + 3, row.quantity);
    s.bindStaticText(b + 4, row.kind);
    s.bindText(b + 5, row.reason);
    s.bindIdOrNull(b + 6, row.supplierId);
    s.bindIdOrNull(b + 7, row.saleId);
    s.bindIdOrNull(b + 8, row.userId);
    s.bindTime(b + 9, row.at);
}

void bindConsent(BulkStatement &s, int b, const std::pair<Id, bulk::ConsentRow> &item)
{
    const auto &[id, row] = item;
    s.bind(b + 1, id);
    s.bind(b + 2, row.customerId);
    s.bindStaticText(b + 3, row.channel);
    s.bindStaticText(b + 4, "marketing");
    s.bind(b + 5, row.granted ? 1 : 0);
    s.bindTime(b + 6, row.at);
    s.bindStaticText(b + 7, row.source);
    s.bindStaticText(b + 8, row.wordingVersion);
    s.bindIdOrNull(b + 9, row.recordedBy);
}

void bindInteraction(BulkStatement &s, int b, const std::pair<Id, bulk::InteractionRow> &item)
{
    const auto &[id, row] = item;
    s.bind(b + 1, id);
    s.bind(b + 2, row.customerId);
    s.bindStaticText(b + 3, row.channel);
    s.bindStaticText(b + 4, row.kind);
    s.bindText(b + 5, row.note);
    s.bindIdOrNull(b + 6, row.userId);
    s.bindTime(b + 7, row.at);
}

/** Writes `rows` kRowsPerInsert at a time, the rest one by one; `columns` parameters per row. */
template <typename Rows, typename Bind>
Status writeRows(BulkInsert &insert, int columns, const Rows &rows, Bind bind)
{
    const size_t n = rows.size();
    size_t i = 0;
    for (; i + kRowsPerInsert <= n; i += kRowsPerInsert) {
        for (int r = 0; r < kRowsPerInsert; ++r)
            bind(insert.many, r * columns, rows[i + size_t(r)]);
        BOOST_OUTCOME_TRYV(insert.many.step());
    }
    for (; i < n; ++i) {
        bind(insert.one, 0, rows[i]);
        BOOST_OUTCOME_TRYV(insert.one.step());
    }
    return {};
}

} // namespace

Status BulkStoreWriter::writeBatch(const Batch &batch)
{
    Statements &st = *m_st;
    for (const auto &[id, row] : batch.products) {
        BulkStatement &s = st.product;
        s.bind(1, id);
        s.bindText(2, row.sku);
        s.bindTextOrNull(3, row.ean13);
        s.bindText(4, row.name);
        s.bindIdOrNull(5, row.categoryId);
        s.bindIdOrNull(6, row.supplierId);
        s.bind(7, row.priceCents);
        s.bind(8, row.vatRateBp);
        s.bind(9, row.costCents);
        s.bind(10, row.reorderThreshold);
        s.bind(11, row.active ? 1 : 0);
        s.bindTime(12, row.createdAt);
        s.bindTime(13, row.updatedAt);
        BOOST_OUTCOME_TRYV(s.step());
    }
    BOOST_OUTCOME_TRYV(writeRows(st.customer, 17, batch.customers, bindCustomer));

    std::vector<const Sale *> sales;
    std::vector<const SaleLine *> lines;
    std::vector<const Payment *> payments;
    sales.reserve(batch.sales.size());
    for (const Sale &sale : batch.sales) {
        sales.push_back(&sale);
        for (const SaleLine &line : sale.lines)
            lines.push_back(&line);
        for (const Payment &payment : sale.payments)
            payments.push_back(&payment);
    }
    BOOST_OUTCOME_TRYV(writeRows(st.sale, 14, sales, bindSale));
    BOOST_OUTCOME_TRYV(writeRows(st.saleLine, 10, lines, bindSaleLine));
    BOOST_OUTCOME_TRYV(writeRows(st.payment, 8, payments, bindPayment));
    BOOST_OUTCOME_TRYV(writeRows(st.stockMove, 9, batch.stockMoves, bindStockMove));

    for (const bulk::StockLevelRow &row : batch.stockLevels) {
        BulkStatement &s = st.stockLevel;
        s.bind(1, row.productId);
        s.bind(2, row.quantity);
        s.bindTime(3, row.updatedAt);
        BOOST_OUTCOME_TRYV(s.step());
    }
    for (const auto &[customer, points] : batch.loyaltyPoints) {
        st.loyalty.bind(1, points);
        st.loyalty.bind(2, customer);
        BOOST_OUTCOME_TRYV(st.loyalty.step());
    }
    BOOST_OUTCOME_TRYV(writeRows(st.consent, 9, batch.consents, bindConsent));
    BOOST_OUTCOME_TRYV(writeRows(st.interaction, 7, batch.interactions, bindInteraction));

    for (const auto &[id, row] : batch.appointments) {
        BulkStatement &s = st.appointment;
        s.bind(1, id);
        s.bindIdOrNull(2, row.customerId);
        s.bind(3, row.staffId);
        s.bindTime(4, row.startsAt);
        s.bindTime(5, row.endsAt);
        s.bindText(6, row.subject);
        s.bindText(7, row.notes);
        s.bindStaticText(8, row.status);
        s.bindIdOrNull(9, row.createdBy);
        s.bindTime(10, row.createdAt);
        s.bindTime(11, row.updatedAt);
        BOOST_OUTCOME_TRYV(s.step());
    }
    for (const auto &[id, row] : batch.complaints) {
        BulkStatement &s = st.complaint;
        s.bind(1, id);
        s.bind(2, row.customerId);
        s.bindIdOrNull(3, row.saleId);
        s.bind(4, row.categoryId);
        s.bindText(5, row.subject);
        s.bindText(6, row.description);
        s.bindStaticText(7, row.status);
        s.bindIdOrNull(8, row.assignedTo);
        s.bindTime(9, row.openedAt);
        s.bindTime(10, row.dueAt);
        s.bindTimeOrNull(11, row.resolvedAt);
        s.bindText(12, row.resolution);
        if (row.satisfaction > 0)
            s.bind(13, row.satisfaction);
        else
            s.bindNull(13);
        s.bindTimeOrNull(14, row.closedAt);
        s.bindIdOrNull(15, row.createdBy);
        BOOST_OUTCOME_TRYV(s.step());
    }
    for (const auto &[id, row] : batch.complaintEvents) {
        BulkStatement &s = st.complaintEvent;
        s.bind(1, id);
        s.bind(2, row.complaintId);
        s.bindTime(3, row.at);
        s.bindIdOrNull(4, row.userId);
        s.bindStaticText(5, row.fromStatus);
        s.bindStaticText(6, row.toStatus);
        s.bindText(7, row.note);
        BOOST_OUTCOME_TRYV(s.step());
    }
    return {};
}

} // namespace comptoir
