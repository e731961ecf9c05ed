#pragma once

#include "demo/DemoSink.h"
#include "domain/Complaint.h"
#include "domain/Result.h"

#include <QDate>
#include <QList>
#include <QString>

#include <functional>
#include <memory>

namespace comptoir::demo {

/** What to generate. */
struct DemoOptions {
    int customers = 2000;
    int products = 300;
    int sales = 20000; ///< tickets, each of 1 to 8 lines (about 2.5 on average)
    quint64 seed = 42;
    /** The demo's "today": three years of sales end the evening before; today has appointments. */
    QDate endDate;
    QString storeName = QStringLiteral("Comptoir de Lyon");
    /** The complaint categories of the database (id and SLA in days). */
    QList<ComplaintCategory> complaintCategories;
};

/** How many rows of each kind were generated so far. */
struct DemoCounts {
    qint64 users = 0;
    qint64 categories = 0;
    qint64 suppliers = 0;
    qint64 products = 0;
    qint64 customers = 0;
    qint64 sales = 0;
    qint64 saleLines = 0;
    qint64 payments = 0;
    qint64 stockMoves = 0;
    qint64 consents = 0;
    qint64 interactions = 0;
    qint64 appointments = 0;
    qint64 complaints = 0;
    qint64 complaintEvents = 0;
    qint64 revenueCents = 0;
};

/** The phases run() reports at their end. */
enum class DemoPhase { Catalogue, Customers, Sales, Activities };

struct DemoWorld;

/**
 * Generates a realistic, deterministic French store — "Comptoir de Lyon", a home,
 * decoration and gift shop — into a DemoSink: staff, catalogue with suppliers, customers
 * (loyal ones and one-off buyers), three years of chained sales with weekly and seasonal
 * patterns, payments, stock deliveries and sale moves (stock never negative, a few
 * products below their threshold at the end), consents, interactions, appointments (past
 * and upcoming, including today's) and complaints in every status with their history.
 *
 * The same options (seed and end date included) give the same rows, in the same order,
 * on every machine: randomness comes from std::mt19937_64 and helpers of our own, and
 * no wall-clock time is read. The texts are the shop's data, in French, and are not
 * translated (the user's language must not change the data).
 *
 * The history stops at the end date's local midnight ("now"): sales cover the three
 * years before it; today and the next four weeks only have appointments. The staff
 * accounts are listed by demoAccounts() (DemoAccounts.h).
 */
class DemoGenerator final {
public:
    using Progress = std::function<void(DemoPhase phase, const DemoCounts &counts)>;

    DemoGenerator(DemoOptions options, DemoSink &sink);
    ~DemoGenerator();
    DemoGenerator(const DemoGenerator &) = delete;
    DemoGenerator &operator=(const DemoGenerator &) = delete;

    /** Checks the options given by the user: counts in range, a valid end date, a store name. */
    static Status validate(const DemoOptions &options);
    /** Checks the complaint categories read from the database (at least one, each with an SLA). */
    static Status validateCategories(const DemoOptions &options);

    /** Checks the options, then generates everything; stops at the first error of the sink. */
    Status run(const Progress &progress = {});

    const DemoCounts &counts() const;

private:
    DemoOptions m_options;
    DemoSink &m_sink;
    std::unique_ptr<DemoWorld> m_world;
};

} // namespace comptoir::demo
