#include "storage/HistoricalSaleRepository.h"

#include "domain/ChainHash.h"
#include "domain/Clock.h"
#include "storage/Database.h"
#include "storage/KpiRepository.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace comptoir {

namespace {

/** The translation context of this file's messages (lupdate reads it). */
struct HistoricalSaleRepositoryText {
    Q_DECLARE_TR_FUNCTIONS(comptoir::HistoricalSaleRepository)
};

const char *paymentMethodText(PaymentMethod method)
{
    switch (method) {
    case PaymentMethod::Cash: return "cash";
    case PaymentMethod::Card: return "card";
    case PaymentMethod::Cheque: return "cheque";
    case PaymentMethod::Voucher: return "voucher";
    case PaymentMethod::StoreCredit: return "store_credit";
    case PaymentMethod::Deposit: return "deposit";
    }
    return "card";
}

} // namespace

Result<SaleChainState> HistoricalSaleRepository::chainState(qint64 storeId)
{
    SaleChainState state;
    state.lastHash = genesisHash();
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT number, hash FROM sale WHERE store_id = ? ORDER BY number DESC LIMIT 1"));
    q.addBindValue(storeId);
    if (!q.exec())
        return databaseError(HistoricalSaleRepositoryText::tr("reading the last sale"), q.lastError().text());
    if (q.next()) {
        state.lastNumber = q.value(0).toLongLong();
        state.lastHash = q.value(1).toString();
    }
    q.finish();
    q.prepare(QStringLiteral("SELECT kind, period FROM closure WHERE store_id = ?"));
    q.addBindValue(storeId);
    if (!q.exec())
        return databaseError(HistoricalSaleRepositoryText::tr("reading the closures"), q.lastError().text());
    while (q.next()) {
        const QString period = q.value(1).toString();
        if (q.value(0).toString() != u"day")
            state.closedPeriods.insert(period);
        else if (period > state.lastClosedDay)
            state.lastClosedDay = period;
    }
    q.finish();
    q.prepare(QStringLiteral("SELECT min(at) FROM sale WHERE store_id = ? AND imported = 0"));
    q.addBindValue(storeId);
    if (!q.exec() || !q.next())
        return databaseError(HistoricalSaleRepositoryText::tr("reading the first sale"), q.lastError().text());
    if (!q.value(0).isNull())
        state.firstRungAt = fromIsoUtc(q.value(0).toString());
    q.finish();
    if (!q.exec(QStringLiteral("SELECT count(*) FROM sale_line")) || !q.next())
        return databaseError(HistoricalSaleRepositoryText::tr("counting the sale lines"), q.lastError().text());
    state.saleLines = q.value(0).toLongLong();
    return state;
}

Status HistoricalSaleRepository::products(QHash<QString, ProductRef> &bySku, QHash<QString, ProductRef> &byEan13)
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, sku, ean13, vat_rate_bp FROM product")))
        return databaseError(HistoricalSaleRepositoryText::tr("reading the products"), q.lastError().text());
    while (q.next()) {
        const ProductRef ref{q.value(0).toLongLong(), q.value(3).toInt()};
        bySku.insert(q.value(1).toString(), ref);
        if (!q.value(2).isNull() && !q.value(2).toString().isEmpty())
            byEan13.insert(q.value(2).toString(), ref);
    }
    return {};
}

Status HistoricalSaleRepository::prepare()
{
    if (m_prepared)
        return {};
    BOOST_OUTCOME_TRYV(m_sale.prepare(m_db.handle(),
                                      "INSERT INTO sale(store_id, number, customer_id, user_id, at, business_day, "
                                      "total_cents, total_excl_cents, vat_cents, item_count, imported, prev_hash, hash) "
                                      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)",
                                      HistoricalSaleRepositoryText::tr("imported sale")));
    // A sale's lines go in one statement (kLinesPerStatement rows at most): SQLite's cost per
    // statement run is then paid once per sale rather than once per line.
    for (int rows = 1; rows <= kLinesPerStatement; ++rows) {
        QByteArray sql = "INSERT INTO sale_line(sale_id, line_no, product_id, quantity, unit_price_cents, "
                         "discount_cents, override_reason, vat_rate_bp, total_cents) VALUES ";
        for (int r = 0; r < rows; ++r)
            sql += r == 0 ? "(?, ?, ?, ?, ?, ?, '', ?, ?)" : ", (?, ?, ?, ?, ?, ?, '', ?, ?)";
        BOOST_OUTCOME_TRYV(m_lines[rows - 1].prepare(m_db.handle(), sql.constData(),
                                                     HistoricalSaleRepositoryText::tr("imported sale line")));
    }
    BOOST_OUTCOME_TRYV(m_payment.prepare(m_db.handle(),
                                         "INSERT INTO payment(sale_id, method, amount_cents, tendered_cents, change_cents, "
                                         "credit_note_id, deposit_id) VALUES (?, ?, ?, ?, ?, NULL, NULL)",
                                         HistoricalSaleRepositoryText::tr("imported payment")));
    m_prepared = true;
    return {};
}

Status HistoricalSaleRepository::insert(Sale &sale)
{
    BOOST_OUTCOME_TRYV(prepare());
    BulkStatement &s = m_sale;
    s.bind(1, sale.storeId);
    s.bind(2, sale.number);
    s.bindIdOrNull(3, sale.customerId);
    s.bindIdOrNull(4, sale.userId);
    s.bindTime(5, sale.at.toSecsSinceEpoch());
    s.bindDate(6, sale.businessDay.toJulianDay());
    s.bind(7, sale.totalCents);
    s.bind(8, sale.totalExclCents);
    s.bind(9, sale.vatCents);
    s.bind(10, sale.itemCount);
    s.bindText(11, sale.prevHash);
    s.bindText(12, sale.hash);
    BOOST_OUTCOME_TRYV(s.step());
    sale.id = s.lastInsertId();
    // Through a pointer: QList's operator[] checks for sharing at every access.
    SaleLine *lines = sale.lines.data();
    for (qsizetype first = 0; first < sale.lines.size(); first += kLinesPerStatement) {
        const int rows = int(std::min<qsizetype>(kLinesPerStatement, sale.lines.size() - first));
        BulkStatement &st = m_lines[rows - 1];
        for (int r = 0; r < rows; ++r) {
            SaleLine &l = lines[first + r];
            l.saleId = sale.id;
            const int at = r * 8;
            st.bind(at + 1, sale.id);
            st.bind(at + 2, l.lineNo);
            st.bind(at + 3, l.productId);
            st.bind(at + 4, l.quantity);
            st.bind(at + 5, l.unitPriceCents);
            st.bind(at + 6, l.discountCents);
            st.bind(at + 7, l.vatRateBp);
            st.bind(at + 8, l.totalCents);
        }
        BOOST_OUTCOME_TRYV(st.step());
        // A multi-row INSERT gives consecutive rowids; the last one is the last row's.
        const qint64 last = st.lastInsertId();
        for (int r = 0; r < rows; ++r)
            lines[first + r].id = last - (rows - 1 - r);
    }
    for (Payment &p : sale.payments) {
        p.saleId = sale.id;
        m_payment.bind(1, sale.id);
        m_payment.bindStaticText(2, paymentMethodText(p.method));
        m_payment.bind(3, p.amountCents);
        m_payment.bind(4, p.tenderedCents);
        m_payment.bind(5, p.changeCents);
        BOOST_OUTCOME_TRYV(m_payment.step());
        p.id = m_payment.lastInsertId();
    }
    return {};
}

void HistoricalSaleRepository::summarize(const Sale &sale)
{
    if (m_summaries)
        m_summaries->addSale(sale);
}

KpiSummaryBuilder::Days HistoricalSaleRepository::takeEarlierDays()
{
    return m_summaries ? m_summaries->takeEarlierDays() : KpiSummaryBuilder::Days();
}

Status HistoricalSaleRepository::writeDays(const KpiSummaryBuilder::Days &days)
{
    if (days.empty())
        return {};
    BOOST_OUTCOME_TRYV(m_dayWriter.prepare(m_db));
    return m_dayWriter.write(days);
}

Status HistoricalSaleRepository::dropIndexes(bool ledgerEmpty)
{
    // Kept through the load: their keys arrive in order (payments by sale id; sales by day in a
    // history file, and so by day for each of a few staff members; no credit note), so keeping
    // them up costs the insert thread little, and their rebuild (0.6 s for 1M lines) is saved.
    const QStringList keep{QStringLiteral("payment_sale"), QStringLiteral("payment_credit_note"),
                           QStringLiteral("sale_day"), QStringLiteral("sale_user")};
    BOOST_OUTCOME_TRYV(m_indexes.drop({QStringLiteral("sale"), QStringLiteral("sale_line"), QStringLiteral("payment")}, keep));
    BOOST_OUTCOME_TRY(triggers, KpiRepository(m_db).dropSummaryTriggers());
    m_kpiTriggers = triggers;
    m_kpiDropped = true;
    if (!ledgerEmpty)
        return {};
    // The loyalty share counts the sales of customers holding a card (as the trigger does).
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id FROM customer WHERE loyalty_card IS NOT NULL")))
        return databaseError(HistoricalSaleRepositoryText::tr("reading the loyalty members"), q.lastError().text());
    m_summaries = std::make_unique<KpiSummaryBuilder>();
    while (q.next())
        m_summaries->addLoyaltyMember(q.value(0).toLongLong());
    return {};
}

Status HistoricalSaleRepository::restoreIndexes()
{
    BOOST_OUTCOME_TRYV(m_indexes.restore());
    if (!m_kpiDropped)
        return {};
    m_kpiDropped = false;
    KpiRepository kpi(m_db);
    const std::unique_ptr<KpiSummaryBuilder> built = std::move(m_summaries);
    BOOST_OUTCOME_TRYV(built ? built->write(m_db) : kpi.rebuildSummaries());
    return kpi.createTriggers(m_kpiTriggers);
}

} // namespace comptoir
