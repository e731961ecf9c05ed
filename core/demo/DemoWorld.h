#pragma once

// Internal to the demo generator: the state its phases share. Not part of the public API.

#include "demo/DemoCalendar.h"
#include "demo/DemoGenerator.h"

#include <QString>

#include <array>
#include <vector>

namespace comptoir::demo {

/** Stream numbers of DemoRandom, one per phase (changing a phase leaves the others alone). */
enum DemoStream : quint64 {
    StreamCatalogue = 1,
    StreamPlan,
    StreamCustomers,
    StreamIdentities,
    StreamSales,
    StreamStock,
    StreamConsents,
    StreamInteractions,
    StreamAppointments,
    StreamAppointmentDays,
    StreamComplaints,
};

struct StaffMember {
    qint64 id = 0;
    QString roleCode;
    int dayOff = 0;    ///< 1..6, 0: none
    bool sells = false;
    int weight = 0;    ///< share of the sales when working
    qint64 from = 0;   ///< works from (UTC seconds)
    qint64 until = 0;  ///< and until; 0: still there
};

struct ProductInfo {
    qint64 id = 0;
    int category = 0;
    int supplier = 0;  ///< index into the suppliers table
    int vatRateBp = 0;
    qint64 baseWeight = 0; ///< sales weight before the month's seasonality
    int packSize = 1;
    bool book = false;     ///< books: at most 5 % off (loi Lang)
    qint64 threshold = 0;  ///< the product's reorder_threshold
    std::array<qint32, 12> reorderPoint{}; ///< per month: order when the stock falls to this
    std::array<qint32, 12> orderQuantity{}; ///< per month: how much to order
    qint64 createdAt = 0;
    qint64 availableFrom = 0;   ///< first delivery; sold from then on
    qint64 discontinuedAt = 0; ///< 0: still sold
    /** Price in cents per price year (prices rise every 1 February). */
    std::array<qint64, 6> prices{};
    QString name;
};

struct CustomerInfo {
    qint64 id = 0;
    qint64 createdAt = 0;
    int segment = 0; ///< see CustomerSegment
    int purchases = 0;
    bool hasCard = false;
    bool hasEmail = false;
    bool hasMobile = false;
    bool hasAddress = false;
    const char *source = "store";
};

enum CustomerSegment { Prospect, OneOff, Regular, Loyal };

struct PlannedSale {
    qint64 at = 0;
    int day = 0;       ///< index into DemoWorld::days
    int customer = -1; ///< index into DemoWorld::customers, -1: anonymous
};

struct SaleRef {
    qint64 saleId = 0;
    int customer = 0;
    qint64 at = 0;
    qint64 userId = 0;
    int product = 0; ///< index of the first line's product
};

/** Everything the phases share. Indexes (not ids) link the vectors. */
struct DemoWorld {
    DemoOptions options;
    DemoCounts counts;
    qint64 storeId = 0;
    qint64 startUtc = 0; ///< first day of the period, local midnight
    qint64 cutUtc = 0;   ///< the end date's local midnight: "now" for the generated history
    std::vector<DemoDay> days;      ///< start .. end date - 1
    std::vector<int> openDays;      ///< indexes of the open days in `days`
    std::vector<qint64> priceChanges; ///< 1 February local midnights within the period
    std::vector<StaffMember> staff;
    std::vector<qint64> categoryIds;
    std::vector<qint64> supplierIds;
    std::vector<int> supplierLeadDays;
    std::vector<ProductInfo> products;
    std::vector<CustomerInfo> customers; ///< sorted by createdAt (= id order)
    std::vector<PlannedSale> plan;       ///< chronological
    std::vector<SaleRef> knownSales;     ///< sales with a customer, chronological
    std::array<double, 12> salesPerOpenDay{}; ///< expected sales per open day, per month
    std::vector<qint64> loyaltyPoints;   ///< per customer

    /** A product's sales weight in `month` (0..11). */
    qint64 monthWeight(const ProductInfo &p, int month) const;
    /** Index of the price in ProductInfo::prices that applies at `at`. */
    int priceYear(qint64 at) const;
    /** The staff members who sell and work on `days[day]`. */
    std::vector<int> sellersOn(int day) const;
    /** The staff members who work on `days[day]` and take appointments (not the intern). */
    std::vector<int> advisersOn(int day) const;
    /** Index of the last customer created at or before `at` (-1: none). */
    int lastCustomerBefore(qint64 at) const;
};

// The phases, in the order run() calls them (each in its own file).
Status buildCatalogue(DemoWorld &world, DemoSink &sink);
void planSales(DemoWorld &world);
Status buildCustomers(DemoWorld &world, DemoSink &sink);
Status runSales(DemoWorld &world, DemoSink &sink);
Status buildAppointments(DemoWorld &world, DemoSink &sink, std::vector<InteractionRow> &interactions);
Status buildComplaints(DemoWorld &world, DemoSink &sink, std::vector<InteractionRow> &interactions);
Status buildConsentsAndInteractions(DemoWorld &world, DemoSink &sink, std::vector<InteractionRow> &interactions);

} // namespace comptoir::demo
