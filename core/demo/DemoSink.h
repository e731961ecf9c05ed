#pragma once

#include "domain/BulkRows.h"
#include "domain/Result.h"
#include "domain/Sale.h"

namespace comptoir::demo {

// The generator's rows are the rows of a bulk store load.
using bulk::AppointmentRow;
using bulk::ComplaintEventRow;
using bulk::ComplaintRow;
using bulk::ConsentRow;
using bulk::CustomerRow;
using bulk::InteractionRow;
using bulk::ProductRow;
using bulk::StockLevelRow;
using bulk::StockMoveRow;
using bulk::StoreRow;
using bulk::SupplierRow;
using bulk::UserRow;

/**
 * Where the demo generator puts what it makes: the generator holds no SQL, a sink
 * (DemoStoreWriter, through storage/BulkStoreWriter) writes the rows. The add* calls that
 * return an id give the new row's id; addSale() sets the ids of the sale, its lines and
 * payments.
 */
class DemoSink {
public:
    virtual ~DemoSink() = default;

    virtual Result<qint64> addStore(const StoreRow &row) = 0;
    virtual Result<qint64> addUser(const UserRow &row) = 0;
    virtual Result<qint64> addCategory(const QString &name) = 0;
    virtual Result<qint64> addSupplier(const SupplierRow &row) = 0;
    virtual Result<qint64> addProduct(const ProductRow &row) = 0;
    virtual Result<qint64> addCustomer(const CustomerRow &row) = 0;
    virtual Status addSale(Sale &sale) = 0;
    virtual Status addStockMove(const StockMoveRow &row) = 0;
    virtual Status setStockLevel(const StockLevelRow &row) = 0;
    virtual Status setLoyaltyPoints(qint64 customerId, qint64 points) = 0;
    virtual Status addConsent(const ConsentRow &row) = 0;
    virtual Status addInteraction(const InteractionRow &row) = 0;
    virtual Result<qint64> addAppointment(const AppointmentRow &row) = 0;
    virtual Result<qint64> addComplaint(const ComplaintRow &row) = 0;
    virtual Status addComplaintEvent(const ComplaintEventRow &row) = 0;
};

} // namespace comptoir::demo
