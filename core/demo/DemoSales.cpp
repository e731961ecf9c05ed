// Demo generator, phase 4: the sales. Walks the plan in time order and rings up each
// ticket: who sells (the staff working that day), which products (by the month's
// weights: Christmas items in December, plants in spring), quantities, discounts in the
// "soldes" and for loyalty cards, payments (card, cash with change, cheque, voucher,
// sometimes split), the VAT per rate, the number and the chained hash. The stock moves go
// through DemoStock so that the level never goes negative.
#include "demo/DemoRandom.h"
#include "demo/DemoStock.h"
#include "demo/DemoWorld.h"
#include "domain/ChainHash.h"
#include "domain/Money.h"

#include <array>

namespace comptoir::demo {

namespace {

constexpr int kLineCountWeights[8] = {330, 270, 170, 100, 60, 40, 20, 10};

qint64 quantityFor(DemoRandom &rng, qint64 unitCents)
{
    static constexpr int cheap[6] = {550, 250, 100, 50, 0, 50};
    static constexpr int middle[3] = {800, 150, 50};
    static constexpr int dear[2] = {950, 50};
    if (unitCents < 1000)
        return rng.weighted(cheap, 6) + 1;
    if (unitCents < 3000)
        return rng.weighted(middle, 3) + 1;
    return rng.weighted(dear, 2) + 1;
}

qint64 cashTendered(DemoRandom &rng, qint64 amount)
{
    static constexpr int weights[6] = {300, 150, 200, 150, 120, 80};
    static constexpr qint64 steps[6] = {1, 100, 500, 1000, 2000, 5000};
    const qint64 step = steps[rng.weighted(weights, 6)];
    return (amount + step - 1) / step * step;
}

void addPayment(Sale &sale, PaymentMethod method, qint64 amount, qint64 tendered = 0)
{
    Payment p;
    p.method = method;
    p.amountCents = amount;
    if (method == PaymentMethod::Cash) {
        p.tenderedCents = tendered;
        p.changeCents = tendered - amount;
    }
    sale.payments.append(p);
}

void payments(Sale &sale, DemoRandom &rng)
{
    static constexpr qint64 vouchers[6] = {1000, 1500, 2000, 2500, 3000, 5000};
    const qint64 total = sale.totalCents;
    sale.payments.clear();
    if (total >= 3000 && rng.chance(30)) {
        // Split: part with a gift voucher or cash, the rest by card.
        if (rng.chance(500)) {
            qint64 v = vouchers[rng.index(6)];
            while (v >= total)
                v -= 500;
            addPayment(sale, PaymentMethod::Voucher, v);
            addPayment(sale, PaymentMethod::Card, total - v);
        } else {
            const qint64 cash = std::max<qint64>(1000, total / 2 / 1000 * 1000);
            addPayment(sale, PaymentMethod::Cash, cash, cash);
            addPayment(sale, PaymentMethod::Card, total - cash);
        }
        return;
    }
    // card, cash, cheque, voucher (per mille) by the size of the ticket.
    static constexpr int small[4] = {560, 440, 0, 0};
    static constexpr int medium[4] = {700, 240, 30, 30};
    static constexpr int large[4] = {800, 80, 80, 40};
    const int *weights = total < 1500 ? small : total < 10000 ? medium : large;
    switch (rng.weighted(weights, 4)) {
    case 0:
        addPayment(sale, PaymentMethod::Card, total);
        break;
    case 1:
        addPayment(sale, PaymentMethod::Cash, total, cashTendered(rng, total));
        break;
    case 2:
        addPayment(sale, PaymentMethod::Cheque, total);
        break;
    default: {
        const qint64 v = vouchers[rng.index(6)];
        if (v >= total) {
            addPayment(sale, PaymentMethod::Voucher, total);
        } else {
            addPayment(sale, PaymentMethod::Voucher, v);
            addPayment(sale, PaymentMethod::Card, total - v);
        }
    }
    }
}

struct Discounts {
    QString sales[4] = {QStringLiteral("Soldes -20 %"), QStringLiteral("Soldes -30 %"), QStringLiteral("Soldes -40 %"),
                        QStringLiteral("Soldes -50 %")};
    QString loyalty = QString::fromUtf8("Remise fidélité -10 %");
    QString loyaltyBook = QString::fromUtf8("Remise fidélité -5 % (livre)");
    QString gesture = QString::fromUtf8("Geste commercial (article abîmé) -15 %");
};

void discount(SaleLine &line, const ProductInfo &p, bool salesPeriod, bool card, DemoRandom &rng, const Discounts &text)
{
    static constexpr int salesWeights[4] = {30, 40, 20, 10};
    static constexpr int salesPercents[4] = {20, 30, 40, 50};
    int percent = 0;
    const QString *reason = nullptr;
    if (salesPeriod && !p.book && rng.chance(350)) {
        const int k = rng.weighted(salesWeights, 4);
        percent = salesPercents[k];
        reason = &text.sales[k];
    } else if (card && rng.chance(50)) {
        percent = p.book ? 5 : 10;
        reason = p.book ? &text.loyaltyBook : &text.loyalty;
    } else if (!p.book && rng.chance(4)) {
        percent = 15;
        reason = &text.gesture;
    }
    if (percent == 0)
        return;
    line.discountCents = roundedDivide(line.quantity * line.unitPriceCents * percent, 100);
    line.overrideReason = *reason;
}

} // namespace

Status runSales(DemoWorld &w, DemoSink &sink)
{
    DemoRandom rng(w.options.seed, StreamSales);
    DemoStock stock(w, sink);
    const Discounts discountText;

    std::array<std::vector<quint64>, 12> cumulative;
    for (size_t m = 0; m < 12; ++m) {
        quint64 total = 0;
        cumulative[m].reserve(w.products.size());
        for (const ProductInfo &p : w.products) {
            total += quint64(w.monthWeight(p, int(m)));
            cumulative[m].push_back(total);
        }
    }

    QString prevHash = genesisHash();
    qint64 number = 0;
    int currentDay = -1;
    std::vector<int> sellers;
    std::vector<int> sellerWeights;
    std::vector<int> chosen;
    Sale sale;
    sale.storeId = w.storeId;
    w.knownSales.reserve(w.plan.size() / 2);

    for (const PlannedSale &planned : w.plan) {
        if (planned.day != currentDay) {
            BOOST_OUTCOME_TRYV(stock.closeDay(currentDay));
            currentDay = planned.day;
            BOOST_OUTCOME_TRYV(stock.openDay(currentDay));
            sellers = w.sellersOn(currentDay);
            sellerWeights.clear();
            for (int i : sellers)
                sellerWeights.push_back(w.staff[size_t(i)].weight);
        }
        BOOST_OUTCOME_TRYV(stock.deliverUntil(planned.at));
        const DemoDay &day = w.days[size_t(planned.day)];
        const int month = day.date.month() - 1;
        const CustomerInfo *customer = planned.customer >= 0 ? &w.customers[size_t(planned.customer)] : nullptr;

        int lineCount = rng.weighted(kLineCountWeights, 8) + 1;
        if (month == 11 && lineCount < 8 && rng.chance(250))
            ++lineCount; // Christmas shopping: fuller baskets
        chosen.clear();
        for (int l = 0; l < lineCount; ++l) {
            for (int attempt = 0; attempt < 8; ++attempt) {
                const int p = int(rng.fromCumulative(cumulative[size_t(month)]));
                if (stock.sellable(p, planned.at) && std::find(chosen.begin(), chosen.end(), p) == chosen.end()) {
                    chosen.push_back(p);
                    break;
                }
            }
        }
        if (chosen.empty()) {
            // Nothing drawn is on the shelf: take anything that is, or restock urgently.
            const int n = int(w.products.size());
            const int start = rng.index(n);
            int fallback = -1;
            for (int k = 0; k < n && fallback < 0; ++k) {
                if (stock.sellable((start + k) % n, planned.at))
                    fallback = (start + k) % n;
            }
            if (fallback < 0) {
                for (int k = 0; k < n && fallback < 0; ++k) {
                    if (w.products[size_t((start + k) % n)].availableFrom <= planned.at)
                        fallback = (start + k) % n;
                }
                if (fallback < 0)
                    fallback = 0;
                BOOST_OUTCOME_TRYV(stock.emergencyDelivery(fallback, planned.at, planned.day));
            }
            chosen.push_back(fallback);
        }

        sale.number = ++number;
        sale.customerId = customer ? customer->id : 0;
        sale.userId = w.staff[size_t(sellers[size_t(rng.weighted(sellerWeights.data(), int(sellerWeights.size())))])].id;
        sale.at = QDateTime::fromSecsSinceEpoch(planned.at, Qt::UTC);
        sale.businessDay = day.date;
        sale.lines.clear();
        const int priceYear = w.priceYear(planned.at);
        for (int p : chosen) {
            const ProductInfo &info = w.products[size_t(p)];
            SaleLine line;
            line.lineNo = int(sale.lines.size()) + 1;
            line.productId = info.id;
            line.unitPriceCents = info.prices[size_t(priceYear)];
            line.quantity = std::min(quantityFor(rng, line.unitPriceCents), stock.level(p));
            line.vatRateBp = info.vatRateBp;
            discount(line, info, day.salesPeriod, customer && customer->hasCard, rng, discountText);
            line.totalCents = lineTotalCents(line);
            sale.lines.append(line);
        }
        applySaleTotals(sale);
        payments(sale, rng);
        sale.prevHash = prevHash;
        sale.hash = saleHash(sale, prevHash);
        BOOST_OUTCOME_TRYV(sink.addSale(sale));
        prevHash = sale.hash;

        ++w.counts.sales;
        w.counts.saleLines += sale.lines.size();
        w.counts.payments += sale.payments.size();
        w.counts.revenueCents += sale.totalCents;
        for (qsizetype i = 0; i < sale.lines.size(); ++i) {
            BOOST_OUTCOME_TRYV(stock.recordSale(chosen[size_t(i)], sale.lines.at(i).quantity, sale.id, sale.userId, planned.at,
                                                planned.day));
        }
        if (customer) {
            if (customer->hasCard)
                w.loyaltyPoints[size_t(planned.customer)] += sale.totalCents / 100;
            w.knownSales.push_back({sale.id, planned.customer, planned.at, sale.userId, chosen.front()});
        }
    }
    BOOST_OUTCOME_TRYV(stock.closeDay(currentDay));
    BOOST_OUTCOME_TRYV(stock.deliverUntil(w.cutUtc - 1));
    BOOST_OUTCOME_TRYV(stock.finish());
    for (size_t c = 0; c < w.customers.size(); ++c) {
        if (w.loyaltyPoints[c] > 0) {
            BOOST_OUTCOME_TRYV(sink.setLoyaltyPoints(w.customers[c].id, w.loyaltyPoints[c]));
        }
    }
    return {};
}

} // namespace comptoir::demo
