// Demo generator, phase 5a: appointments. Past ones over the whole period (done, a few
// no-shows and cancellations), upcoming ones for the next weeks and always a handful
// today, so that the agenda has something to show. A staff member never has two
// appointments at the same time.
#include "demo/DemoRandom.h"
#include "demo/DemoWorld.h"

#include <algorithm>
#include <map>

namespace comptoir::demo {

namespace {

struct Topic {
    const char *subject;
    int minutes;
    int weight;
};

constexpr Topic kTopics[] = {
    {"Conseil en décoration", 60, 25},
    {"Liste de mariage : ouverture", 60, 10},
    {"Liste de mariage : suivi", 30, 10},
    {"Retrait de commande spéciale", 30, 20},
    {"Atelier composition florale", 90, 8},
    {"Devis linge de maison sur mesure", 45, 10},
    {"Cadeaux d'entreprise : sélection", 45, 7},
    {"Service après-vente", 30, 10},
};

const char *const kBookingChannels[] = {"phone", "phone", "phone", "phone", "phone", "store", "store", "store", "email", "web"};

struct Slot {
    qint64 staff;
    qint64 start;
    qint64 end;
};

class Planner {
public:
    Planner(DemoWorld &w, std::vector<InteractionRow> &interactions)
        : m_w(w), m_rng(w.options.seed, StreamAppointments), m_interactions(interactions)
    {
        for (const Topic &t : kTopics)
            m_topicWeights.push_back(t.weight);
    }

    /** One appointment on `day`, with one of `advisers` (staff indexes); false if no free slot. */
    bool add(const DemoDay &day, const std::vector<int> &advisers, bool upcoming, bool today)
    {
        if (advisers.empty())
            return false;
        const Topic &topic = kTopics[size_t(m_rng.weighted(m_topicWeights.data(), int(m_topicWeights.size())))];
        for (int attempt = 0; attempt < 12; ++attempt) {
            const StaffMember &staff = m_w.staff[size_t(advisers[size_t(m_rng.index(qsizetype(advisers.size())))])];
            // Half-hours from 10:00 to the last one that ends by 18:30.
            const int lastStart = (18 * 60 + 30 - topic.minutes - 10 * 60) / 30;
            const qint64 start = day.midnightUtc + 10 * 3600 + qint64(m_rng.between(0, lastStart)) * 1800;
            const qint64 end = start + qint64(topic.minutes) * 60;
            if (end > day.closeUtc || overlaps(staff.id, start, end))
                continue;
            m_busy.push_back({staff.id, start, end});
            store(topic, staff, start, end, upcoming, today);
            return true;
        }
        return false;
    }

    std::vector<AppointmentRow> &rows() { return m_rows; }

private:
    bool overlaps(qint64 staff, qint64 start, qint64 end) const
    {
        return std::any_of(m_busy.begin(), m_busy.end(),
                           [&](const Slot &s) { return s.staff == staff && s.start < end && start < s.end; });
    }

    void store(const Topic &topic, const StaffMember &staff, qint64 start, qint64 end, bool upcoming, bool today)
    {
        AppointmentRow a;
        a.staffId = staff.id;
        a.startsAt = start;
        a.endsAt = end;
        a.subject = QString::fromUtf8(topic.subject);
        a.createdAt = start - m_rng.between(2 * 3600, 21 * 86400);
        if (a.createdAt >= m_w.cutUtc)
            a.createdAt = m_w.cutUtc - m_rng.between(3600, 5 * 86400);
        a.createdAt = std::max(a.createdAt, m_w.startUtc);
        a.createdBy = staff.id;
        if (!m_w.customers.empty() && m_rng.chance(900)) {
            const int last = m_w.lastCustomerBefore(a.createdAt);
            if (last >= 0) {
                int c = m_rng.index(last + 1);
                for (int retry = 0; retry < 3 && m_w.customers[size_t(c)].purchases == 0; ++retry)
                    c = m_rng.index(last + 1);
                a.customerId = m_w.customers[size_t(c)].id;
            }
        }
        if (a.customerId == 0)
            a.notes = QString::fromUtf8("Client sans fiche, nom noté à l'accueil.");
        const int r = m_rng.index(1000);
        if (today || (upcoming && r < 920)) {
            a.status = "planned";
            a.updatedAt = a.createdAt;
        } else if (upcoming) {
            a.status = "cancelled";
            a.updatedAt = a.createdAt + qint64(m_rng.below(quint64(std::max<qint64>(1, m_w.cutUtc - a.createdAt))));
            a.notes = QString::fromUtf8("Annulé par le client.");
        } else if (r < 780) {
            a.status = "done";
            a.updatedAt = end;
        } else if (r < 870) {
            a.status = "no_show";
            a.updatedAt = start + 900;
            a.notes = QString::fromUtf8("Client absent, message laissé sur son répondeur.");
        } else {
            a.status = "cancelled";
            a.updatedAt = a.createdAt + qint64(m_rng.below(quint64(std::max<qint64>(1, start - a.createdAt))));
            a.notes = QString::fromUtf8("Annulé par le client.");
        }
        if (a.customerId != 0) {
            InteractionRow i;
            i.customerId = a.customerId;
            i.channel = m_rng.pick(kBookingChannels);
            i.kind = "appointment";
            i.note = QString::fromUtf8("Rendez-vous pris : %1").arg(a.subject);
            i.userId = staff.id;
            i.at = a.createdAt;
            m_interactions.push_back(i);
        }
        m_rows.push_back(a);
    }

    DemoWorld &m_w;
    DemoRandom m_rng;
    std::vector<InteractionRow> &m_interactions;
    std::vector<int> m_topicWeights;
    std::vector<Slot> m_busy;
    std::vector<AppointmentRow> m_rows;
};

} // namespace

Status buildAppointments(DemoWorld &w, DemoSink &sink, std::vector<InteractionRow> &interactions)
{
    Planner planner(w, interactions);
    DemoRandom rng(w.options.seed, StreamAppointmentDays);

    // Past: about one appointment per hundred tickets, spread over the open days.
    const qint64 past = std::max<qint64>(40, w.options.sales / 100);
    if (!w.openDays.empty()) {
        std::map<int, int> perDay;
        for (qint64 k = 0; k < past; ++k)
            ++perDay[w.openDays[size_t(rng.index(qsizetype(w.openDays.size())))]];
        for (const auto &[day, count] : perDay) {
            const std::vector<int> advisers = w.advisersOn(day);
            for (int k = 0; k < count; ++k)
                planner.add(w.days[size_t(day)], advisers, false, false);
        }
    }

    // Today (whatever the day: the demo agenda is never empty) and the next four weeks.
    const std::vector<DemoDay> ahead = DemoCalendar::days(w.options.endDate, w.options.endDate.addDays(28));
    for (size_t d = 0; d < ahead.size(); ++d) {
        const bool today = d == 0;
        if (!today && !ahead[d].open)
            continue;
        std::vector<int> advisers;
        for (size_t s = 0; s < w.staff.size(); ++s) {
            const StaffMember &m = w.staff[s];
            if (m.sells && m.roleCode != QLatin1String("intern") && m.from < w.cutUtc
                && m.dayOff != ahead[d].date.dayOfWeek())
                advisers.push_back(int(s));
        }
        const qint64 count = today ? rng.between(4, 7) : rng.between(1, 4);
        for (qint64 k = 0; k < count; ++k)
            planner.add(ahead[d], advisers, true, today);
    }

    std::vector<AppointmentRow> &rows = planner.rows();
    std::stable_sort(rows.begin(), rows.end(),
                     [](const AppointmentRow &a, const AppointmentRow &b) { return a.startsAt < b.startsAt; });
    for (const AppointmentRow &a : rows) {
        BOOST_OUTCOME_TRYV(sink.addAppointment(a));
        ++w.counts.appointments;
    }
    return {};
}

} // namespace comptoir::demo
