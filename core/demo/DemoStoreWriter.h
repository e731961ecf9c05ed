#pragma once

#include "demo/DemoSink.h"
#include "domain/Result.h"
#include "storage/BulkStoreWriter.h"

#include <QDateTime>
#include <QJsonObject>

namespace comptoir::demo {

/**
 * The demo generator's sink: hands the generated rows to a BulkStoreWriter (the SQL and
 * the speed of the load are there) and adds what makes the load the demo store: it goes
 * only into a new database, and the audit trail records it as "demo.generate".
 *
 * Usage: checkEmpty(), begin(), DemoGenerator::run(writer), commit(); rollback() on error.
 * All calls come from one thread.
 */
class DemoStoreWriter final : public DemoSink {
public:
    explicit DemoStoreWriter(Database &db) : m_store(db) {}

    /**
     * Refuses a database that is not new: one with customers, products, sales or user
     * accounts (no one can have signed in to it: comptoir-cli demo runs without a sign-in),
     * or with the demo store already.
     */
    Status checkEmpty();
    /** Starts the load (BulkStoreWriter::begin()). */
    Status begin();
    /**
     * Commits the load with a "demo.generate" entry (system scope) in the audit trail
     * holding `details`, made at `now`.
     */
    Status commit(const QDateTime &now, const QJsonObject &details);
    /** Drops everything written since begin(). */
    void rollback() { m_store.rollback(); }

    Result<qint64> addStore(const StoreRow &row) override;
    Result<qint64> addUser(const UserRow &row) override { return m_store.addUser(row); }
    Result<qint64> addCategory(const QString &name) override { return m_store.addCategory(name); }
    Result<qint64> addSupplier(const SupplierRow &row) override { return m_store.addSupplier(row); }
    Result<qint64> addProduct(const ProductRow &row) override { return m_store.addProduct(row); }
    Result<qint64> addCustomer(const CustomerRow &row) override { return m_store.addCustomer(row); }
    Status addSale(Sale &sale) override { return m_store.addSale(sale); }
    Status addStockMove(const StockMoveRow &row) override { return m_store.addStockMove(row); }
    Status setStockLevel(const StockLevelRow &row) override { return m_store.setStockLevel(row); }
    Status setLoyaltyPoints(qint64 customerId, qint64 points) override
    {
        return m_store.setLoyaltyPoints(customerId, points);
    }
    Status addConsent(const ConsentRow &row) override { return m_store.addConsent(row); }
    Status addInteraction(const InteractionRow &row) override { return m_store.addInteraction(row); }
    Result<qint64> addAppointment(const AppointmentRow &row) override { return m_store.addAppointment(row); }
    Result<qint64> addComplaint(const ComplaintRow &row) override { return m_store.addComplaint(row); }
    Status addComplaintEvent(const ComplaintEventRow &row) override { return m_store.addComplaintEvent(row); }

private:
    BulkStoreWriter m_store;
    qint64 m_storeId = 0; ///< the demo store's id, for the audit entry
};

} // namespace comptoir::demo
