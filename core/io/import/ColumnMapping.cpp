#include "io/import/ColumnMapping.h"

#include <QCoreApplication>
#include <QSet>

namespace comptoir {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("comptoir::ColumnMapping", text);
}

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

} // namespace

const QList<ImportField> &ColumnMapping::fields(ImportEntity entity)
{
    switch (entity) {
    case ImportEntity::Customers: return kCustomer;
    case ImportEntity::Products: return kProduct;
    case ImportEntity::Suppliers: return kSupplier;
    case ImportEntity::StockMoves: return kStockMove;
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
            problems.append({headerLine, it.value(), tr("no field called \"%1\" for this kind of file").arg(it.key())});
            continue;
        }
        if (it.value().isEmpty())
            continue;
        const int index = header.indexOf(it.value());
        if (index < 0) {
            problems.append({headerLine, it.value(), tr("the file has no column \"%1\"").arg(it.value())});
            continue;
        }
        indexes[position] = index;
    }
    for (int i = 0; i < list.size(); ++i) {
        if (list.at(i).required && indexes.at(i) < 0)
            problems.append({headerLine, list.at(i).name, tr("required column missing: %1").arg(list.at(i).name)});
    }
    return indexes;
}

} // namespace comptoir
