// Demo generator, phase 5c: marketing consents (append-only history per channel: the
// choice made when the customer was created, then a few withdrawals and late opt-ins)
// and the customers' timelines (calls, e-mails, notes, offers), written in time order
// together with the appointment and complaint interactions of the previous phases.
#include "demo/DemoRandom.h"
#include "demo/DemoWorld.h"

#include <algorithm>

namespace comptoir::demo {

namespace {

struct Touch {
    const char *channel;
    const char *kind;
    const char *note;
    int needs; ///< 0: nothing, 1: an e-mail, 2: a mobile, 3: an address
    bool byStaff;
};

constexpr Touch kTouches[] = {
    {"phone", "call", "Appel : disponibilité d'un article en rayon", 0, true},
    {"phone", "call", "Appel : horaires d'ouverture pendant les fêtes", 0, true},
    {"email", "email", "Envoi de la facture par e-mail", 1, true},
    {"store", "note", "Cherche un cadeau pour un mariage en juin", 0, true},
    {"store", "note", "Souhaite être prévenue de l'arrivée des nouveaux coloris", 0, true},
    {"store", "visit", "Passage en boutique, repérage pour Noël", 0, true},
    {"email", "offer", "Offre anniversaire : -10 % sur le prochain achat", 1, false},
    {"sms", "offer", "SMS : invitation à la soirée clients fidèles", 2, false},
    {"post", "offer", "Catalogue de Noël envoyé par courrier", 3, false},
    {"social", "note", "Message Instagram : question sur un produit", 0, true},
    {"web", "note", "Demande via le formulaire du site", 0, false},
};

} // namespace

Status buildConsentsAndInteractions(DemoWorld &w, DemoSink &sink, std::vector<InteractionRow> &interactions)
{
    DemoRandom rng(w.options.seed, StreamConsents);
    const qint64 wordingChange = w.startUtc + 540 * 86400; // the consent text was reworded after 18 months
    std::vector<ConsentRow> consents;
    consents.reserve(w.customers.size() * 2);
    std::vector<qint64> staffIds;
    for (const StaffMember &s : w.staff) {
        if (s.sells)
            staffIds.push_back(s.id);
    }
    auto someStaff = [&]() { return staffIds[size_t(rng.index(qsizetype(staffIds.size())))]; };
    auto later = [&](qint64 from) { return from + qint64(rng.below(quint64(std::max<qint64>(1, w.cutUtc - from - 60)))); };

    for (const CustomerInfo &c : w.customers) {
        const bool online = qstrcmp(c.source, "web") == 0 || qstrcmp(c.source, "social") == 0 || qstrcmp(c.source, "email") == 0;
        const bool imported = qstrcmp(c.source, "import") == 0;
        const char *source = online ? "web_form" : imported ? "import" : "store_form";
        const qint64 recordedBy = online || imported ? 0 : someStaff();
        auto record = [&](const char *channel, int grantPerMille, int changePerMille, const char *withdrawSource) {
            ConsentRow first;
            first.customerId = c.id;
            first.channel = channel;
            first.granted = rng.chance(grantPerMille);
            first.at = c.createdAt;
            first.source = source;
            first.wordingVersion = c.createdAt < wordingChange ? "v1" : "v2";
            first.recordedBy = recordedBy;
            consents.push_back(first);
            if (!rng.chance(changePerMille))
                return;
            ConsentRow change = first;
            change.granted = !first.granted;
            change.at = later(std::max(c.createdAt, w.startUtc));
            change.wordingVersion = change.at < wordingChange ? "v1" : "v2";
            if (first.granted) {
                change.source = withdrawSource;
                change.recordedBy = 0;
            } else {
                change.source = "store_form";
                change.recordedBy = someStaff();
            }
            consents.push_back(change);
        };
        if (c.hasEmail)
            record("email", online ? 750 : 600, 120, "unsubscribe_link");
        if (c.hasMobile)
            record("sms", 380, 90, "sms_stop");
        if (c.hasAddress)
            record("post", 300, 40, "customer_request");

        // A few more touchpoints for the people who bought.
        static constexpr int touchCounts[4] = {550, 250, 120, 80};
        const int touches = c.purchases > 0 ? rng.weighted(touchCounts, 4) : (rng.chance(200) ? 1 : 0);
        for (int t = 0; t < touches; ++t) {
            const Touch &touch = kTouches[size_t(rng.index(qsizetype(std::size(kTouches))))];
            if ((touch.needs == 1 && !c.hasEmail) || (touch.needs == 2 && !c.hasMobile) || (touch.needs == 3 && !c.hasAddress))
                continue;
            InteractionRow i;
            i.customerId = c.id;
            i.channel = touch.channel;
            i.kind = touch.kind;
            i.note = QString::fromUtf8(touch.note);
            i.userId = touch.byStaff ? someStaff() : 0;
            i.at = later(std::max(c.createdAt, w.startUtc));
            interactions.push_back(i);
        }
    }

    std::stable_sort(consents.begin(), consents.end(), [](const ConsentRow &a, const ConsentRow &b) { return a.at < b.at; });
    for (const ConsentRow &c : consents) {
        BOOST_OUTCOME_TRYV(sink.addConsent(c));
        ++w.counts.consents;
    }
    std::stable_sort(interactions.begin(), interactions.end(),
                     [](const InteractionRow &a, const InteractionRow &b) { return a.at < b.at; });
    for (const InteractionRow &i : interactions) {
        BOOST_OUTCOME_TRYV(sink.addInteraction(i));
        ++w.counts.interactions;
    }
    return {};
}

} // namespace comptoir::demo
