// Demo generator, phase 2: when the sales happen. Spreads the requested number of
// tickets over the open days by their weight (weekday, season, trend, some noise), then
// over each day's half-hours, and marks about 40 % of them as made by a known customer.
#include "demo/DemoRandom.h"
#include "demo/DemoWorld.h"

#include <algorithm>

namespace comptoir::demo {

void planSales(DemoWorld &w)
{
    DemoRandom rng(w.options.seed, StreamPlan);
    const qint64 total = w.options.sales;
    w.plan.clear();
    w.plan.reserve(size_t(total));

    std::vector<qint64> weights(w.days.size(), 0);
    qint64 sum = 0;
    for (size_t i = 0; i < w.days.size(); ++i) {
        if (!w.days[i].open)
            continue;
        weights[i] = qint64(w.days[i].weight) * rng.between(880, 1120) / 1000; // day-to-day noise
        sum += weights[i];
    }
    if (sum == 0 || total == 0)
        return;

    // Cumulative rounding: every day gets its share and the counts add up to `total`.
    qint64 cumulative = 0;
    qint64 assigned = 0;
    std::vector<qint64> times;
    for (size_t i = 0; i < w.days.size(); ++i) {
        if (weights[i] == 0)
            continue;
        cumulative += weights[i];
        const qint64 upTo = cumulative * total / sum; // < 2^63: about 6e6 × 2e7 at most
        const qint64 count = upTo - assigned;
        assigned = upTo;

        const DemoDay &day = w.days[i];
        const auto halfHours = DemoCalendar::halfHourWeights(day.date.dayOfWeek());
        const int openSlots = int(std::min<qint64>(qint64(halfHours.size()), (day.closeUtc - day.openUtc) / 1800));
        times.clear();
        for (qint64 k = 0; k < count; ++k) {
            const int slot = rng.weighted(halfHours.data(), openSlots);
            times.push_back(day.openUtc + qint64(slot) * 1800 + qint64(rng.below(1800)));
        }
        std::sort(times.begin(), times.end());
        for (qint64 t : times) {
            PlannedSale s;
            s.at = t;
            s.day = int(i);
            s.customer = rng.chance(400) ? 0 : -1; // 0: a known customer, chosen in the next phase
            w.plan.push_back(s);
        }
    }
}

} // namespace comptoir::demo
