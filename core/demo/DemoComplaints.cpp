// Demo generator, phase 5b: complaints, most about a sale a few days earlier, in every
// status of the workflow (open → in_progress → resolved → closed, or rejected), with the
// history of each step and a due date from the category's SLA. Old complaints are
// settled; recent ones are still open, some overdue.
#include "demo/DemoRandom.h"
#include "demo/DemoWorld.h"

#include <algorithm>

namespace comptoir::demo {

namespace {

struct CategoryText {
    const char *code;
    int weight;
    const char *subjects;    ///< '|'-separated
    const char *resolutions; ///< '|'-separated
};

constexpr CategoryText kTexts[] = {
    {"product_defect", 35,
     "Vase fêlé découvert à l'ouverture du paquet|Bougie qui ne brûle pas correctement|Plaid qui bouloche après un lavage|"
     "Lampe qui ne s'allume plus|Tasse ébréchée|Couleur différente de la photo|Fermeture du sac cassée",
     "Article échangé en magasin|Remboursement par avoir|Réparation prise en charge par le fournisseur|"
     "Remplacement commandé, client prévenu"},
    {"delivery", 10,
     "Livraison à domicile en retard|Colis abîmé à la livraison|Article manquant dans la livraison|Commande spéciale non reçue",
     "Nouvelle livraison effectuée|Geste commercial sur la prochaine commande|Article manquant livré"},
    {"billing", 10,
     "Double débit sur la carte bancaire|Remise fidélité non appliquée|Erreur de prix en caisse|Ticket de caisse illisible",
     "Débit en double remboursé|Points de fidélité crédités|Différence remboursée|Duplicata de facture envoyé"},
    {"service", 25,
     "Attente trop longue en caisse|Conseil erroné sur un produit|Accueil téléphonique difficile|Paquet cadeau oublié",
     "Excuses présentées, bon d'achat offert|Rappel du client par la directrice|Point fait avec l'équipe"},
    {"other", 20,
     "Demande de facture détaillée|Objet oublié en magasin|Carte de fidélité perdue|Demande de suppression de données",
     "Facture envoyée par e-mail|Objet rendu au client|Nouvelle carte remise|Demande transmise et traitée"},
};

const char *const kRejections[] = {
    "Article acheté en soldes, ni repris ni échangé",
    "Dommage causé par une mauvaise utilisation",
    "Ticket de caisse de plus de deux ans",
};

const char *const kChannels[] = {"store", "store", "store", "phone", "phone", "email"};

enum Target { Open, InProgress, Resolved, Closed, Rejected };

Target targetFor(DemoRandom &rng, qint64 ageDays)
{
    static constexpr int old[5] = {20, 30, 80, 750, 120};
    static constexpr int middle[5] = {120, 200, 250, 350, 80};
    static constexpr int recent[5] = {450, 350, 150, 0, 50};
    const int *w = ageDays > 45 ? old : ageDays > 10 ? middle : recent;
    return Target(rng.weighted(w, 5));
}

} // namespace

Status buildComplaints(DemoWorld &w, DemoSink &sink, std::vector<InteractionRow> &interactions)
{
    if (w.customers.empty())
        return {};
    DemoRandom rng(w.options.seed, StreamComplaints);
    const qint64 count = std::max<qint64>(25, w.options.sales / 300);
    const qint64 day = 86400;

    // Categories of the database matched to our texts by code (unknown codes get "other").
    std::vector<const CategoryText *> texts;
    std::vector<int> weights;
    for (const ComplaintCategory &c : w.options.complaintCategories) {
        const CategoryText *t = &kTexts[4];
        for (const CategoryText &k : kTexts) {
            if (c.code == QLatin1String(k.code))
                t = &k;
        }
        texts.push_back(t);
        weights.push_back(t->weight);
    }
    std::vector<int> staff;
    for (size_t s = 0; s < w.staff.size(); ++s) {
        if (w.staff[s].sells && w.staff[s].roleCode != QLatin1String("intern"))
            staff.push_back(int(s));
    }
    auto staffId = [&]() { return w.staff[size_t(staff[size_t(rng.index(qsizetype(staff.size())))])].id; };

    struct Item {
        ComplaintRow row;
        std::vector<ComplaintEventRow> events;
    };
    std::vector<Item> items;
    const auto recentFrom = std::lower_bound(w.knownSales.begin(), w.knownSales.end(), w.cutUtc - 45 * day,
                                             [](const SaleRef &s, qint64 t) { return s.at < t; });
    // The first five show every status at a fixed age; the others follow their age.
    static constexpr qint64 showcaseAge[5] = {2, 6, 14, 40, 18};
    for (qint64 k = 0; k < count; ++k) {
        Item item;
        ComplaintRow &c = item.row;
        const bool showcase = k < 5;
        const SaleRef *sale = nullptr;
        if (showcase) {
            const qint64 opened = w.cutUtc - showcaseAge[k] * day + rng.between(10 * 3600, 17 * 3600);
            c.openedAt = opened - 2 * 3600;
            const auto it = std::lower_bound(w.knownSales.begin(), w.knownSales.end(), c.openedAt - 3 * day,
                                             [](const SaleRef &s, qint64 t) { return s.at < t; });
            if (it != w.knownSales.begin())
                sale = &*(it - 1);
        } else if (!w.knownSales.empty() && rng.chance(900)) {
            const bool recent = rng.chance(300) && recentFrom != w.knownSales.end();
            const qsizetype from = recent ? recentFrom - w.knownSales.begin() : 0;
            sale = &w.knownSales[size_t(from + rng.index(qsizetype(w.knownSales.size()) - from))];
            c.openedAt = sale->at + rng.between(1, 20) * day + rng.between(-3 * 3600, 3 * 3600);
            if (c.openedAt >= w.cutUtc - 3600)
                c.openedAt = sale->at + rng.between(600, std::max<qint64>(601, w.cutUtc - sale->at - 3600));
        } else {
            c.openedAt = w.startUtc + rng.between(day, std::max<qint64>(day, w.cutUtc - w.startUtc - day));
        }
        if (sale) {
            c.customerId = w.customers[size_t(sale->customer)].id;
            c.saleId = sale->saleId;
        } else {
            const int last = std::max(0, w.lastCustomerBefore(c.openedAt));
            c.customerId = w.customers[size_t(rng.index(last + 1))].id;
        }
        const int cat = rng.weighted(weights.data(), int(weights.size()));
        const ComplaintCategory &category = w.options.complaintCategories.at(cat);
        const QStringList subjects = QString::fromUtf8(texts[size_t(cat)]->subjects).split(QLatin1Char('|'));
        const QStringList resolutions = QString::fromUtf8(texts[size_t(cat)]->resolutions).split(QLatin1Char('|'));
        c.categoryId = category.id;
        c.subject = rng.pick(subjects);
        if (sale) {
            const QDate saleDay = w.days[size_t((sale->at - w.startUtc) / day)].date;
            c.description = QString::fromUtf8("Concerne le ticket du %1 : %2.")
                                .arg(saleDay.toString(QStringLiteral("dd/MM/yyyy")), w.products[size_t(sale->product)].name);
        }
        c.dueAt = c.openedAt + qint64(category.slaDays) * day;
        c.createdBy = staffId();
        item.events.push_back({0, c.openedAt, c.createdBy, nullptr, "open", c.subject});

        const qint64 age = (w.cutUtc - c.openedAt) / day;
        const Target target = showcase ? Target(k) : targetFor(rng, age);
        // Step times, compact for the showcase so that they all fit before "now".
        const qint64 progress = c.openedAt + (showcase ? rng.between(3600, 20 * 3600) : rng.between(3600, 2 * day));
        const qint64 resolved = progress + (showcase ? rng.between(day, 2 * day)
                                                     : rng.between(day, qint64(category.slaDays + 3) * day));
        const qint64 closed = resolved + (showcase ? rng.between(day, 3 * day) : rng.between(day, 10 * day));
        const qint64 rejected = progress + rng.between(3600, showcase ? 20 * 3600 : 4 * day);
        c.assignedTo = (target == Open && rng.chance(400)) ? 0 : staffId();
        const qint64 worker = c.assignedTo != 0 ? c.assignedTo : c.createdBy;

        c.status = "open";
        if (target != Open && progress < w.cutUtc) {
            c.status = "in_progress";
            item.events.push_back({0, progress, worker, "open", "in_progress", QString()});
        }
        if (target == Rejected && rejected < w.cutUtc) {
            c.resolution = QString::fromUtf8(rng.pick(kRejections));
            item.events.push_back({0, rejected, worker, c.status, "rejected", c.resolution});
            c.status = "rejected";
            c.closedAt = rejected;
        } else if ((target == Resolved || target == Closed) && qstrcmp(c.status, "in_progress") == 0 && resolved < w.cutUtc) {
            c.status = "resolved";
            c.resolvedAt = resolved;
            c.resolution = rng.pick(resolutions);
            item.events.push_back({0, resolved, worker, "in_progress", "resolved", c.resolution});
            if (target == Closed && closed < w.cutUtc) {
                static constexpr int scores[5] = {50, 80, 170, 350, 350};
                c.status = "closed";
                c.closedAt = closed;
                c.satisfaction = rng.weighted(scores, 5) + 1;
                item.events.push_back({0, closed, worker, "resolved", "closed", QString()});
            }
        }
        InteractionRow i;
        i.customerId = c.customerId;
        i.channel = rng.pick(kChannels);
        i.kind = "complaint";
        i.note = c.subject;
        i.userId = c.createdBy;
        i.at = c.openedAt;
        interactions.push_back(i);
        items.push_back(std::move(item));
    }

    std::stable_sort(items.begin(), items.end(), [](const Item &a, const Item &b) { return a.row.openedAt < b.row.openedAt; });
    for (Item &item : items) {
        BOOST_OUTCOME_TRY(id, sink.addComplaint(item.row));
        ++w.counts.complaints;
        for (ComplaintEventRow &e : item.events) {
            e.complaintId = id;
            BOOST_OUTCOME_TRYV(sink.addComplaintEvent(e));
            ++w.counts.complaintEvents;
        }
    }
    return {};
}

} // namespace comptoir::demo
