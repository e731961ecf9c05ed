#pragma once

#include <QDate>
#include <QString>

namespace comptoir::bulk {

// The rows of a whole store loaded at once (storage/BulkStoreWriter), as the demo generator
// produces them: one struct per table (sales use domain/Sale.h). Times are UTC seconds since
// the epoch; ids of 0 mean NULL. Enumerated text columns are string literals
// (`const char *`), so a million rows allocate nothing.

struct StoreRow {
    QString code;
    QString name;
    QString address;
    QString postalCode;
    QString city;
    QString phone; ///< E.164
    QString siret;
    qint64 createdAt = 0;
};

struct UserRow {
    QString login;
    QString displayName;
    QString roleCode;
    qint64 createdAt = 0;
};

struct SupplierRow {
    QString name;
    QString contact;
    QString email;
    QString phone; ///< E.164
    QString address;
    QString postalCode;
    QString city;
    qint64 createdAt = 0;
};

struct ProductRow {
    QString sku;
    QString ean13;
    QString name;
    qint64 categoryId = 0;
    qint64 supplierId = 0;
    qint64 priceCents = 0; ///< current price, VAT included
    int vatRateBp = 0;
    qint64 costCents = 0; ///< purchase price, excluding VAT
    qint64 reorderThreshold = 0;
    bool active = true;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
};

struct CustomerRow {
    bool isCustomer = false; ///< has bought (status 'customer'), else 'prospect'
    QString title;
    QString firstName;
    QString lastName;
    QString email; ///< empty: NULL
    QString phone; ///< E.164; empty: NULL
    QString address;
    QString postalCode;
    QString city;
    QDate birthDate;
    QString loyaltyCard; ///< empty: NULL
    const char *sourceChannel = "store";
    QString notes;
    qint64 createdAt = 0;
    qint64 createdBy = 0;
};

struct StockMoveRow {
    qint64 productId = 0;
    qint64 quantity = 0;
    const char *kind = "delivery";
    QString reason;
    qint64 supplierId = 0;
    qint64 saleId = 0;
    qint64 userId = 0;
    qint64 at = 0;
};

struct StockLevelRow {
    qint64 productId = 0;
    qint64 quantity = 0;
    qint64 updatedAt = 0;
};

struct ConsentRow {
    qint64 customerId = 0;
    const char *channel = "email";
    bool granted = false;
    qint64 at = 0;
    const char *source = "store";
    const char *wordingVersion = "v1";
    qint64 recordedBy = 0;
};

struct InteractionRow {
    qint64 customerId = 0;
    const char *channel = "store";
    const char *kind = "note";
    QString note;
    qint64 userId = 0;
    qint64 at = 0;
};

struct AppointmentRow {
    qint64 customerId = 0;
    qint64 staffId = 0;
    qint64 startsAt = 0;
    qint64 endsAt = 0;
    QString subject;
    QString notes;
    const char *status = "planned";
    qint64 createdBy = 0;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
};

struct ComplaintRow {
    qint64 customerId = 0;
    qint64 saleId = 0;
    qint64 categoryId = 0;
    QString subject;
    QString description;
    const char *status = "open";
    qint64 assignedTo = 0;
    qint64 openedAt = 0;
    qint64 dueAt = 0;
    qint64 resolvedAt = 0; ///< 0: NULL
    QString resolution;
    int satisfaction = 0;  ///< 0: NULL
    qint64 closedAt = 0;   ///< 0: NULL
    qint64 createdBy = 0;
};

struct ComplaintEventRow {
    qint64 complaintId = 0;
    qint64 at = 0;
    qint64 userId = 0;
    const char *fromStatus = nullptr; ///< nullptr: NULL (the opening event)
    const char *toStatus = "open";
    QString note;
};

} // namespace comptoir::bulk
