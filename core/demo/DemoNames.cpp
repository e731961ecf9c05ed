#include "demo/DemoNames.h"

namespace comptoir::demo {

namespace {

QStringList fromUtf8(std::initializer_list<const char *> items)
{
    QStringList list;
    list.reserve(qsizetype(items.size()));
    for (const char *item : items)
        list.append(QString::fromUtf8(item));
    return list;
}

} // namespace

const QStringList &femaleFirstNames()
{
    static const QStringList names = fromUtf8({
        "Marie", "Camille", "Léa", "Manon", "Chloé", "Emma", "Inès", "Sarah", "Julie", "Laura",
        "Hélène", "Anaïs", "Céline", "Élodie", "Nathalie", "Isabelle", "Sophie", "Sandrine", "Valérie", "Christine",
        "Aurélie", "Émilie", "Mélanie", "Stéphanie", "Caroline", "Virginie", "Juliette", "Louise", "Jade", "Alice",
        "Zoé", "Lucie", "Clémence", "Margaux", "Noémie", "Maëlle", "Océane", "Gaëlle", "Agnès", "Françoise",
        "Brigitte", "Monique", "Geneviève", "Thérèse", "Bérénice", "Mathilde", "Pauline", "Charlotte", "Élise", "Léonie",
        "Éloïse", "Apolline", "Capucine", "Joséphine", "Rosalie", "Solène", "Anne-Sophie", "Marie-Claire", "Séverine", "Annick",
        "Cécile", "Florence", "Delphine", "Laëtitia", "Maïwenn", "Salomé", "Romane", "Ambre", "Lina", "Yasmine",
        "Fatima", "Amélie", "Estelle", "Danièle", "Josiane", "Ghislaine", "Sylvie", "Martine", "Chantal", "Odile",
    });
    return names;
}

const QStringList &maleFirstNames()
{
    static const QStringList names = fromUtf8({
        "Thomas", "Nicolas", "Julien", "Pierre", "Antoine", "Alexandre", "Maxime", "Lucas", "Hugo", "Louis",
        "Jérôme", "François", "Stéphane", "Sébastien", "Frédéric", "Clément", "Théo", "Mathéo", "Gaël", "Noé",
        "Benoît", "Rémi", "Grégoire", "Étienne", "Aurélien", "Cédric", "Jean-Pierre", "Jean-François", "Jean-Luc", "Michel",
        "Philippe", "Patrick", "Christophe", "Laurent", "Olivier", "Éric", "Gérard", "Hervé", "Thierry", "Pascal",
        "Raphaël", "Gabriel", "Arthur", "Jules", "Adrien", "Baptiste", "Valentin", "Quentin", "Romain", "Florian",
        "Joël", "Noël", "Loïc", "Anaël", "Maël", "Timothée", "Barthélemy", "Honoré", "Léon", "Célestin",
        "Mehdi", "Karim", "Youssef", "Samuel", "David", "Vincent", "Damien", "Guillaume", "Yann", "Bastien",
    });
    return names;
}

const QStringList &lastNames()
{
    static const QStringList names = fromUtf8({
        "Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand", "Leroy", "Moreau",
        "Simon", "Laurent", "Lefèvre", "Michel", "Garcia", "David", "Bertrand", "Roux", "Vincent", "Fournier",
        "Morel", "Girard", "André", "Mercier", "Dupont", "Lambert", "Bonnet", "François", "Martinez", "Legrand",
        "Garnier", "Faure", "Rousseau", "Blanc", "Guérin", "Muller", "Henry", "Roussel", "Nicolas", "Perrin",
        "Morin", "Mathieu", "Clément", "Gauthier", "Dumont", "Lopez", "Fontaine", "Chevalier", "Robin", "Masson",
        "Sanchez", "Gérard", "Nguyen", "Boyer", "Denis", "Lemaire", "Duval", "Joly", "Gaillard", "Brun",
        "Barbier", "Arnaud", "Rolland", "Renard", "Schmitt", "Roy", "Leroux", "Colin", "Vidal", "Caron",
        "Picard", "Roger", "Fabre", "Aubert", "Lemoine", "Renaud", "Dumas", "Lacroix", "Olivier", "Philippe",
        "Bourgeois", "Benoît", "Rey", "Leclerc", "Payet", "Lucas", "Brunet", "Dufour", "Blanchard", "Meunier",
        "Hébert", "Ménard", "Bérard", "Pélissier", "Thévenin", "Crépin", "Lévêque", "Séguin", "Bénard", "Prévost",
        "Périer", "Mégret", "Guillot", "Chabert", "Besançon", "Fléchet", "Gagnère", "Jacquemet", "Thévenet", "Brédy",
        "Dégrange", "Perrachon", "Chavanne", "Vérot", "Béal", "Ducrozet", "Guillermin", "Rivière", "Lefèbvre", "Lenôtre",
        "Château", "Delâge", "Pâris", "Forêt", "Fèvre", "Noël", "Lamotte", "Berthier", "Giraud", "Lagarde",
        "Benali", "Haddad", "Mansouri", "Ferreira", "Da Silva", "Rossi", "Bianchi", "Kowalski", "Tran", "Le Gall",
        "Le Goff", "Kerbrat", "N'Diaye", "D'Amico", "Saint-Martin", "Després", "Lesueur", "Boucher", "Gonzalez", "Marchand",
    });
    return names;
}

const QStringList &streetTypes()
{
    static const QStringList types = fromUtf8({
        "rue", "rue", "rue", "rue", "rue", "rue", "avenue", "avenue", "boulevard", "place",
        "quai", "cours", "montée", "chemin", "allée", "impasse", "route",
    });
    return types;
}

const QStringList &streetNames()
{
    static const QStringList names = fromUtf8({
        "de la République", "Mercière", "Victor-Hugo", "Édouard-Herriot", "Garibaldi", "Paul-Bert", "Duguesclin",
        "Vendôme", "Créqui", "de Marseille", "Saint-Jean", "du Bœuf", "de la Charité", "Auguste-Comte", "Sala",
        "Franklin", "de Brest", "Masséna", "Juliette-Récamier", "Cuvier", "Bossuet", "Servient", "Moncey", "Pasteur",
        "Jean-Jaurès", "Berthelot", "des Capucins", "Burdeau", "Royale", "Puits-Gaillot", "de la Croix-Rousse",
        "d'Austerlitz", "Hénon", "Chazière", "Saint-Vincent", "des Tables-Claudiennes", "de la Gare", "des Écoles",
        "du Moulin", "de l'Église", "des Lilas", "des Acacias", "du Général-de-Gaulle", "Émile-Zola", "Anatole-France",
        "des Tilleuls", "du Château", "de la Fontaine", "des Peupliers", "Gambetta", "Carnot", "de la Liberté",
        "Lamartine", "des Cerisiers", "du Stade", "de Verdun", "Jean-Moulin", "Louis-Pasteur", "des Marronniers",
        "Pierre-Dupont", "de Sèze", "Tronchet", "Vauban", "de Bonnel", "Molière", "de Créqui", "Sainte-Hélène",
        "des Glycines", "de la Saône", "du Rhône", "des Canuts", "de Fourvière", "de la Guillotière", "de Gerland",
    });
    return names;
}

const QStringList &customerNotes()
{
    static const QStringList notes = fromUtf8({
        "Préfère être contactée par SMS.",
        "Allergique aux parfums : éviter les bougies parfumées.",
        "Cliente fidèle depuis l'ouverture, aime les nouveautés en céramique.",
        "Liste de mariage ouverte en magasin.",
        "Collectionne les santons de Provence.",
        "Offre souvent des cadeaux d'entreprise en fin d'année.",
        "Demande à être prévenu(e) à l'arrivée de la nouvelle collection.",
        "Architecte d'intérieur : tarif professionnel à discuter avec la direction.",
        "Ne souhaite pas recevoir de courrier papier.",
        "Passe commande par téléphone, retrait en magasin.",
    });
    return notes;
}

} // namespace comptoir::demo
