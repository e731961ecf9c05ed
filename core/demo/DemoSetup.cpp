// Demo generator, phase 1: the store, its staff, categories, suppliers and products.
#include "demo/DemoAccounts.h"
#include "demo/DemoCatalogue.h"
#include "demo/DemoRandom.h"
#include "demo/DemoText.h"
#include "demo/DemoWorld.h"
#include "domain/Money.h"
#include "domain/Validation.h"

#include <QSet>

#include <cmath>

namespace comptoir::demo {

namespace {

constexpr double kLinesPerSale = 2.55;

QString utf8(const char *text)
{
    return QString::fromUtf8(text);
}

QStringList splitVariants(const char *variants)
{
    return utf8(variants).split(QLatin1Char('|'));
}

QString suffixFor(NameSuffix suffix, DemoRandom &rng)
{
    auto pickFrom = [&rng](std::span<const char *const> list) { return utf8(list[size_t(rng.index(qsizetype(list.size())))]); };
    switch (suffix) {
    case NameSuffix::None:
        return QString();
    case NameSuffix::Colour:
        return pickFrom(demoColours());
    case NameSuffix::Collection:
        return pickFrom(demoCollections());
    case NameSuffix::Size:
        return pickFrom(demoSizes());
    case NameSuffix::Edition:
        return pickFrom(demoEditions());
    case NameSuffix::Weight:
        return pickFrom(demoWeights());
    case NameSuffix::Volume:
        return pickFrom(demoVolumes());
    }
    return QString();
}

/** Next open day on or after `date` (the store is closed on Sundays and holidays). */
QDate openOnOrAfter(QDate date)
{
    while (date.dayOfWeek() == 7 || DemoCalendar::isPublicHoliday(date))
        date = date.addDays(1);
    return date;
}

Status buildStaff(DemoWorld &w, DemoSink &sink)
{
    const qint64 hired = w.startUtc - 30 * 86400;
    for (const DemoAccount &a : demoAccounts()) {
        StaffMember s;
        s.roleCode = a.roleCode;
        s.dayOff = a.dayOff;
        s.sells = a.sells;
        s.from = hired;
        if (a.roleCode == QLatin1String("manager"))
            s.weight = 6;
        else if (a.roleCode == QLatin1String("intern"))
            s.weight = 4;
        else
            s.weight = 10;
        // The fourth associate joined a year into the period; the intern came four months ago.
        if (a.login == QLatin1String("vendeuse4"))
            s.from = w.startUtc + 400 * 86400;
        if (a.roleCode == QLatin1String("intern"))
            s.from = w.cutUtc - 120 * 86400;
        BOOST_OUTCOME_TRY(id, sink.addUser({a.login, a.displayName, a.roleCode, std::min(s.from, w.cutUtc - 86400)}));
        s.id = id;
        w.staff.push_back(s);
        ++w.counts.users;
    }
    return {};
}

Status buildSuppliers(DemoWorld &w, DemoSink &sink)
{
    for (const DemoCategory &c : demoCategories()) {
        BOOST_OUTCOME_TRY(id, sink.addCategory(utf8(c.name)));
        w.categoryIds.push_back(id);
        ++w.counts.categories;
    }
    for (const DemoSupplier &s : demoSuppliers()) {
        SupplierRow row{utf8(s.name), utf8(s.contact), utf8(s.email),
                        validation::phone(utf8(s.phone)).value(), utf8(s.address), utf8(s.postalCode),
                        utf8(s.city), w.startUtc - 800 * 86400};
        BOOST_OUTCOME_TRY(id, sink.addSupplier(row));
        w.supplierIds.push_back(id);
        w.supplierLeadDays.push_back(s.leadDays);
        ++w.counts.suppliers;
    }
    return {};
}

/** Expected sales per open day for each month of the year, from the calendar's weights. */
void estimateDemand(DemoWorld &w)
{
    std::array<qint64, 12> weight{};
    std::array<qint64, 12> openDays{};
    qint64 weightSum = 0;
    for (const DemoDay &d : w.days) {
        if (!d.open)
            continue;
        weight[size_t(d.date.month() - 1)] += d.weight;
        ++openDays[size_t(d.date.month() - 1)];
        weightSum += d.weight;
    }
    for (size_t m = 0; m < 12; ++m) {
        w.salesPerOpenDay[m] = (weightSum == 0 || openDays[m] == 0)
                                   ? 0.0
                                   : double(w.options.sales) * double(weight[m]) / double(weightSum) / double(openDays[m]);
    }
}

/** Reorder points and order quantities per month, from each product's expected demand. */
void planReorders(DemoWorld &w)
{
    std::array<qint64, 12> monthTotal{};
    for (const ProductInfo &p : w.products) {
        for (int m = 0; m < 12; ++m)
            monthTotal[size_t(m)] += w.monthWeight(p, m);
    }
    for (ProductInfo &p : w.products) {
        // Cheap items sell several at a time: the average units per sale line, by top price in cents.
        const qint64 topCents = p.prices.back();
        const double unitsPerLine = topCents < 1000 ? 1.8 : topCents < 3000 ? 1.3 : 1.05;
        const int cover = w.supplierLeadDays[size_t(p.supplier)] + 4;
        double yearly = 0;
        std::array<double, 12> daily{};
        for (int m = 0; m < 12; ++m) {
            if (monthTotal[size_t(m)] == 0)
                continue;
            daily[size_t(m)] = w.salesPerOpenDay[size_t(m)] * kLinesPerSale * unitsPerLine
                               * double(w.monthWeight(p, m)) / double(monthTotal[size_t(m)]);
            yearly += daily[size_t(m)];
        }
        // Cover the lead time plus a few days, and one more basket: cheap items go by three or six.
        const qint64 basket = p.packSize > 1 ? 4 : 1;
        p.threshold = qint64(std::ceil(yearly / 12.0 * cover)) + basket;
        for (size_t m = 0; m < 12; ++m) {
            const qint64 point = std::max<qint64>(p.threshold, qint64(std::ceil(daily[m] * cover)) + basket);
            qint64 quantity = std::max<qint64>(point, qint64(std::ceil(daily[m] * 21)));
            quantity = (quantity + p.packSize - 1) / p.packSize * p.packSize;
            p.reorderPoint[m] = qint32(point);
            p.orderQuantity[m] = qint32(quantity);
        }
    }
}

Status buildProducts(DemoWorld &w, DemoSink &sink)
{
    DemoRandom rng(w.options.seed, StreamCatalogue);
    const auto categories = demoCategories();
    const auto families = demoFamilies();
    const int n = w.options.products;

    // Products per category by breadth (cumulative rounding: the counts add up to n).
    std::vector<int> perCategory(categories.size());
    int breadthTotal = 0;
    for (const DemoCategory &c : categories)
        breadthTotal += c.breadth;
    int cumulative = 0;
    int assigned = 0;
    for (size_t c = 0; c < categories.size(); ++c) {
        cumulative += categories[c].breadth;
        const int upTo = int(qint64(cumulative) * n / breadthTotal);
        perCategory[c] = upTo - assigned;
        assigned = upTo;
    }

    // Popularity: a long tail over a random ranking of the whole catalogue.
    std::vector<int> rank(static_cast<size_t>(n), 0);
    for (int i = 0; i < n; ++i)
        rank[size_t(i)] = i;
    rng.shuffle(rank.begin(), rank.end());

    const QDate firstDay = w.days.empty() ? QDate() : w.days.front().date;
    const QDate lastDay = w.days.empty() ? QDate() : w.days.back().date;
    QSet<QString> names;
    int index = 0;
    for (size_t c = 0; c < categories.size(); ++c) {
        const DemoCategory &cat = categories[c];
        std::vector<int> catFamilies;
        for (size_t f = 0; f < families.size(); ++f) {
            if (families[f].category == int(c))
                catFamilies.push_back(int(f));
        }
        std::vector<int> catSuppliers;
        const auto suppliers = demoSuppliers();
        for (size_t s = 0; s < suppliers.size(); ++s) {
            if (suppliers[s].category == int(c))
                catSuppliers.push_back(int(s));
        }
        for (int k = 0; k < perCategory[c]; ++k, ++index) {
            const DemoFamily &fam = families[size_t(catFamilies[size_t(rng.index(qsizetype(catFamilies.size())))])];
            ProductInfo p;
            p.book = qstrcmp(cat.skuPrefix, "LIV") == 0;
            const QStringList variants = splitVariants(fam.variants);
            // A name not taken yet: family, variant and suffix; then, for a large catalogue,
            // a collection (or a volume for books); a number as the last resort.
            QString name;
            for (int attempt = 0; attempt < 60; ++attempt) {
                name = utf8(fam.name) + QLatin1Char(' ') + rng.pick(variants);
                const QString suffix = suffixFor(fam.suffix, rng);
                if (!suffix.isEmpty())
                    name += QLatin1Char(' ') + suffix;
                if (attempt >= 20 && p.book)
                    name += QStringLiteral(", tome %1").arg(rng.between(2, 9));
                else if (attempt >= 20 && fam.suffix != NameSuffix::Collection)
                    name += QLatin1Char(' ') + suffixFor(NameSuffix::Collection, rng);
                if (!names.contains(name))
                    break;
            }
            const QString base = name;
            for (int extra = 2; names.contains(name); ++extra)
                name = base + QStringLiteral(" (modèle %1)").arg(extra);
            names.insert(name);

            p.category = int(c);
            p.supplier = catSuppliers[size_t(rng.index(qsizetype(catSuppliers.size())))];
            p.vatRateBp = cat.vatRateBp;
            const double u = rng.unit();
            const qint64 raw = fam.minCents + qint64(double(fam.maxCents - fam.minCents) * u * u);
            const qint64 price = shopPrice(raw);
            p.packSize = price < 1000 ? 6 : price < 2500 ? 3 : 1;
            // Later prices first: each 1 February raised prices by 0 to 5 %.
            const size_t years = w.priceChanges.size();
            p.prices.fill(price);
            for (size_t y = years; y > 0; --y)
                p.prices[y - 1] = shopPrice(p.prices[y] * 100 / (100 + rng.between(0, 5)) - 5);
            for (size_t y = years + 1; y < p.prices.size(); ++y)
                p.prices[y] = price;
            const int priceFactor = price < 1000 ? 20 : price < 3000 ? 13 : price < 8000 ? 10 : 5;
            const qint64 popularity = 2'000'000 / (rank[size_t(index)] + 20);
            p.baseWeight = popularity * priceFactor * cat.weight * 100 / std::max(1, perCategory[c]);
            p.name = name;

            // Most of the catalogue predates the period; the rest came with the spring,
            // autumn and Christmas collections.
            const bool christmas = cat.season[0] < 100;
            qint64 createdAt = w.startUtc - rng.between(30, 900) * 86400 + 8 * 3600;
            p.availableFrom = w.startUtc;
            // (The first product is always there from the start: something to sell on day one.)
            if (firstDay.isValid() && index > 0 && rng.chance(christmas ? 400 : 220)) {
                const int year = int(rng.between(firstDay.year(), lastDay.year()));
                const QDate launch = christmas ? QDate(year, 10, 15) : QDate(year, rng.chance(500) ? 3 : 9, 1);
                if (launch > firstDay && launch < lastDay) {
                    createdAt = DemoCalendar::toUtc(openOnOrAfter(launch), 8 * 3600);
                    p.availableFrom = createdAt;
                }
            }
            if (p.availableFrom == w.startUtc && w.days.size() > 400 && rng.chance(40))
                p.discontinuedAt = w.startUtc + rng.between(300, qint64(w.days.size()) - 60) * 86400;
            p.createdAt = createdAt;
            w.products.push_back(p);
        }
    }

    estimateDemand(w);
    planReorders(w);

    const qint64 lastPriceChange = w.priceChanges.empty() ? 0 : w.priceChanges.back();
    std::array<int, 16> skuCounters{};
    for (size_t i = 0; i < w.products.size(); ++i) {
        ProductInfo &p = w.products[i];
        const DemoCategory &cat = categories[size_t(p.category)];
        const qint64 createdAt = p.createdAt;
        const qint64 cost = Money::fromCents(p.prices[w.priceChanges.size()]).excludingVat(p.vatRateBp).cents() * 100
                            / rng.between(200, 260);
        ProductRow row;
        row.sku = QStringLiteral("%1-%2").arg(QLatin1String(cat.skuPrefix)).arg(++skuCounters[size_t(p.category)], 5, 10,
                                                                                   QLatin1Char('0'));
        const QString digits = QStringLiteral("3760%1").arg(qint64(10'000'000 + 137 * qint64(i) + 11), 8, 10, QLatin1Char('0'));
        row.ean13 = digits + QString::number(validation::ean13CheckDigit(digits));
        row.name = p.name;
        row.categoryId = w.categoryIds[size_t(p.category)];
        row.supplierId = w.supplierIds[size_t(p.supplier)];
        row.priceCents = p.prices[w.priceChanges.size()];
        row.vatRateBp = p.vatRateBp;
        row.costCents = cost;
        row.reorderThreshold = p.threshold;
        row.active = p.discontinuedAt == 0;
        row.createdAt = createdAt;
        row.updatedAt = std::max(createdAt, lastPriceChange);
        if (p.discontinuedAt != 0)
            row.updatedAt = p.discontinuedAt;
        BOOST_OUTCOME_TRY(id, sink.addProduct(row));
        p.id = id;
        ++w.counts.products;
    }
    return {};
}

} // namespace

qint64 DemoWorld::monthWeight(const ProductInfo &p, int month) const
{
    return p.baseWeight * demoCategories()[size_t(p.category)].season[month] / 1000;
}

Status buildCatalogue(DemoWorld &w, DemoSink &sink)
{
    StoreRow store;
    store.code = demoStoreCode();
    store.name = w.options.storeName;
    store.address = QString::fromUtf8("24 rue Mercière");
    store.postalCode = QStringLiteral("69002");
    store.city = QStringLiteral("Lyon");
    store.phone = QStringLiteral("+33478421563");
    store.siret = withLuhnDigit(QStringLiteral("8123456780001"));
    store.createdAt = w.startUtc - 30 * 86400;
    BOOST_OUTCOME_TRY(storeId, sink.addStore(store));
    w.storeId = storeId;

    BOOST_OUTCOME_TRYV(buildStaff(w, sink));
    BOOST_OUTCOME_TRYV(buildSuppliers(w, sink));
    return buildProducts(w, sink);
}

} // namespace comptoir::demo
