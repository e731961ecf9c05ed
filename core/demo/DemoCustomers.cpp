// Demo generator, phase 3: the customers. Decides who buys how often (one-off buyers,
// regulars, loyal customers with a card, prospects who never bought), gives the known
// sales of the plan to them, creates each customer before their first purchase (at the
// till, on the web, or imported from the previous till system) and makes up a French
// identity: name, e-mail, E.164 phone, address in Lyon or around.
#include "demo/DemoNames.h"
#include "demo/DemoPlaces.h"
#include "demo/DemoRandom.h"
#include "demo/DemoText.h"
#include "demo/DemoWorld.h"

#include <QSet>

#include <algorithm>
#include <numeric>

namespace comptoir::demo {

namespace {

/** Segments and purchase counts; sets plan[j].customer to an index into `people`. */
void assignPurchases(DemoWorld &w, DemoRandom &rng, std::vector<CustomerInfo> &people)
{
    std::vector<size_t> known;
    for (size_t j = 0; j < w.plan.size(); ++j) {
        if (w.plan[j].customer >= 0)
            known.push_back(j);
    }
    for (CustomerInfo &c : people) {
        const int r = rng.index(1000);
        c.segment = r < 120 ? Prospect : r < 620 ? OneOff : r < 920 ? Regular : Loyal;
    }
    std::vector<int> buyers;
    for (size_t i = 0; i < people.size(); ++i) {
        if (people[i].segment != Prospect)
            buyers.push_back(int(i));
    }
    if (buyers.empty() && !known.empty() && !people.empty()) {
        people[0].segment = Regular;
        buyers.push_back(0);
    }
    if (buyers.size() > known.size()) {
        // Fewer tickets than buyers: the extra people never bought anything.
        rng.shuffle(buyers.begin(), buyers.end());
        for (size_t k = known.size(); k < buyers.size(); ++k)
            people[size_t(buyers[k])].segment = Prospect;
        buyers.resize(known.size());
        std::sort(buyers.begin(), buyers.end());
    }
    for (int b : buyers)
        people[size_t(b)].purchases = 1;

    // The remaining known tickets go to regulars (weight 1) and loyal customers (weight 10).
    std::vector<quint64> cumulative;
    cumulative.reserve(buyers.size());
    quint64 total = 0;
    for (int b : buyers) {
        const int seg = people[size_t(b)].segment;
        total += seg == Loyal ? 10 : seg == Regular ? 1 : 0;
        cumulative.push_back(total);
    }
    if (total == 0) {
        for (size_t k = 0; k < cumulative.size(); ++k)
            cumulative[k] = k + 1;
    }
    for (size_t extra = buyers.size(); extra < known.size(); ++extra)
        ++people[size_t(buyers[size_t(rng.fromCumulative(cumulative))])].purchases;

    std::vector<int> tokens;
    tokens.reserve(known.size());
    for (int b : buyers)
        tokens.insert(tokens.end(), size_t(people[size_t(b)].purchases), b);
    rng.shuffle(tokens.begin(), tokens.end());
    for (size_t k = 0; k < known.size(); ++k)
        w.plan[known[k]].customer = k < tokens.size() ? tokens[k] : -1;
}

const char *const kProspectSources[] = {"web", "web", "web", "social", "social", "store", "store", "store", "phone", "email"};

/** When and how each person came into the file: before their first purchase. */
void setCreation(DemoWorld &w, DemoRandom &rng, std::vector<CustomerInfo> &people)
{
    std::vector<int> firstSale(people.size(), -1);
    for (size_t j = 0; j < w.plan.size(); ++j) {
        const int c = w.plan[j].customer;
        if (c >= 0 && firstSale[size_t(c)] < 0)
            firstSale[size_t(c)] = int(j);
    }
    const qint64 span = std::max<qint64>(3600, w.cutUtc - w.startUtc - 3600);
    for (size_t i = 0; i < people.size(); ++i) {
        CustomerInfo &c = people[i];
        c.hasCard = c.segment == Loyal || (c.segment == Regular && rng.chance(450)) || (c.segment == OneOff && rng.chance(80));
        if (firstSale[i] < 0) {
            c.createdAt = w.startUtc + qint64(rng.below(quint64(span)));
            c.source = rng.pick(kProspectSources);
            continue;
        }
        const PlannedSale &first = w.plan[size_t(firstSale[i])];
        const int r = rng.index(1000);
        if (first.at < w.startUtc + 200 * 86400 && r < 500) {
            c.createdAt = w.startUtc - rng.between(30, 2000) * 86400 + rng.between(0, 86399);
            c.source = "import";
        } else if (r < 820) {
            c.createdAt = std::max(w.days[size_t(first.day)].openUtc, first.at - rng.between(60, 400));
            c.source = c.hasCard && rng.chance(300) ? "loyalty" : "store";
        } else {
            c.createdAt = std::max(w.startUtc, first.at - rng.between(1, 120) * 86400 - rng.between(0, 86399));
            c.source = rng.pick(kProspectSources);
            if (c.createdAt >= first.at)
                c.createdAt = first.at - 1;
        }
    }
}

QString pickSkewed(DemoRandom &rng, const QStringList &list)
{
    // The lower of two draws: the front of the list (the common names) comes up more.
    return list.at(std::min(rng.index(list.size()), rng.index(list.size())));
}

QString emailFor(DemoRandom &rng, const QString &first, const QString &last, QSet<QString> &taken)
{
    const QString f = asciiFold(first);
    const QString l = asciiFold(last);
    QString local;
    const int style = rng.index(100);
    if (style < 45)
        local = f + QLatin1Char('.') + l;
    else if (style < 55)
        local = f + l;
    else if (style < 70)
        local = f.left(1) + QLatin1Char('.') + l;
    else if (style < 85)
        local = f + QLatin1Char('.') + l + QString::number(rng.between(10, 99));
    else if (style < 95)
        local = l + QLatin1Char('.') + f;
    else
        local = f + QLatin1Char('_') + l;
    std::vector<int> weights;
    for (const DemoEmailDomain &d : demoEmailDomains())
        weights.push_back(d.weight);
    const QString domain = QLatin1String(demoEmailDomains()[size_t(rng.weighted(weights.data(), int(weights.size())))].domain);
    QString email = local + QLatin1Char('@') + domain;
    for (int n = 2; taken.contains(email); ++n)
        email = local + QString::number(n) + QLatin1Char('@') + domain;
    taken.insert(email);
    return email;
}

QString phoneFor(DemoRandom &rng, const DemoCity &city, bool mobile, QSet<QString> &taken)
{
    QString phone;
    do {
        if (mobile)
            phone = (rng.chance(700) ? QStringLiteral("+336") : QStringLiteral("+337") + QString::number(rng.between(3, 9)));
        else
            phone = QStringLiteral("+33") + QLatin1String(city.landline);
        while (phone.size() < 12)
            phone += QChar(u'0' + int(rng.below(10)));
    } while (taken.contains(phone));
    taken.insert(phone);
    return phone;
}

} // namespace

Status buildCustomers(DemoWorld &w, DemoSink &sink)
{
    DemoRandom rng(w.options.seed, StreamCustomers);
    std::vector<CustomerInfo> people(size_t(w.options.customers));
    if (people.empty()) {
        for (PlannedSale &s : w.plan)
            s.customer = -1;
        return {};
    }
    assignPurchases(w, rng, people);
    setCreation(w, rng, people);

    // Ids follow the creation time: customer 1 is the oldest.
    std::vector<int> order(people.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [&people](int a, int b) { return people[size_t(a)].createdAt < people[size_t(b)].createdAt; });
    std::vector<int> position(people.size());
    for (size_t k = 0; k < order.size(); ++k)
        position[size_t(order[k])] = int(k);
    for (PlannedSale &s : w.plan) {
        if (s.customer >= 0)
            s.customer = position[size_t(s.customer)];
    }
    w.customers.reserve(people.size());
    for (int i : order)
        w.customers.push_back(people[size_t(i)]);
    w.loyaltyPoints.assign(w.customers.size(), 0);

    DemoRandom id(w.options.seed, StreamIdentities);
    const auto cities = demoCities();
    std::vector<int> cityWeights;
    for (const DemoCity &c : cities)
        cityWeights.push_back(c.weight);
    QSet<QString> emails;
    QSet<QString> phones;
    emails.reserve(qsizetype(people.size()));
    phones.reserve(qsizetype(people.size()));
    int cards = 0;
    for (CustomerInfo &c : w.customers) {
        const bool female = id.chance(580);
        CustomerRow row;
        row.isCustomer = c.purchases > 0;
        row.title = female ? QStringLiteral("Mme") : QStringLiteral("M.");
        row.firstName = pickSkewed(id, female ? femaleFirstNames() : maleFirstNames());
        row.lastName = pickSkewed(id, lastNames());
        const DemoCity &city = cities[size_t(id.weighted(cityWeights.data(), int(cityWeights.size())))];
        const bool online = qstrcmp(c.source, "web") == 0 || qstrcmp(c.source, "social") == 0 || qstrcmp(c.source, "email") == 0;
        c.hasEmail = online || id.chance(700);
        if (c.hasEmail)
            row.email = emailFor(id, row.firstName, row.lastName, emails);
        if (id.chance(780)) {
            c.hasMobile = id.chance(850);
            row.phone = phoneFor(id, city, c.hasMobile, phones);
        }
        c.hasAddress = id.chance(c.hasCard ? 950 : c.purchases > 0 ? 550 : 350);
        if (c.hasAddress) {
            row.address = QString::number(id.between(1, 140)) + (id.chance(40) ? QStringLiteral(" bis ") : QStringLiteral(" "))
                          + id.pick(streetTypes()) + QLatin1Char(' ') + id.pick(streetNames());
        }
        if (c.hasAddress || id.chance(500)) {
            row.postalCode = QLatin1String(city.postalCode);
            row.city = QString::fromUtf8(city.name);
        }
        if (id.chance(c.hasCard ? 650 : 250))
            row.birthDate = QDate(int(id.between(1940, 2006)), int(id.between(1, 12)), int(id.between(1, 28)));
        if (c.hasCard)
            row.loyaltyCard = QStringLiteral("CDL%1").arg(1'000'000 + 7 * ++cards + int(id.below(7)), 7, 10, QLatin1Char('0'));
        row.sourceChannel = c.source;
        if (id.chance(20))
            row.notes = id.pick(customerNotes());
        row.createdAt = c.createdAt;
        const bool byStaff = qstrcmp(c.source, "store") == 0 || qstrcmp(c.source, "loyalty") == 0 || qstrcmp(c.source, "phone") == 0;
        if (byStaff && c.createdAt >= w.startUtc && !w.days.empty()) {
            const qint64 dayIndex = std::min<qint64>(qint64(w.days.size()) - 1, (c.createdAt - w.startUtc) / 86400);
            const std::vector<int> sellers = w.sellersOn(int(dayIndex));
            row.createdBy = w.staff[size_t(sellers[size_t(id.index(qsizetype(sellers.size())))])].id;
        }
        BOOST_OUTCOME_TRY(newId, sink.addCustomer(row));
        c.id = newId;
        ++w.counts.customers;
    }
    return {};
}

} // namespace comptoir::demo
