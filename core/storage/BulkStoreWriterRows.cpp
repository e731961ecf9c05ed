// BulkStoreWriter: the statements, the rows handed over by the generator (ids given at
// once, rows batched) and their writing on the writer thread.
#include "storage/BulkStoreStatements.h"
#include "storage/BulkStoreWriter.h"

#include "storage/Database.h"
#include "storage/KpiSummaryBuilder.h"

#include <QCoreApplication>

#include <sqlite3.h>

namespace comptoir {


namespace {

Error notBegun()
{
    return Error::database(QCoreApplication::translate("comptoir::BulkStoreWriter", "the load has not begun"));
}

} // namespace

namespace {

/** "INSERT INTO table(columns) VALUES (?, ..., ?), (...)": `rows` groups of `count` parameters. */
QByteArray insertSql(const char *table, const char *columns, int count, int rows)
{
    QByteArray group = "(";
    for (int i = 0; i < count; ++i)
        group += i == 0 ? "?" : ", ?";
    group += ')';
    QByteArray sql = QByteArray("INSERT INTO ") + table + '(' + columns + ") VALUES ";
    for (int r = 0; r < rows; ++r) {
        if (r > 0)
            sql += ", ";
        sql += group;
    }
    return sql;
}

} // namespace

Status BulkStoreWriter::prepareStatements()
{
    m_st = std::make_unique<Statements>();
    sqlite3 *h = m_db.handle();
    struct Prepared {
        BulkStatement &statement;
        const char *sql;
        const char *what;
    };
    const Prepared prepared[] = {
        {m_st->store, "INSERT INTO store(code, name, address, postal_code, city, phone, siret, created_at) "
                      "VALUES (?, ?, ?, ?, ?, ?, ?, ?)", "store"},
        {m_st->user, "INSERT INTO app_user(login, display_name, role_id, password_hash, created_at) "
                     "VALUES (?, ?, (SELECT id FROM role WHERE code = ?), '', ?)", "app_user"},
        {m_st->categoryInsert, "INSERT OR IGNORE INTO category(name) VALUES (?)", "category"},
        {m_st->categoryFind, "SELECT id FROM category WHERE name = ?", "category"},
        {m_st->supplierInsert, "INSERT OR IGNORE INTO supplier(name, contact, email, phone, address, postal_code, city, "
                               "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", "supplier"},
        {m_st->supplierFind, "SELECT id FROM supplier WHERE name = ?", "supplier"},
        {m_st->product, "INSERT INTO product(id, sku, ean13, name, category_id, supplier_id, price_cents, vat_rate_bp, "
                        "cost_cents, reorder_threshold, active, created_at, updated_at) "
                        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", "product"},
        {m_st->stockLevel, "INSERT INTO stock_level(product_id, quantity, updated_at) VALUES (?, ?, ?) "
                           "ON CONFLICT(product_id) DO UPDATE SET quantity = excluded.quantity, "
                           "updated_at = excluded.updated_at", "stock_level"},
        {m_st->loyalty, "UPDATE customer SET loyalty_points = ? WHERE id = ?", "customer"},
        {m_st->appointment, "INSERT INTO appointment(id, customer_id, staff_id, starts_at, ends_at, subject, notes, status, "
                            "created_by, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", "appointment"},
        {m_st->complaint, "INSERT INTO complaint(id, customer_id, sale_id, category_id, subject, description, status, "
                          "assigned_to, opened_at, due_at, resolved_at, resolution, satisfaction, closed_at, created_by) "
                          "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", "complaint"},
        {m_st->complaintEvent, "INSERT INTO complaint_event(id, complaint_id, at, user_id, from_status, to_status, note) "
                               "VALUES (?, ?, ?, ?, ?, ?, ?)", "complaint_event"},
    };
    for (const Prepared &p : prepared) {
        BOOST_OUTCOME_TRYV(p.statement.prepare(h, p.sql, QLatin1String(p.what)));
    }
    struct Multi {
        BulkInsert &insert;
        const char *table;
        const char *columns;
        int count;
    };
    const Multi multi[] = {
        {m_st->customer, "customer", "id, status, title, first_name, last_name, email, phone, address, postal_code, city, "
                                     "birth_date, loyalty_card, source_channel, notes, created_at, updated_at, created_by", 17},
        {m_st->sale, "sale", "id, store_id, number, customer_id, user_id, at, business_day, total_cents, total_excl_cents, "
                             "vat_cents, item_count, imported, prev_hash, hash", 14},
        {m_st->saleLine, "sale_line", "id, sale_id, line_no, product_id, quantity, unit_price_cents, discount_cents, "
                                      "override_reason, vat_rate_bp, total_cents", 10},
        {m_st->payment, "payment", "id, sale_id, method, amount_cents, tendered_cents, change_cents, credit_note_id, deposit_id",
         8},
        {m_st->stockMove, "stock_move", "id, product_id, quantity, kind, reason, supplier_id, sale_id, user_id, at", 9},
        {m_st->consent, "consent", "id, customer_id, channel, purpose, granted, at, source, wording_version, recorded_by", 9},
        {m_st->interaction, "interaction", "id, customer_id, channel, kind, note, user_id, at", 7},
    };
    for (const Multi &m : multi) {
        const QString what = QLatin1String(m.table);
        BOOST_OUTCOME_TRYV(m.insert.one.prepare(h, insertSql(m.table, m.columns, m.count, 1).constData(), what));
        BOOST_OUTCOME_TRYV(m.insert.many.prepare(h, insertSql(m.table, m.columns, m.count, kRowsPerInsert).constData(), what));
    }
    return {};
}

// ---- Written at once, on the calling thread (after the writer thread has caught up) ----

Result<qint64> BulkStoreWriter::addStore(const bulk::StoreRow &row)
{
    if (!m_st)
        return notBegun();
    BOOST_OUTCOME_TRYV(drain());
    BulkStatement &s = m_st->store;
    s.bindText(1, row.code);
    s.bindText(2, row.name);
    s.bindText(3, row.address);
    s.bindText(4, row.postalCode);
    s.bindText(5, row.city);
    s.bindText(6, row.phone);
    s.bindText(7, row.siret);
    s.bindTime(8, row.createdAt);
    BOOST_OUTCOME_TRYV(s.step());
    return s.lastInsertId();
}

Result<qint64> BulkStoreWriter::addUser(const bulk::UserRow &row)
{
    if (!m_st)
        return notBegun();
    BOOST_OUTCOME_TRYV(drain());
    BulkStatement &s = m_st->user;
    s.bindText(1, row.login);
    s.bindText(2, row.displayName);
    s.bindText(3, row.roleCode);
    s.bindTime(4, row.createdAt);
    BOOST_OUTCOME_TRYV(s.step());
    return s.lastInsertId();
}

Result<qint64> BulkStoreWriter::addCategory(const QString &name)
{
    if (!m_st)
        return notBegun();
    BOOST_OUTCOME_TRYV(drain());
    m_st->categoryInsert.bindText(1, name);
    BOOST_OUTCOME_TRYV(m_st->categoryInsert.step());
    m_st->categoryFind.bindText(1, name);
    return m_st->categoryFind.stepForInteger();
}

Result<qint64> BulkStoreWriter::addSupplier(const bulk::SupplierRow &row)
{
    if (!m_st)
        return notBegun();
    BOOST_OUTCOME_TRYV(drain());
    BulkStatement &s = m_st->supplierInsert;
    s.bindText(1, row.name);
    s.bindText(2, row.contact);
    s.bindTextOrNull(3, row.email);
    s.bindTextOrNull(4, row.phone);
    s.bindText(5, row.address);
    s.bindText(6, row.postalCode);
    s.bindText(7, row.city);
    s.bindTime(8, row.createdAt);
    BOOST_OUTCOME_TRYV(s.step());
    m_st->supplierFind.bindText(1, row.name);
    return m_st->supplierFind.stepForInteger();
}

// ---- Batched for the writer thread: the id is given now ----

Status BulkStoreWriter::rowQueued()
{
    ++m_batch->rows;
    return submit(false);
}

Result<qint64> BulkStoreWriter::addProduct(const bulk::ProductRow &row)
{
    if (!m_batch)
        return notBegun();
    const qint64 id = m_next->product++;
    m_batch->products.emplace_back(id, row);
    BOOST_OUTCOME_TRYV(rowQueued());
    return id;
}

Result<qint64> BulkStoreWriter::addCustomer(const bulk::CustomerRow &row)
{
    if (!m_batch)
        return notBegun();
    const qint64 id = m_next->customer++;
    if (m_summaries && !row.loyaltyCard.isEmpty())
        m_summaries->addLoyaltyMember(id);
    m_batch->customers.emplace_back(id, row);
    BOOST_OUTCOME_TRYV(rowQueued());
    return id;
}

Result<qint64> BulkStoreWriter::addAppointment(const bulk::AppointmentRow &row)
{
    if (!m_batch)
        return notBegun();
    const qint64 id = m_next->appointment++;
    m_batch->appointments.emplace_back(id, row);
    BOOST_OUTCOME_TRYV(rowQueued());
    return id;
}

Result<qint64> BulkStoreWriter::addComplaint(const bulk::ComplaintRow &row)
{
    if (!m_batch)
        return notBegun();
    const qint64 id = m_next->complaint++;
    m_batch->complaints.emplace_back(id, row);
    BOOST_OUTCOME_TRYV(rowQueued());
    return id;
}

Status BulkStoreWriter::addStockMove(const bulk::StockMoveRow &row)
{
    if (!m_batch)
        return notBegun();
    m_batch->stockMoves.emplace_back(m_next->stockMove++, row);
    return rowQueued();
}

Status BulkStoreWriter::addConsent(const bulk::ConsentRow &row)
{
    if (!m_batch)
        return notBegun();
    m_batch->consents.emplace_back(m_next->consent++, row);
    return rowQueued();
}

Status BulkStoreWriter::addInteraction(const bulk::InteractionRow &row)
{
    if (!m_batch)
        return notBegun();
    m_batch->interactions.emplace_back(m_next->interaction++, row);
    return rowQueued();
}

Status BulkStoreWriter::addComplaintEvent(const bulk::ComplaintEventRow &row)
{
    if (!m_batch)
        return notBegun();
    m_batch->complaintEvents.emplace_back(m_next->complaintEvent++, row);
    return rowQueued();
}

Status BulkStoreWriter::addSale(Sale &sale)
{
    if (!m_batch)
        return notBegun();
    sale.id = m_next->sale++;
    for (SaleLine &line : sale.lines) {
        line.saleId = sale.id;
        line.id = m_next->saleLine++;
    }
    for (Payment &payment : sale.payments) {
        payment.saleId = sale.id;
        payment.id = m_next->payment++;
    }
    if (m_summaries)
        m_summaries->addSale(sale);
    m_batch->sales.push_back(sale);
    m_batch->rows += sale.lines.size() + sale.payments.size();
    return rowQueued();
}

Status BulkStoreWriter::setStockLevel(const bulk::StockLevelRow &row)
{
    if (!m_batch)
        return notBegun();
    m_batch->stockLevels.push_back(row);
    return rowQueued();
}

Status BulkStoreWriter::setLoyaltyPoints(qint64 customerId, qint64 points)
{
    if (!m_batch)
        return notBegun();
    m_batch->loyaltyPoints.emplace_back(customerId, points);
    return rowQueued();
}

} // namespace comptoir
