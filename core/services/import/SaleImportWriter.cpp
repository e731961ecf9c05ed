// Historical sales: one CSV row per sale LINE; consecutive rows with the same sale key form
// one sale. The rules (also in docs/import.md):
//  - Imported sales enter the store's sales chain like the till's: the next gap-free
//    numbers, prev_hash/hash computed by saleHash() (domain/Sale.h), marked imported = 1,
//    so `comptoir-cli verify` checks them with the rest.
//  - Dates: not in the future; not on or before the last closed day, nor in a closed month
//    or year (a closed period is sealed: its Z totals would no longer match its sales);
//    and before the first sale rung up by the till here. Imported history predates the
//    software: a sale after that one is a sale the till should have recorded itself.
//  - No stock moves: the stock counted when the store moved to Comptoir (imported as
//    stock moves or with the products) already reflects these past sales; moving it again
//    would count them twice.
//  - No loyalty points, no customer status change, no timeline interaction: the customer
//    file imported from the previous system carries its own balances. The KPI summaries
//    do include the history (their triggers see every sale), so dashboards show it.
//  - Payments: the "payments" column when given ("card 30.00 | cash 12.50", as the export
//    writes them; they must add up to the sale's total), otherwise one payment of the whole
//    total in the payment_method given (card when empty). Store credit and deposits are
//    recorded as methods only: the old system's credit notes and deposits are not here to
//    link to.
#include "services/import/ImportWriter.h"

#include "io/ValueParsers.h"
#include "io/import/SaleImportValues.h"
#include "storage/Database.h"
#include "storage/HistoricalSaleRepository.h"
#include "storage/ImportBulkRepository.h"
#include "storage/StoreRepository.h"
#include "storage/WriterThread.h"
#include "domain/Clock.h"

#include <QCoreApplication>

#include <memory>
#include <mutex>
#include <vector>

namespace comptoir {

namespace {

/** The translation context of this file's messages (lupdate reads it). */
struct SaleImportWriterText {
    Q_DECLARE_TR_FUNCTIONS(comptoir::SaleImportWriter)
};

class SaleImportWriter final : public ImportWriter {
public:
    SaleImportWriter(Database &db, const QDateTime &now) : m_db(db), m_repo(db), m_now(now) {}

    void setSizeHint(qint64 bytes) override { m_sizeHint = bytes; }

    Status prepare() override
    {
        BOOST_OUTCOME_TRY(store, StoreRepository(m_db).required());
        m_storeId = store.id;
        BOOST_OUTCOME_TRY(state, m_repo.chainState(m_storeId));
        m_state = std::move(state);
        BOOST_OUTCOME_TRYV(m_repo.products(m_bySku, m_byEan));
        BOOST_OUTCOME_TRY(users, ImportBulkRepository(m_db).userIdsByLogin());
        m_users = std::move(users);
        BOOST_OUTCOME_TRY(keys, ImportBulkRepository(m_db).customerKeys());
        m_customers = std::move(keys);
        m_inserts.start();
        if (isBulkLoad(m_sizeHint) && m_sizeHint / kBytesPerLine > m_state.saleLines) {
            BOOST_OUTCOME_TRYV(m_repo.dropIndexes(m_state.saleLines == 0));
        }
        return {};
    }

    Result<RowOutcome> write(const ImportRow &) override
    {
        return Error::validation(QStringLiteral("sale_key"), SaleImportWriterText::tr("sales are imported a whole sale at a time"));
    }

    Status finish() override
    {
        BOOST_OUTCOME_TRYV(submitBatch());
        BOOST_OUTCOME_TRYV(m_inserts.drain());
        m_inserts.stop();
        return m_repo.restoreIndexes();
    }

    bool grouped() const override { return true; }

    QString groupKey(const ImportRow &row) const override
    {
        return row.cell(m_resolved ? m_key : row.columnOf(QLatin1String("sale_key")));
    }

    Status writeGroup(ImportRow &row, const std::vector<CsvRow> &rows, QList<RowProblem> &problems) override
    {
        resolveColumns(row);
        const qsizetype before = problems.size();
        const CsvRow &first = rows.front();
        row.setFields(&first.fields);
        Sale sale;
        sale.storeId = m_storeId;
        sale.imported = true;
        const QString key = row.cell(m_key);
        if (key.isEmpty()) {
            for (const CsvRow &r : rows)
                problems.append({r.lineNumber, QStringLiteral("sale_key"), SaleImportWriterText::tr("a sale key is required")});
            return {};
        }
        if (const qint64 earlier = m_seenKeys.firstLineOrAdd(key, first.lineNumber)) {
            problems.append({first.lineNumber, QStringLiteral("sale_key"),
                             SaleImportWriterText::tr("sale %1 was already on line %2: the lines of a sale must follow each other")
                                 .arg(key)
                                 .arg(earlier)});
        }
        readHeader(row, first.lineNumber, sale, problems);
        QString headerCells[kHeaderColumns];
        for (int i = 0; i < kHeaderColumns; ++i)
            headerCells[i] = row.cell(m_header[i]);

        int lineNo = 0;
        for (const CsvRow &r : rows) {
            row.setFields(&r.fields);
            if (lineNo > 0) {
                for (int i = 0; i < kHeaderColumns; ++i) {
                    const QString cell = row.cell(m_header[i]);
                    if (cell != headerCells[i])
                        problems.append({r.lineNumber, QLatin1String(kHeaderFields[i]),
                                         SaleImportWriterText::tr("\"%1\" differs from line %2 of the same sale (\"%3\")")
                                             .arg(cell)
                                             .arg(first.lineNumber)
                                             .arg(headerCells[i])});
                }
            }
            SaleLine line;
            line.lineNo = ++lineNo;
            if (readLine(row, r.lineNumber, line, problems))
                sale.lines.append(line);
        }
        if (problems.size() > before)
            return {};

        applySaleTotals(sale);
        if (!m_payments.isEmpty()) {
            qint64 paid = 0;
            for (const Payment &p : std::as_const(m_payments))
                paid += p.amountCents;
            if (paid != sale.totalCents) {
                problems.append({first.lineNumber, QStringLiteral("payments"),
                                 SaleImportWriterText::tr("the payments add up to %1, the sale's lines to %2")
                                     .arg(Money::fromCents(paid).toString(), Money::fromCents(sale.totalCents).toString())});
                return {};
            }
            sale.payments = m_payments;
        } else if (sale.totalCents > 0) {
            sale.payments.append(wholePayment(m_method, sale.totalCents));
        }
        sale.number = m_state.lastNumber + 1;
        sale.prevHash = m_state.lastHash;
        sale.hash = saleHash(sale, sale.prevHash);
        m_state.lastNumber = sale.number;
        m_state.lastHash = sale.hash;
        m_repo.summarize(sale);
        m_batch.push_back(std::move(sale));
        return m_batch.size() < kSalesPerBatch ? m_inserts.error() : submitBatch();
    }

private:
    /**
     * Hands the sales validated so far to the insert thread: the rows of the next sales are
     * read, checked and hashed on this thread meanwhile (the chain needs nothing back from
     * the database). The connection is left to that thread until finish() drains it.
     */
    Status submitBatch()
    {
        if (m_batch.empty())
            return m_inserts.error();
        auto batch = std::make_shared<std::vector<Sale>>(std::move(m_batch));
        m_batch = reusedBatch();
        // The KPI totals of the days these sales have left behind are written by the insert
        // thread too, rather than all of them on this thread after the load.
        auto days = std::make_shared<KpiSummaryBuilder::Days>(m_repo.takeEarlierDays());
        return m_inserts.submit([this, batch, days]() mutable -> Status {
            for (Sale &sale : *batch) {
                BOOST_OUTCOME_TRYV(m_repo.insert(sale));
            }
            BOOST_OUTCOME_TRYV(m_repo.writeDays(*days));
            // The sales go back to this thread to be freed: memory freed by another thread
            // than the one that allocated it contends for the allocator's lock with every
            // allocation of the reading thread (1M lines: 9.7–11.8 s with, 12.7–14.8 s without).
            std::lock_guard lock(m_spentMutex);
            m_spent.push_back(std::move(batch));
            return {};
        });
    }

    /** An empty batch: one the insert thread is done with when there is one, its sales freed here. */
    std::vector<Sale> reusedBatch()
    {
        std::vector<std::shared_ptr<std::vector<Sale>>> spent;
        {
            std::lock_guard lock(m_spentMutex);
            spent.swap(m_spent);
        }
        std::vector<Sale> batch;
        if (!spent.empty())
            batch = std::move(*spent.back());
        batch.clear();
        batch.reserve(kSalesPerBatch);
        return batch;
    }

    // The columns that describe the sale rather than the line: the same on all its rows.
    static constexpr int kHeaderColumns = 8;
    static constexpr const char *kHeaderFields[kHeaderColumns] = {
        "sold_at", "customer", "customer_email", "customer_card", "customer_phone", "payment_method", "staff_login",
        "payments"};

    void resolveColumns(const ImportRow &row)
    {
        if (m_resolved)
            return;
        m_resolved = true;
        m_key = row.columnOf(QLatin1String("sale_key"));
        for (int i = 0; i < kHeaderColumns; ++i)
            m_header[i] = row.columnOf(QLatin1String(kHeaderFields[i]));
        m_sku = row.columnOf(QLatin1String("sku"));
        m_ean = row.columnOf(QLatin1String("ean13"));
        m_quantity = row.columnOf(QLatin1String("quantity"));
        m_price = row.columnOf(QLatin1String("unit_price"));
        m_discount = row.columnOf(QLatin1String("discount"));
        m_vat = row.columnOf(QLatin1String("vat_rate"));
    }

    /** The local business day of a UTC time; the UTC offset is looked up once per hour. */
    QDate businessDay(qint64 seconds)
    {
        const qint64 hour = seconds >= 0 ? seconds / 3600 : (seconds - 3599) / 3600;
        auto it = m_offsets.constFind(hour);
        if (it == m_offsets.constEnd())
            it = m_offsets.insert(hour, QDateTime::fromSecsSinceEpoch(hour * 3600, Qt::UTC).toLocalTime().offsetFromUtc());
        const qint64 local = seconds + *it;
        const qint64 day = local >= 0 ? local / 86400 : (local - 86399) / 86400;
        return QDate::fromJulianDay(day + kUnixEpochJulianDay);
    }

    /** The sale's time, customer, payment method and seller, from its first row. */
    void readHeader(const ImportRow &row, qint64 line, Sale &sale, QList<RowProblem> &problems)
    {
        const QString at = row.cell(m_header[0]);
        std::optional<qint64> seconds;
        if (qint64 s = 0; saleimport::parseIsoUtcSeconds(at, s)) {
            seconds = s;
        } else if (at.isEmpty()) {
            problems.append({line, QStringLiteral("sold_at"), SaleImportWriterText::tr("the date of the sale is required")});
        } else if (const QDateTime utc = fromIsoUtc(at); utc.isValid() && at.endsWith(QLatin1Char('Z'))) {
            seconds = utc.toSecsSinceEpoch();
        } else if (auto local = ValueParsers::localDateTime(at, QStringLiteral("sold_at")); local) {
            seconds = local->toUTC().toSecsSinceEpoch();
        } else {
            problems.append({line, QStringLiteral("sold_at"), local.error().message});
        }
        if (seconds) {
            sale.at = QDateTime::fromSecsSinceEpoch(*seconds, Qt::UTC);
            sale.businessDay = businessDay(*seconds);
            checkPeriod(sale, line, problems);
        }
        sale.customerId = resolveCustomer(row, line, problems);
        const QString method = row.cell(m_header[5]);
        if (auto m = saleimport::historicalPaymentMethod(method))
            m_method = *m;
        else
            problems.append({line, QStringLiteral("payment_method"),
                             SaleImportWriterText::tr("unknown payment method \"%1\" (cash, card, cheque, voucher, store_credit, deposit)")
                                 .arg(method)});
        m_payments.clear();
        if (const QString payments = row.cell(m_header[7]); !payments.isEmpty())
            readPayments(payments, line, problems);
        const QString login = row.cell(m_header[6]);
        if (!login.isEmpty()) {
            sale.userId = m_users.value(login.toLower());
            if (!sale.userId)
                problems.append({line, QStringLiteral("staff_login"), SaleImportWriterText::tr("no user with login \"%1\"").arg(login)});
        }
    }

    static Payment wholePayment(PaymentMethod method, qint64 cents)
    {
        Payment p;
        p.method = method;
        p.amountCents = cents;
        p.tenderedCents = method == PaymentMethod::Cash ? cents : 0;
        return p;
    }

    /** "card 30.00 | cash 12,50": each payment's method and amount, as the export writes them. */
    void readPayments(const QString &text, qint64 line, QList<RowProblem> &problems)
    {
        for (const QString &part : text.split(QLatin1Char('|'))) {
            const QString item = part.trimmed();
            const qsizetype space = item.lastIndexOf(QLatin1Char(' '));
            std::optional<PaymentMethod> method;
            qint64 cents = 0;
            if (space > 0) {
                method = saleimport::historicalPaymentMethod(item.left(space));
                if (auto amount = ValueParsers::money(item.mid(space + 1), QStringLiteral("payments")))
                    cents = amount->cents();
            }
            if (!method || cents <= 0) {
                problems.append({line, QStringLiteral("payments"),
                                 SaleImportWriterText::tr("\"%1\" is not a payment: write a method and an amount, "
                                                          "payments separated by | (card 30.00 | cash 12.50)")
                                     .arg(item)});
                m_payments.clear();
                return;
            }
            m_payments.append(wholePayment(*method, cents));
        }
    }

    void checkPeriod(const Sale &sale, qint64 line, QList<RowProblem> &problems)
    {
        const auto refuse = [&](const QString &reason) { problems.append({line, QStringLiteral("sold_at"), reason}); };
        if (sale.at > m_now)
            refuse(SaleImportWriterText::tr("%1 is in the future").arg(toIsoUtc(sale.at)));
        else if (const QString &closed = closedPeriodProblem(sale.businessDay); !closed.isEmpty())
            refuse(closed);
        else if (m_state.firstRungAt.isValid() && sale.at >= m_state.firstRungAt)
            refuse(SaleImportWriterText::tr("imported sales must predate the first sale recorded here (%1)").arg(toIsoUtc(m_state.firstRungAt)));
    }

    /** Why sales of `businessDay` cannot be imported (a closed day, month or year), empty when
     * they can. Remembered for the last day asked: a file's sales mostly come day by day. */
    const QString &closedPeriodProblem(const QDate &businessDay)
    {
        if (m_periodDay.isValid() && businessDay == m_periodDay)
            return m_periodProblem;
        const QString day = businessDay.toString(Qt::ISODate);
        if (!m_state.lastClosedDay.isEmpty() && day <= m_state.lastClosedDay)
            m_periodProblem = SaleImportWriterText::tr("%1 is in a closed period (days are closed up to %2)").arg(day, m_state.lastClosedDay);
        else if (m_state.closedPeriods.contains(day.left(7)) || m_state.closedPeriods.contains(day.left(4)))
            m_periodProblem = SaleImportWriterText::tr("%1 is in a closed month or year").arg(day);
        else
            m_periodProblem.clear();
        m_periodDay = businessDay;
        return m_periodProblem;
    }

    /** 0 for an anonymous sale; the first key given names the customer. */
    qint64 resolveCustomer(const ImportRow &row, qint64 line, QList<RowProblem> &problems)
    {
        static constexpr CustomerKeys::Key kinds[] = {CustomerKeys::Key::Any, CustomerKeys::Key::Email,
                                                      CustomerKeys::Key::Card, CustomerKeys::Key::Phone};
        for (int i = 1; i <= 4; ++i) {
            const QString key = row.cell(m_header[i]);
            if (key.isEmpty())
                continue;
            const qint64 id = m_customers.lookup(key, kinds[i - 1]);
            if (!id)
                problems.append({line, QLatin1String(kHeaderFields[i]), SaleImportWriterText::tr("unknown customer %1").arg(key)});
            return id;
        }
        return 0;
    }

    bool readLine(const ImportRow &row, qint64 lineNumber, SaleLine &line, QList<RowProblem> &problems)
    {
        const qsizetype before = problems.size();
        const auto problem = [&](const char *field, const QString &reason) {
            problems.append({lineNumber, QLatin1String(field), reason});
        };
        const QString sku = row.cell(m_sku);
        const QString ean = row.cell(m_ean);
        const ProductRef *product = nullptr;
        if (!sku.isEmpty()) {
            if (auto it = m_bySku.constFind(sku); it != m_bySku.constEnd())
                product = &*it;
        }
        if (!product && !ean.isEmpty()) {
            if (auto it = m_byEan.constFind(ean); it != m_byEan.constEnd())
                product = &*it;
        }
        if (sku.isEmpty() && ean.isEmpty())
            problem("sku", SaleImportWriterText::tr("a SKU or an EAN-13 is required"));
        else if (!product)
            problem(sku.isEmpty() ? "ean13" : "sku", SaleImportWriterText::tr("unknown product %1").arg(sku.isEmpty() ? ean : sku));
        else
            line.productId = product->id;

        const QString quantity = row.cell(m_quantity);
        if (auto plain = saleimport::plainInteger(quantity); plain && *plain > 0) {
            line.quantity = *plain;
        } else if (auto q = ValueParsers::integer(quantity, QStringLiteral("quantity")); !q) {
            problem("quantity", q.error().message);
        } else if (*q <= 0) {
            problem("quantity", SaleImportWriterText::tr("must be greater than zero (got %1): returns are not imported as sales").arg(*q));
        } else {
            line.quantity = *q;
        }
        const QString price = row.cell(m_price);
        if (auto plain = saleimport::plainCents(price)) {
            line.unitPriceCents = *plain;
        } else if (auto p = ValueParsers::money(price, QStringLiteral("unit_price")); !p) {
            problem("unit_price", p.error().message);
        } else if (p->cents() < 0) {
            problem("unit_price", SaleImportWriterText::tr("cannot be negative (got %1)").arg(p->toString()));
        } else {
            line.unitPriceCents = p->cents();
        }
        if (const QString discount = row.cell(m_discount); !discount.isEmpty()) {
            if (auto plain = saleimport::plainCents(discount))
                line.discountCents = *plain;
            else if (auto d = ValueParsers::money(discount, QStringLiteral("discount")); !d)
                problem("discount", d.error().message);
            else
                line.discountCents = d->cents();
        }
        if (const QString vat = row.cell(m_vat); !vat.isEmpty()) {
            if (auto plain = saleimport::plainCents(vat); plain && *plain <= 10000)
                line.vatRateBp = int(*plain);
            else if (auto rate = ImportRow::vatRate(vat, QStringLiteral("vat_rate")); !rate)
                problem("vat_rate", rate.error().message);
            else if (*rate < 0 || *rate > 10000)
                problem("vat_rate", SaleImportWriterText::tr("must be between 0 and 100 % (got %1)").arg(vat));
            else
                line.vatRateBp = *rate;
        } else if (product) {
            line.vatRateBp = product->vatRateBp;
        }
        if (problems.size() > before)
            return false;
        if (line.discountCents < 0 || line.discountCents > line.quantity * line.unitPriceCents) {
            problem("discount", SaleImportWriterText::tr("must be between 0 and the line amount (got %1)")
                                    .arg(Money::fromCents(line.discountCents).toString()));
            return false;
        }
        line.totalCents = lineTotalCents(line);
        return true;
    }

    static constexpr size_t kSalesPerBatch = 512;

    Database &m_db;
    HistoricalSaleRepository m_repo;
    std::vector<Sale> m_batch;  ///< validated sales not handed to m_inserts yet
    std::mutex m_spentMutex;
    std::vector<std::shared_ptr<std::vector<Sale>>> m_spent; ///< guarded by m_spentMutex: batches inserted
    WriterThread m_inserts{8}; ///< inserts the batches (declared after m_repo and m_spent: stopped first)
    QDateTime m_now;
    qint64 m_sizeHint = 0;
    qint64 m_storeId = 0;
    SaleChainState m_state;
    QHash<QString, ProductRef> m_bySku;
    QHash<QString, ProductRef> m_byEan;
    QHash<QString, qint64> m_users;
    CustomerKeys m_customers;
    saleimport::SeenSaleKeys m_seenKeys;
    QDate m_periodDay;             ///< the day closedPeriodProblem() last checked (invalid: none yet)
    QString m_periodProblem;       ///< its answer
    QHash<qint64, int> m_offsets;
    PaymentMethod m_method = PaymentMethod::Card;
    QList<Payment> m_payments; ///< the sale's payments column; empty: the whole total in m_method

    bool m_resolved = false;
    int m_key = -1;
    int m_header[kHeaderColumns] = {-1, -1, -1, -1, -1, -1, -1};
    int m_sku = -1, m_ean = -1, m_quantity = -1, m_price = -1, m_discount = -1, m_vat = -1;
};

} // namespace

std::unique_ptr<ImportWriter> makeSaleImportWriter(Database &db, const QDateTime &now)
{
    return std::make_unique<SaleImportWriter>(db, now);
}

} // namespace comptoir
