#include "demo/DemoGenerator.h"

#include "demo/DemoWorld.h"
#include "domain/Validation.h"

#include <QCoreApplication>

#include <algorithm>

namespace comptoir::demo {

namespace {

/** The translation context of this file's messages (lupdate reads it). */
struct DemoGeneratorText {
    Q_DECLARE_TR_FUNCTIONS(comptoir::demo::DemoGenerator)
};

constexpr int kMaxCustomers = 5'000'000;
constexpr int kMaxProducts = 50'000;
constexpr int kMaxSales = 20'000'000;

} // namespace

int DemoWorld::priceYear(qint64 at) const
{
    return int(std::upper_bound(priceChanges.begin(), priceChanges.end(), at) - priceChanges.begin());
}

std::vector<int> DemoWorld::sellersOn(int day) const
{
    std::vector<int> result;
    const DemoDay &d = days[size_t(day)];
    for (size_t i = 0; i < staff.size(); ++i) {
        const StaffMember &s = staff[i];
        if (s.sells && s.dayOff != d.date.dayOfWeek() && s.from <= d.openUtc && (s.until == 0 || s.until > d.openUtc))
            result.push_back(int(i));
    }
    if (result.empty()) {
        // Someone always opens the shop: the first seller (the manager) covers.
        for (size_t i = 0; i < staff.size() && result.empty(); ++i) {
            if (staff[i].sells)
                result.push_back(int(i));
        }
    }
    return result;
}

std::vector<int> DemoWorld::advisersOn(int day) const
{
    std::vector<int> result;
    for (int i : sellersOn(day)) {
        if (staff[size_t(i)].roleCode != QLatin1String("intern"))
            result.push_back(i);
    }
    return result;
}

int DemoWorld::lastCustomerBefore(qint64 at) const
{
    const auto it = std::upper_bound(customers.begin(), customers.end(), at,
                                     [](qint64 t, const CustomerInfo &c) { return t < c.createdAt; });
    return int(it - customers.begin()) - 1;
}

DemoGenerator::DemoGenerator(DemoOptions options, DemoSink &sink) : m_options(std::move(options)), m_sink(sink) {}

DemoGenerator::~DemoGenerator() = default;

Status DemoGenerator::validate(const DemoOptions &options)
{
    if (options.customers < 0 || options.customers > kMaxCustomers)
        return Error::validation(QStringLiteral("customers"),
                                 DemoGeneratorText::tr("must be between 0 and %1 (got %2)").arg(kMaxCustomers).arg(options.customers));
    if (options.products < 1 || options.products > kMaxProducts)
        return Error::validation(QStringLiteral("products"),
                                 DemoGeneratorText::tr("must be between 1 and %1 (got %2)").arg(kMaxProducts).arg(options.products));
    if (options.sales < 0 || options.sales > kMaxSales)
        return Error::validation(QStringLiteral("sales"),
                                 DemoGeneratorText::tr("must be between 0 and %1 (got %2)").arg(kMaxSales).arg(options.sales));
    if (!options.endDate.isValid() || options.endDate.year() < 2000 || options.endDate.year() > 2200)
        return Error::validation(QStringLiteral("end_date"), DemoGeneratorText::tr("must be a date between 2000 and 2200"));
    BOOST_OUTCOME_TRYV(validation::requiredText(QStringLiteral("store_name"), options.storeName));
    return {};
}

Status DemoGenerator::validateCategories(const DemoOptions &options)
{
    if (options.complaintCategories.isEmpty())
        return Error::validation(QStringLiteral("complaint_categories"), DemoGeneratorText::tr("the database has no complaint category"));
    for (const ComplaintCategory &c : options.complaintCategories) {
        if (c.id <= 0 || c.slaDays <= 0)
            return Error::validation(QStringLiteral("complaint_categories"),
                                     DemoGeneratorText::tr("category \"%1\" has no id or no SLA delay").arg(c.code));
    }
    return {};
}

const DemoCounts &DemoGenerator::counts() const
{
    static const DemoCounts none;
    return m_world ? m_world->counts : none;
}

Status DemoGenerator::run(const Progress &progress)
{
    BOOST_OUTCOME_TRYV(validate(m_options));
    BOOST_OUTCOME_TRYV(validateCategories(m_options));
    m_world = std::make_unique<DemoWorld>();
    DemoWorld &w = *m_world;
    w.options = m_options;
    w.options.storeName = m_options.storeName.trimmed();

    const QDate first = m_options.endDate.addYears(-3);
    const QDate last = m_options.endDate.addDays(-1);
    w.startUtc = DemoCalendar::toUtc(first, 0);
    w.cutUtc = DemoCalendar::toUtc(m_options.endDate, 0);
    w.days = DemoCalendar::days(first, last);
    for (size_t i = 0; i < w.days.size(); ++i) {
        if (w.days[i].open)
            w.openDays.push_back(int(i));
    }
    for (int year = first.year(); year <= last.year(); ++year) {
        const QDate change(year, 2, 1);
        if (change > first && change <= last)
            w.priceChanges.push_back(DemoCalendar::toUtc(change, 0));
    }

    auto report = [&](DemoPhase phase) {
        if (progress)
            progress(phase, w.counts);
    };

    BOOST_OUTCOME_TRYV(buildCatalogue(w, m_sink));
    report(DemoPhase::Catalogue);

    planSales(w);
    BOOST_OUTCOME_TRYV(buildCustomers(w, m_sink));
    report(DemoPhase::Customers);

    BOOST_OUTCOME_TRYV(runSales(w, m_sink));
    report(DemoPhase::Sales);

    std::vector<InteractionRow> interactions;
    BOOST_OUTCOME_TRYV(buildAppointments(w, m_sink, interactions));
    BOOST_OUTCOME_TRYV(buildComplaints(w, m_sink, interactions));
    BOOST_OUTCOME_TRYV(buildConsentsAndInteractions(w, m_sink, interactions));
    report(DemoPhase::Activities);
    return {};
}

} // namespace comptoir::demo
