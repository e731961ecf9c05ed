#include "services/export/SaleLineRows.h"

#include "storage/ExportRepository.h"

namespace comptoir {

namespace {

/**
 * The payments of each sale, read beside the sale lines (both in sale id order): one pass
 * over each table instead of a subquery per exported line.
 */
class SalePaymentsReader {
public:
    explicit SalePaymentsReader(ExportCursor &cursor) : m_cursor(cursor) { m_pending = m_cursor.next(); }

    /** Moves to sale `saleId`: mainMethod() and list() then describe its payments. */
    void moveTo(qint64 saleId)
    {
        m_main.clear();
        m_list.clear();
        qint64 largest = -1;
        while (m_pending && m_cursor.integer(0) < saleId)
            m_pending = m_cursor.next();
        while (m_pending && m_cursor.integer(0) == saleId) {
            const QString method = m_cursor.text(1);
            const qint64 cents = m_cursor.integer(2);
            if (cents > largest) { // the largest payment, the first one on a tie
                largest = cents;
                m_main = method;
            }
            if (!m_list.isEmpty())
                m_list += QLatin1String(" | ");
            m_list += method + QLatin1Char(' ') + QString::number(cents / 100) + QLatin1Char('.')
                      + QString::number(cents % 100).rightJustified(2, QLatin1Char('0'));
            m_pending = m_cursor.next();
        }
    }
    const QString &mainMethod() const { return m_main; }
    /** "card 30.00 | cash 12.50" */
    const QString &list() const { return m_list; }

private:
    ExportCursor &m_cursor;
    bool m_pending = false;
    QString m_main;
    QString m_list;
};

} // namespace

QStringList SaleLineRows::columns()
{
    return {QStringLiteral("sale_key"),      QStringLiteral("sold_at"),  QStringLiteral("customer_email"),
            QStringLiteral("customer_card"), QStringLiteral("sku"),      QStringLiteral("ean13"),
            QStringLiteral("quantity"),      QStringLiteral("unit_price"), QStringLiteral("discount"),
            QStringLiteral("vat_rate"),      QStringLiteral("payment_method"), QStringLiteral("staff_login"),
            QStringLiteral("payments")};
}

Status SaleLineRows::forEach(Database &db, const EntityRows::Sink &sink)
{
    ExportRepository repo(db);
    BOOST_OUTCOME_TRY(cursor, repo.saleLines());
    BOOST_OUTCOME_TRY(paymentsCursor, repo.salePayments());
    ExportCursor &c = *cursor;
    SalePaymentsReader payments(*paymentsCursor);
    QList<Cell> row(13);
    qint64 sale = 0;
    while (c.next()) {
        if (const qint64 id = c.integer(11); id != sale) {
            sale = id;
            payments.moveTo(sale);
        }
        row[0] = Cell::integer(c.integer(0));
        row[1] = Cell::text(c.text(1));
        row[2] = Cell::text(c.text(2));
        row[3] = Cell::text(c.text(3));
        row[4] = Cell::text(c.text(4));
        row[5] = Cell::text(c.text(5));
        row[6] = Cell::integer(c.integer(6));
        row[7] = Cell::money(Money::fromCents(c.integer(7)));
        row[8] = Cell::money(Money::fromCents(c.integer(8)));
        row[9] = Cell::text(vatRateText(int(c.integer(9))));
        row[10] = Cell::text(payments.mainMethod());
        row[11] = Cell::text(c.text(10));
        row[12] = Cell::text(payments.list());
        BOOST_OUTCOME_TRYV(sink(row));
    }
    BOOST_OUTCOME_TRYV(paymentsCursor->status());
    return c.status();
}

} // namespace comptoir
