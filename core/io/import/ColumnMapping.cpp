#include "io/import/ColumnMapping.h"

#include <QCoreApplication>
#include <QSet>

namespace comptoir {

namespace {

/** The translation context of this file's messages (lupdate reads it). */
struct ColumnMappingText {
    Q_DECLARE_TR_FUNCTIONS(comptoir::ColumnMapping)
};

ImportField f(const char *name, bool required, std::initializer_list<const char16_t *> aliases)
{
    ImportField field;
    field.name = QLatin1String(name);
    field.required = required;
    for (const char16_t *a : aliases)
        field.aliases.append(QString::fromUtf16(a));
    return field;
}

const QList<ImportField> kCustomer = {
    f("title", false, {u"civilite", u"civilité", u"titre", u"salutation"}),
    f("first_name", true, {u"prenom", u"prénom", u"first name", u"firstname", u"given name", u"forename"}),
    f("last_name", true, {u"nom", u"nom de famille", u"nom famille", u"last name", u"lastname", u"surname",
                          u"family name", u"name"}),
    f("email", false, {u"courriel", u"e-mail", u"mail", u"adresse e-mail", u"adresse mail", u"email address"}),
    f("phone", false, {u"telephone", u"téléphone", u"tel", u"tél", u"portable", u"mobile", u"phone number",
                       u"numero de telephone"}),
    f("address", false, {u"adresse", u"rue", u"street", u"address line"}),
    f("postal_code", false, {u"code postal", u"cp", u"postal code", u"postcode", u"zip", u"zip code"}),
    f("city", false, {u"ville", u"commune", u"town"}),
    f("birth_date", false, {u"date de naissance", u"naissance", u"date naissance", u"birthday", u"birthdate",
                            u"date of birth", u"dob"}),
    f("loyalty_card", false, {u"carte", u"carte fidelite", u"carte de fidelite", u"numero de carte", u"card",
                              u"loyalty card number", u"card number"}),
    f("status", false, {u"statut", u"type"}),
    f("source_channel", false, {u"source", u"canal", u"origine", u"channel"}),
    f("notes", false, {u"note", u"remarques", u"commentaire", u"commentaires", u"comment", u"comments"}),
};

const QList<ImportField> kProduct = {
    f("sku", true, {u"reference", u"référence", u"ref", u"code article", u"article", u"item code"}),
    f("ean13", false, {u"ean", u"ean 13", u"code barres", u"code-barres", u"codebarre", u"barcode", u"gtin"}),
    f("name", true, {u"libelle", u"libellé", u"designation", u"désignation", u"nom", u"produit",
                     u"product", u"product name", u"description"}),
    f("category", false, {u"categorie", u"catégorie", u"famille", u"rayon"}),
    f("supplier", false, {u"fournisseur", u"vendor"}),
    f("price", true, {u"prix", u"prix ttc", u"prix de vente", u"pv ttc", u"price incl vat", u"selling price"}),
    f("vat_rate", false, {u"tva", u"taux tva", u"taux de tva", u"vat", u"vat rate", u"tax rate"}),
    f("cost", false, {u"cout", u"coût", u"prix achat", u"prix d achat", u"pa ht", u"cost price", u"purchase price"}),
    f("reorder_threshold", false, {u"seuil", u"seuil de reapprovisionnement", u"stock minimum", u"reorder level",
                                   u"min stock"}),
    f("active", false, {u"actif", u"enabled"}),
};

const QList<ImportField> kSupplier = {
    f("name", true, {u"nom", u"fournisseur", u"raison sociale", u"supplier", u"company"}),
    f("contact", false, {u"interlocuteur", u"contact name"}),
    f("email", false, {u"courriel", u"e-mail", u"mail"}),
    f("phone", false, {u"telephone", u"téléphone", u"tel", u"tél"}),
    f("address", false, {u"adresse", u"rue", u"street"}),
    f("postal_code", false, {u"code postal", u"cp", u"postal code", u"postcode", u"zip"}),
    f("city", false, {u"ville", u"commune", u"town"}),
};

const QList<ImportField> kStockMove = {
    f("sku", false, {u"reference", u"référence", u"ref", u"code article", u"article"}),
    f("ean13", false, {u"ean", u"ean 13", u"code barres", u"code-barres", u"barcode", u"gtin"}),
    f("quantity", true, {u"quantite", u"quantité", u"qte", u"qté", u"qty"}),
    f("kind", false, {u"type", u"mouvement", u"nature", u"move type"}),
    f("reason", false, {u"motif", u"raison", u"commentaire", u"comment"}),
    f("supplier", false, {u"fournisseur", u"vendor"}),
    f("at", false, {u"date", u"date mouvement", u"horodatage", u"when", u"timestamp"}),
};

/** The customer of a sale, appointment or complaint: a generic key (e-mail, card or phone, told
 * apart as the till does) or a column per kind of key. */
QList<ImportField> customerKeyFields()
{
    return {
        f("customer", false, {u"client", u"code client", u"customer key", u"cle client"}),
        f("customer_email", false, {u"email client", u"courriel client", u"e-mail client", u"mail client",
                                    u"customer email", u"email", u"e-mail", u"courriel", u"mail"}),
        f("customer_card", false, {u"carte client", u"carte", u"carte fidelite", u"carte de fidelite",
                                   u"numero de carte", u"card", u"loyalty card", u"card number", u"loyalty_card"}),
        f("customer_phone", false, {u"telephone client", u"tel client", u"customer phone", u"telephone",
                                    u"téléphone", u"tel", u"tél", u"phone", u"portable", u"mobile"}),
    };
}

const QList<ImportField> kSaleHead = {
    f("sale_key", true, {u"numero de vente", u"numero vente", u"num vente", u"vente", u"ticket", u"numero ticket",
                         u"numero de ticket", u"num ticket", u"no ticket", u"id vente", u"facture",
                         u"numero facture", u"sale", u"sale number", u"sale id", u"receipt", u"receipt number",
                         u"ticket number", u"external number", u"invoice number"}),
    f("sold_at", true, {u"date", u"date vente", u"date de vente", u"date heure", u"horodatage", u"date et heure",
                        u"sale date", u"sold", u"datetime", u"date time", u"timestamp", u"at"}),
};

const QList<ImportField> kSale = kSaleHead + customerKeyFields() + QList<ImportField>{
    f("sku", false, {u"reference", u"référence", u"ref", u"code article", u"article", u"item code", u"product code"}),
    f("ean13", false, {u"ean", u"ean 13", u"code barres", u"code-barres", u"codebarre", u"barcode", u"gtin"}),
    f("quantity", true, {u"quantite", u"quantité", u"qte", u"qté", u"qty", u"nombre"}),
    f("unit_price", true, {u"prix unitaire", u"prix unitaire ttc", u"pu ttc", u"pu", u"prix", u"prix ttc",
                           u"price", u"unit price", u"unit price incl vat"}),
    f("discount", false, {u"remise", u"remise ttc", u"reduction", u"réduction", u"rabais", u"discount"}),
    f("vat_rate", false, {u"tva", u"taux tva", u"taux de tva", u"vat", u"vat rate", u"tax rate"}),
    f("payment_method", false, {u"paiement", u"mode de paiement", u"moyen de paiement", u"reglement", u"règlement",
                                u"mode de reglement", u"payment", u"payment method", u"paid by", u"method"}),
    f("staff_login", false, {u"vendeur", u"vendeuse", u"caissier", u"login", u"identifiant", u"utilisateur",
                             u"staff", u"seller", u"cashier", u"user", u"staff member"}),
    f("payments", false, {u"paiements", u"reglements", u"règlements", u"detail paiement", u"détail paiement",
                          u"detail des paiements", u"détail des paiements", u"split payments"}),
};

const QList<ImportField> kAppointment = customerKeyFields() + QList<ImportField>{
    f("staff_login", true, {u"conseiller", u"conseillere", u"vendeur", u"vendeuse", u"login", u"identifiant",
                            u"utilisateur", u"staff", u"employee", u"user", u"staff member", u"with"}),
    f("starts_at", true, {u"debut", u"début", u"date", u"date debut", u"date de debut", u"heure debut", u"date rdv",
                          u"date du rendez-vous", u"start", u"start time", u"starts", u"begins", u"when"}),
    f("ends_at", false, {u"fin", u"date fin", u"date de fin", u"heure fin", u"end", u"end time", u"ends"}),
    f("duration", false, {u"duree", u"durée", u"duree min", u"duree minutes", u"minutes", u"duration",
                          u"duration min", u"length"}),
    f("subject", true, {u"objet", u"motif", u"raison", u"sujet", u"reason", u"purpose", u"title"}),
    f("notes", false, {u"note", u"remarques", u"commentaire", u"commentaires", u"comment", u"comments"}),
    f("status", false, {u"statut", u"etat", u"état", u"state"}),
};

const QList<ImportField> kComplaint = customerKeyFields() + QList<ImportField>{
    f("category", true, {u"categorie", u"catégorie", u"type", u"motif", u"nature", u"kind"}),
    f("subject", false, {u"objet", u"sujet", u"titre", u"title", u"summary"}),
    f("description", false, {u"detail", u"détail", u"details", u"texte", u"text", u"comment"}),
    f("opened_at", true, {u"date", u"date ouverture", u"date d ouverture", u"ouverte le", u"date reclamation",
                          u"date de la reclamation", u"opened", u"opened on", u"date opened", u"when"}),
    f("status", false, {u"statut", u"etat", u"état", u"state"}),
    f("resolution", false, {u"résolution", u"solution", u"reponse", u"réponse", u"answer"}),
    f("satisfaction", false, {u"note satisfaction", u"note de satisfaction", u"note", u"score", u"rating"}),
    f("resolved_at", false, {u"date resolution", u"date de resolution", u"resolue le", u"resolved", u"resolved on"}),
    f("closed_at", false, {u"date cloture", u"date de cloture", u"cloturee le", u"fermee le", u"closed",
                           u"closed on"}),
    f("staff_login", false, {u"assigne a", u"assignee a", u"responsable", u"suivi par", u"login", u"assigned to",
                             u"assignee", u"owner"}),
};

} // namespace

const QList<ImportField> &ColumnMapping::fields(ImportEntity entity)
{
    switch (entity) {
    case ImportEntity::Customers: return kCustomer;
    case ImportEntity::Products: return kProduct;
    case ImportEntity::Suppliers: return kSupplier;
    case ImportEntity::StockMoves: return kStockMove;
    case ImportEntity::Sales: return kSale;
    case ImportEntity::Appointments: return kAppointment;
    case ImportEntity::Complaints: return kComplaint;
    }
    return kCustomer;
}

QStringList ColumnMapping::fieldNames(ImportEntity entity)
{
    QStringList out;
    for (const ImportField &field : fields(entity))
        out.append(field.name);
    return out;
}

ImportMapping ColumnMapping::guess(ImportEntity entity, const CsvHeader &header)
{
    ImportMapping mapping;
    QSet<int> used;
    // Exact field names first, so "name" as a column goes to the field "name" before an alias takes it.
    for (int pass = 0; pass < 2; ++pass) {
        for (const ImportField &field : fields(entity)) {
            if (mapping.contains(field.name))
                continue;
            const QStringList candidates = pass == 0 ? QStringList{field.name} : field.aliases;
            for (const QString &candidate : candidates) {
                const int index = header.indexOf(candidate);
                if (index >= 0 && !used.contains(index)) {
                    mapping.insert(field.name, header.names().at(index));
                    used.insert(index);
                    break;
                }
            }
        }
    }
    return mapping;
}

QList<int> ColumnMapping::resolve(ImportEntity entity, const CsvHeader &header, const ImportMapping &mapping,
                                  qint64 headerLine, QList<ImportProblem> &problems)
{
    const QList<ImportField> &list = fields(entity);
    QList<int> indexes(list.size(), -1);
    for (auto it = mapping.begin(); it != mapping.end(); ++it) {
        int position = -1;
        for (int i = 0; i < list.size(); ++i) {
            if (list.at(i).name == it.key())
                position = i;
        }
        if (position < 0) {
            problems.append({headerLine, it.value(), ColumnMappingText::tr("no field called \"%1\" for this kind of file").arg(it.key())});
            continue;
        }
        if (it.value().isEmpty())
            continue;
        const int index = header.indexOf(it.value());
        if (index < 0) {
            problems.append({headerLine, it.value(), ColumnMappingText::tr("the file has no column \"%1\"").arg(it.value())});
            continue;
        }
        indexes[position] = index;
    }
    for (int i = 0; i < list.size(); ++i) {
        if (list.at(i).required && indexes.at(i) < 0)
            problems.append({headerLine, list.at(i).name, ColumnMappingText::tr("required column missing: %1").arg(list.at(i).name)});
    }
    return indexes;
}

} // namespace comptoir
