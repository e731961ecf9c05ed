#include "demo/DemoCatalogue.h"

namespace comptoir::demo {

namespace {

enum Category { Deco, Table, Linen, Lights, Candles, Paper, Books, Grocery, Kids, Jewels, Plants, Christmas };

constexpr DemoCategory kCategories[] = {
    {"Décoration", "DEC", 2000, 16, 18, {900, 850, 950, 1000, 1000, 950, 850, 750, 950, 1000, 1150, 1500}},
    {"Art de la table", "TAB", 2000, 14, 15, {900, 850, 900, 1000, 1100, 1100, 900, 750, 900, 950, 1100, 1500}},
    {"Linge de maison", "LIN", 2000, 10, 10, {1400, 1000, 900, 900, 900, 850, 800, 700, 1000, 1100, 1150, 1300}},
    {"Luminaires", "LUM", 2000, 6, 7, {1000, 900, 850, 800, 750, 700, 650, 600, 900, 1200, 1400, 1600}},
    {"Bougies et senteurs", "BOU", 2000, 10, 12, {900, 850, 850, 800, 800, 700, 600, 550, 900, 1300, 1600, 2200}},
    {"Papeterie", "PAP", 2000, 10, 10, {1300, 800, 800, 800, 800, 800, 800, 900, 1400, 900, 1200, 2000}},
    {"Livres", "LIV", 550, 8, 6, {800, 800, 850, 900, 900, 900, 1000, 1000, 900, 900, 1200, 2200}},
    {"Épicerie fine", "EPI", 550, 8, 8, {800, 750, 800, 900, 800, 700, 650, 600, 800, 900, 1400, 3000}},
    {"Enfants", "ENF", 2000, 6, 6, {700, 700, 750, 900, 800, 800, 800, 700, 800, 900, 1400, 3000}},
    {"Bijoux et accessoires", "BIJ", 2000, 6, 6, {900, 1200, 900, 900, 1400, 1100, 900, 800, 900, 900, 1100, 1800}},
    {"Plantes", "PLA", 1000, 3, 4, {500, 600, 1200, 1800, 2000, 1300, 800, 500, 900, 700, 600, 700}},
    {"Noël", "NOE", 2000, 3, 4, {30, 0, 0, 0, 0, 0, 0, 0, 20, 300, 2500, 9000}},
};

constexpr DemoFamily kFamilies[] = {
    {Deco, "Vase", 1290, 8900, "en grès émaillé|en verre soufflé|en céramique|en terre cuite|en porcelaine|en verre recyclé", NameSuffix::Colour},
    {Deco, "Photophore", 790, 3900, "en verre martelé|en verre fumé|en métal doré|en céramique ajourée|en rotin", NameSuffix::Colour},
    {Deco, "Cadre photo", 990, 4500, "en bois de chêne|en laiton|en velours|en bois flotté|en métal noir", NameSuffix::Size},
    {Deco, "Miroir", 3900, 24900, "rond en rotin|soleil en métal doré|ovale en chêne|rectangulaire en laiton|en bois flotté", NameSuffix::Size},
    {Deco, "Coussin", 1990, 5900, "en lin lavé|en velours côtelé|en coton brodé|en laine bouclette|en jute", NameSuffix::Colour},
    {Deco, "Panier", 1490, 6900, "en osier|en jonc de mer|en rotin tressé|en feuille de palmier|en corde de coton", NameSuffix::Size},
    {Deco, "Statuette", 1990, 8900, "lièvre en résine|oiseau en céramique|main en plâtre|éléphant en bois|chat en grès", NameSuffix::Colour},
    {Deco, "Bougeoir", 890, 4900, "en laiton|en marbre|en céramique|en bois tourné|en fer forgé", NameSuffix::Colour},
    {Deco, "Horloge murale", 2990, 11900, "en bois|en métal|en rotin|en verre|en céramique", NameSuffix::Size},
    {Deco, "Vide-poche", 690, 2900, "en céramique|en laiton|en cuir|en terrazzo|en marbre", NameSuffix::Colour},
    {Deco, "Bouquet de fleurs séchées", 1590, 5900, "champêtre|pampa et lunaria|eucalyptus|hortensias|lavande", NameSuffix::Size},
    {Deco, "Affiche encadrée", 2490, 9900, "Lyon vu du ciel|Vieux-Lyon|Fourvière|Croix-Rousse|Bouchon lyonnais|Parc de la Tête d'Or", NameSuffix::Size},
    {Table, "Assiette plate", 690, 2900, "en grès|en porcelaine|en faïence|en céramique artisanale|en grès émaillé", NameSuffix::Colour},
    {Table, "Assiette creuse", 690, 2700, "en grès|en porcelaine|en faïence|en céramique artisanale", NameSuffix::Colour},
    {Table, "Bol", 490, 1990, "en grès|en porcelaine|en céramique|en bois d'olivier", NameSuffix::Colour},
    {Table, "Mug", 690, 1890, "en grès|en porcelaine|en faïence|en céramique émaillée", NameSuffix::Colour},
    {Table, "Tasse et sous-tasse", 890, 2490, "en porcelaine|en grès|en faïence", NameSuffix::Colour},
    {Table, "Carafe", 1490, 4900, "en verre soufflé|en verre recyclé|en cristal|en grès", NameSuffix::Colour},
    {Table, "Verre à eau", 390, 1490, "en verre soufflé|en verre recyclé|en cristal|strié", NameSuffix::Colour},
    {Table, "Saladier", 1990, 5900, "en grès|en bois d'olivier|en céramique|en verre", NameSuffix::Size},
    {Table, "Plat à gratin", 1990, 4900, "en grès|en céramique|en fonte émaillée", NameSuffix::Size},
    {Table, "Théière", 2490, 7900, "en fonte|en porcelaine|en grès|en verre", NameSuffix::Colour},
    {Table, "Planche à découper", 1490, 5900, "en bois d'olivier|en chêne|en noyer|en marbre|en hêtre", NameSuffix::Size},
    {Table, "Coffret de 4 couverts", 2990, 8900, "en inox brossé|en laiton|manche en bois|manche en corne", NameSuffix::Collection},
    {Linen, "Plaid", 3490, 12900, "en laine|en coton tissé|en laine mérinos|en mohair|en cachemire", NameSuffix::Colour},
    {Linen, "Nappe", 2990, 8900, "en lin lavé|en coton enduit|en lin brodé|en jacquard", NameSuffix::Size},
    {Linen, "Torchon", 590, 1590, "en lin|en coton nid d'abeille|en métis lin-coton|à carreaux", NameSuffix::Colour},
    {Linen, "Serviette de table", 490, 1490, "en lin lavé|en coton|en gaze de coton", NameSuffix::Colour},
    {Linen, "Housse de coussin", 1290, 3490, "en lin|en velours|en coton brodé|en gaze de coton", NameSuffix::Colour},
    {Linen, "Drap de bain", 1990, 5490, "en coton bio|en nid d'abeille|en éponge bouclette|en fouta", NameSuffix::Colour},
    {Linen, "Parure de lit", 6900, 18900, "en lin lavé|en percale de coton|en gaze de coton|en satin de coton", NameSuffix::Colour},
    {Linen, "Tablier", 1990, 3990, "en lin|en coton épais|en toile de chanvre", NameSuffix::Colour},
    {Linen, "Chemin de table", 1490, 3990, "en lin|en jute|en coton tissé|en velours", NameSuffix::Colour},
    {Lights, "Lampe à poser", 4900, 24900, "en céramique|en laiton|en verre opalin|en bois tourné|en rotin", NameSuffix::Colour},
    {Lights, "Suspension", 5900, 29900, "en rotin|en papier washi|en lin|en bambou|en métal perforé", NameSuffix::Size},
    {Lights, "Applique", 3900, 14900, "en laiton|en plâtre|en céramique|en verre", NameSuffix::Colour},
    {Lights, "Lampe baladeuse", 2490, 6900, "en métal|en verre|en bois", NameSuffix::Colour},
    {Lights, "Guirlande lumineuse", 1490, 4900, "boules coton|perles de verre|LED cuivrées|étoiles en papier", NameSuffix::Size},
    {Lights, "Lanterne", 2490, 8900, "en métal|en bois|en bambou|en verre", NameSuffix::Size},
    {Candles, "Bougie parfumée", 1290, 4900, "figue|fleur de coton|bois de santal|vanille|ambre|thé blanc|feu de bois|mimosa|verveine|cèdre|néroli|lavande", NameSuffix::Weight},
    {Candles, "Diffuseur de parfum", 1990, 5900, "figue|fleur de coton|bois de santal|thé blanc|cèdre|fleur d'oranger|ambre", NameSuffix::Volume},
    {Candles, "Recharge diffuseur", 1490, 3490, "figue|fleur de coton|bois de santal|thé blanc|cèdre|fleur d'oranger", NameSuffix::Volume},
    {Candles, "Savon", 450, 1290, "au lait d'ânesse|à l'huile d'olive|au miel|à la lavande|au karité|à la rose", NameSuffix::Weight},
    {Candles, "Brume d'oreiller", 1490, 2990, "lavande|camomille|fleur d'oranger|verveine", NameSuffix::Volume},
    {Candles, "Fondant parfumé", 590, 1290, "vanille|figue|ambre|mimosa|fleur de coton", NameSuffix::None},
    {Candles, "Coffret de bougies", 2990, 6900, "trio d'hiver|trio d'été|Provence|Orient|forêt", NameSuffix::None},
    {Paper, "Carnet", 590, 2490, "ligné|à pois|uni|pointillé|quadrillé", NameSuffix::Collection},
    {Paper, "Agenda", 1290, 3490, "semainier|journalier|mensuel|perpétuel", NameSuffix::Collection},
    {Paper, "Carte de vœux", 290, 590, "dorée à chaud|aquarelle|illustrée|en papier recyclé|brodée", NameSuffix::Collection},
    {Paper, "Carte d'anniversaire", 290, 590, "dorée à chaud|pop-up|illustrée|à paillettes", NameSuffix::Collection},
    {Paper, "Calendrier", 990, 2490, "mural|de bureau|perpétuel|à gratter", NameSuffix::Collection},
    {Paper, "Papier cadeau", 390, 990, "kraft|à motifs|métallisé|en papier recyclé", NameSuffix::Colour},
    {Paper, "Stylo plume", 1490, 6900, "laqué|en bois|en laiton|en résine", NameSuffix::Colour},
    {Paper, "Album photo", 1990, 4900, "en lin|en cuir|en kraft|en velours", NameSuffix::Colour},
    {Books, "Livre de cuisine", 1490, 3900, "« Saveurs lyonnaises »|« Cuisine de saison »|« Le goût du marché »|« Desserts de grand-mère »|« Tout en bocaux »|« Petits plats du dimanche »|« Une année de pâtisserie »|« Apéros entre amis »", NameSuffix::Edition},
    {Books, "Beau livre", 2900, 5900, "« Lyon, ville lumière »|« Maisons de famille »|« Jardins secrets de France »|« L'art du bouquet »|« Intérieurs scandinaves »|« Céramistes d'aujourd'hui »|« La Provence intime »", NameSuffix::Edition},
    {Books, "Album jeunesse", 990, 1890, "« Le petit renard de Fourvière »|« Lulu et la lanterne »|« Mon imagier des saisons »|« La baleine qui chantait »|« Bonne nuit petit hérisson »|« Le grand voyage de Zoé »", NameSuffix::Edition},
    {Books, "Guide", 1290, 2490, "« Lyon secret »|« Balades en Beaujolais »|« Les bouchons lyonnais »|« Week-ends en Auvergne-Rhône-Alpes »|« Marchés de Provence »", NameSuffix::Edition},
    {Books, "Roman", 790, 2290, "« Les Canuts »|« La maison de la Saône »|« L'été des lucioles »|« Le dernier bouchon »|« Une soie pour Hélène »|« La traboule »", NameSuffix::Edition},
    {Books, "Livre de jardinage", 1490, 2990, "« Mon potager sur le balcon »|« Plantes d'intérieur faciles »|« Le jardin au naturel »|« Bouquets du jardin »", NameSuffix::Edition},
    {Grocery, "Confiture", 550, 990, "abricot|framboise|figue|fraise des bois|orange amère|myrtille|mirabelle|châtaigne|poire-vanille|cerise noire", NameSuffix::Weight},
    {Grocery, "Thé", 890, 2490, "vert jasmin|noir earl grey|blanc pêche|rooibos vanille|Darjeeling|Sencha|chaï épicé|fumé Lapsang", NameSuffix::Weight},
    {Grocery, "Infusion", 690, 1490, "verveine|camomille|tilleul menthe|fleur d'oranger|hibiscus", NameSuffix::Weight},
    {Grocery, "Tablette de chocolat", 390, 890, "noir 70 %|au lait noisettes|praliné|noir fleur de sel|blanc framboise|noir orange", NameSuffix::Weight},
    {Grocery, "Miel", 790, 1690, "d'acacia|de lavande|de châtaignier|toutes fleurs|de montagne", NameSuffix::Weight},
    {Grocery, "Biscuits", 490, 990, "sablés au beurre|croquants aux amandes|palets bretons|tuiles aux amandes|navettes", NameSuffix::Weight},
    {Grocery, "Pâte à tartiner", 690, 1290, "noisette|praliné|caramel beurre salé|pistache", NameSuffix::Weight},
    {Grocery, "Coffret gourmand", 2490, 7900, "Lyonnais|Provence|chocolats|thés du monde|petit-déjeuner", NameSuffix::None},
    {Kids, "Peluche", 1490, 4900, "renard|lapin|ours|éléphant|licorne|baleine|hérisson|chouette|lion|koala", NameSuffix::Size},
    {Kids, "Doudou", 1290, 2990, "lapin|ours|renard|chat|mouton", NameSuffix::Colour},
    {Kids, "Puzzle", 990, 3490, "en bois|géant|magnétique|d'observation", NameSuffix::Collection},
    {Kids, "Jeu en bois", 1490, 5900, "à empiler|de construction|à tirer|de laçage|d'équilibre", NameSuffix::Collection},
    {Kids, "Veilleuse", 1990, 4900, "lune|étoile|nuage|lapin|champignon", NameSuffix::Colour},
    {Kids, "Boîte à musique", 1990, 3990, "carrousel|ballerine|manivelle|bois peint", NameSuffix::Collection},
    {Kids, "Jeu de société", 1490, 3990, "de mémoire|de cartes|coopératif|de lettres|d'adresse", NameSuffix::Collection},
    {Jewels, "Foulard", 2490, 8900, "en soie|en modal|en coton|en laine fine", NameSuffix::Colour},
    {Jewels, "Boucles d'oreilles", 1490, 5900, "créoles en laiton doré|pendantes en perles|puces en argent|en résine|en céramique", NameSuffix::Collection},
    {Jewels, "Collier", 1990, 7900, "en laiton doré|en argent|en perles de verre|médaille gravée", NameSuffix::Collection},
    {Jewels, "Bracelet", 1290, 4900, "jonc en laiton|en perles|cordon tressé|chaîne en argent", NameSuffix::Collection},
    {Jewels, "Trousse", 1490, 3490, "en coton matelassé|en velours|en toile enduite|en cuir", NameSuffix::Colour},
    {Jewels, "Porte-clés", 690, 1990, "en cuir|en laiton|pompon|en bois", NameSuffix::Colour},
    {Jewels, "Sac cabas", 2490, 8900, "en raphia|en toile|en cuir|en coton recyclé", NameSuffix::Colour},
    {Jewels, "Pochette", 1990, 5900, "en velours|en lin|en cuir|brodée", NameSuffix::Colour},
    {Plants, "Plante verte", 1290, 5900, "Monstera|Pilea|Calathea|Ficus|Pothos|Sansevieria|Zamioculcas|Philodendron|Fougère de Boston", NameSuffix::Size},
    {Plants, "Orchidée", 1990, 4900, "Phalaenopsis blanche|Phalaenopsis rose|Cymbidium|Vanda", NameSuffix::Size},
    {Plants, "Cactus", 590, 2490, "Echinopsis|Mammillaria|Opuntia|Cierge du Pérou", NameSuffix::Size},
    {Plants, "Plante aromatique", 390, 990, "basilic|menthe|thym|romarin|ciboulette|persil", NameSuffix::Size},
    {Plants, "Olivier en pot", 2990, 12900, "jeune|en boule|en tige", NameSuffix::Size},
    {Christmas, "Boule de Noël", 390, 1490, "en verre|en feutrine|pailletée|en bois peint|en papier mâché|dorée|argentée", NameSuffix::Colour},
    {Christmas, "Guirlande de Noël", 990, 3490, "en perles de bois|en feutrine|en papier|de sapin artificielle", NameSuffix::Colour},
    {Christmas, "Étoile de sapin", 990, 2990, "dorée|en bois|en paille|lumineuse", NameSuffix::None},
    {Christmas, "Calendrier de l'Avent", 1490, 4900, "en bois|en tissu|à remplir|gourmand", NameSuffix::Collection},
    {Christmas, "Santon de Provence", 890, 3900, "berger|meunier|lavandière|boulanger|ravi|Rois mages|ange Boufareù", NameSuffix::Size},
    {Christmas, "Couronne de l'Avent", 2490, 5900, "en sapin|en eucalyptus|en bois|en houx", NameSuffix::Size},
    {Christmas, "Village de Noël lumineux", 2990, 8900, "en céramique|en bois|en résine", NameSuffix::Collection},
    {Christmas, "Chaussette de Noël", 990, 2490, "en tricot|en feutrine|en velours", NameSuffix::Colour},
};

constexpr DemoSupplier kDemoSuppliers[] = {
    {Deco, "Atelier Grès de Bourgogne", "Mathilde Perrot", "commandes@gres-bourgogne.fr", "03 80 45 12 78", "14 rue des Potiers", "21000", "Dijon", 4},
    {Deco, "Verrerie d'Alsace", "Jean-Luc Kieffer", "pro@verrerie-alsace.fr", "03 89 23 56 14", "3 route du Vin", "68000", "Colmar", 5},
    {Deco, "Rotins & Compagnie", "Karine Bonnaud", "contact@rotins-compagnie.fr", "04 91 33 72 08", "87 boulevard National", "13003", "Marseille", 6},
    {Table, "Faïencerie du Beaujolais", "Gérard Thévenet", "ventes@faiencerie-beaujolais.fr", "04 74 65 21 90", "5 chemin des Vignes", "69400", "Villefranche-sur-Saône", 3},
    {Table, "Porcelaines de la Vienne", "Sophie Delage", "b2b@porcelaines-vienne.fr", "05 55 32 18 47", "22 avenue Baudin", "87000", "Limoges", 5},
    {Table, "Coutellerie Thiernoise", "Pascal Chassagne", "contact@coutellerie-thiers.fr", "04 73 80 14 52", "9 rue de la Coutellerie", "63300", "Thiers", 4},
    {Linen, "Tissages du Haut-Jura", "Élodie Grandclément", "commandes@tissages-jura.fr", "03 84 45 30 11", "2 rue du Pré", "39200", "Saint-Claude", 5},
    {Linen, "Lin & Lavande", "Agnès Roubaud", "hello@lin-lavande.fr", "04 90 74 52 63", "11 place de la Bouquerie", "84400", "Apt", 6},
    {Lights, "Lumière d'Ainay", "Hugo Ferrand", "pro@lumiere-ainay.fr", "04 78 37 91 24", "18 rue d'Auvergne", "69002", "Lyon", 3},
    {Lights, "Éclairages des Alpes", "Nathalie Rey", "commandes@eclairages-alpes.fr", "04 76 43 88 09", "40 cours Berriat", "38000", "Grenoble", 5},
    {Candles, "Ciergerie des Cévennes", "Rémi Castanier", "contact@ciergerie-cevennes.fr", "04 66 52 47 30", "6 quai Boissier-de-Sauvages", "30100", "Alès", 5},
    {Candles, "Parfums de Grasse Diffusion", "Laetitia Giordano", "pro@parfums-grasse.fr", "04 93 36 25 81", "31 boulevard du Jeu-de-Ballon", "06130", "Grasse", 6},
    {Paper, "Papeterie des Canuts", "Clément Vial", "commandes@papeterie-canuts.fr", "04 78 28 63 17", "7 montée de la Grande-Côte", "69001", "Lyon", 2},
    {Paper, "Cartes & Compagnie", "Anne Le Bihan", "contact@cartes-compagnie.fr", "02 40 47 19 66", "15 rue Crébillon", "44000", "Nantes", 5},
    {Books, "Éditions du Confluent", "Bertrand Moulin", "diffusion@editions-confluent.fr", "04 72 41 06 55", "3 quai Rambaud", "69002", "Lyon", 3},
    {Books, "Diffusion Livres de France", "Cécile Aubry", "commandes@dlf-diffusion.fr", "01 43 26 88 41", "12 rue de l'Odéon", "75006", "Paris", 4},
    {Grocery, "Confiturerie de l'Ardèche", "Marion Chabal", "contact@confiturerie-ardeche.fr", "04 75 64 31 27", "Le Moulin", "07000", "Privas", 4},
    {Grocery, "Chocolaterie Bressane", "Olivier Bouvard", "pro@chocolaterie-bressane.fr", "04 74 22 56 38", "26 rue Notre-Dame", "01000", "Bourg-en-Bresse", 3},
    {Grocery, "Thés de la Croix-Rousse", "Lina Haddad", "commandes@thes-croixrousse.fr", "04 78 39 44 02", "50 boulevard de la Croix-Rousse", "69004", "Lyon", 2},
    {Kids, "Jouets en bois du Jura", "Damien Vuillet", "contact@jouets-jura.fr", "03 84 42 00 73", "1 route de Saint-Lupicin", "39260", "Moirans-en-Montagne", 5},
    {Kids, "Doudous de Normandie", "Claire Lemonnier", "pro@doudous-normandie.fr", "02 31 85 47 92", "8 rue Écuyère", "14000", "Caen", 6},
    {Jewels, "Atelier Bijoux Méditerranée", "Sarah Benhamou", "contact@bijoux-mediterranee.fr", "04 67 60 38 15", "4 rue de l'Aiguillerie", "34000", "Montpellier", 5},
    {Jewels, "Soieries Lyonnaises", "François Guinet", "ventes@soieries-lyonnaises.fr", "04 78 30 12 45", "21 rue Romarin", "69001", "Lyon", 3},
    {Plants, "Pépinières du Pilat", "Yves Granjon", "commandes@pepinieres-pilat.fr", "04 74 87 63 20", "La Croix de Chaubouret", "42410", "Pélussin", 3},
    {Plants, "Horticulture des Monts d'Or", "Émilie Besson", "contact@horticulture-montsdor.fr", "04 78 35 71 96", "12 chemin du Mont-Verdun", "69760", "Limonest", 2},
    {Christmas, "Santons de Provence Arnaud", "Henri Arnaud", "atelier@santons-arnaud.fr", "04 42 03 27 58", "19 cours Voltaire", "13400", "Aubagne", 6},
    {Christmas, "Décors de fête des Vosges", "Jeanne Colin", "pro@decors-vosges.fr", "03 29 82 14 60", "33 quai de Dogneville", "88000", "Épinal", 5},
};

constexpr const char *kColours[] = {
    "blanc", "ivoire", "terracotta", "vert sauge", "bleu nuit", "rose poudré", "moutarde", "noir mat",
    "naturel", "gris perle", "ocre", "bleu canard", "vert olive", "brique", "lin", "caramel",
    "bleu ciel", "vert émeraude", "bordeaux", "sable",
};

constexpr const char *kCollections[] = {
    "« Fourvière »", "« Croix-Rousse »", "« Saône »", "« Bellecour »", "« Presqu'île »", "« Confluence »",
    "« Brotteaux »", "« Terreaux »", "« Ainay »", "« Saint-Jean »", "« Guignol »", "« Tête d'Or »",
    "« Canut »", "« Gerland »", "« Montchat »",
};

constexpr const char *kSizes[] = {
    "petit modèle", "moyen modèle", "grand modèle", "Ø 12 cm", "Ø 17 cm", "Ø 24 cm", "30 cm", "45 cm", "60 cm",
};

constexpr const char *kEditions[] = {"(broché)", "(relié)", "(poche)", "(édition illustrée)", "(édition collector)"};

constexpr const char *kWeights[] = {"50 g", "100 g", "125 g", "180 g", "250 g", "320 g"};

constexpr const char *kVolumes[] = {"50 ml", "100 ml", "200 ml", "250 ml", "500 ml"};

} // namespace

std::span<const DemoCategory> demoCategories()
{
    return kCategories;
}

std::span<const DemoFamily> demoFamilies()
{
    return kFamilies;
}

std::span<const DemoSupplier> demoSuppliers()
{
    return kDemoSuppliers;
}

std::span<const char *const> demoColours()
{
    return kColours;
}

std::span<const char *const> demoCollections()
{
    return kCollections;
}

std::span<const char *const> demoSizes()
{
    return kSizes;
}

std::span<const char *const> demoEditions()
{
    return kEditions;
}

std::span<const char *const> demoWeights()
{
    return kWeights;
}

std::span<const char *const> demoVolumes()
{
    return kVolumes;
}

} // namespace comptoir::demo
