#include "demo/DemoPlaces.h"

namespace comptoir::demo {

namespace {

constexpr DemoCity kCities[] = {
    {"Lyon", "69001", "47", 60},
    {"Lyon", "69002", "47", 70},
    {"Lyon", "69003", "47", 110},
    {"Lyon", "69004", "47", 60},
    {"Lyon", "69005", "47", 60},
    {"Lyon", "69006", "47", 90},
    {"Lyon", "69007", "47", 100},
    {"Lyon", "69008", "47", 80},
    {"Lyon", "69009", "47", 65},
    {"Villeurbanne", "69100", "47", 120},
    {"Caluire-et-Cuire", "69300", "47", 40},
    {"Vénissieux", "69200", "47", 40},
    {"Bron", "69500", "47", 30},
    {"Vaulx-en-Velin", "69120", "47", 30},
    {"Saint-Priest", "69800", "47", 28},
    {"Oullins", "69600", "47", 25},
    {"Sainte-Foy-lès-Lyon", "69110", "47", 25},
    {"Écully", "69130", "47", 20},
    {"Tassin-la-Demi-Lune", "69160", "47", 22},
    {"Rillieux-la-Pape", "69140", "47", 20},
    {"Décines-Charpieu", "69150", "47", 20},
    {"Meyzieu", "69330", "47", 18},
    {"Saint-Genis-Laval", "69230", "47", 16},
    {"Francheville", "69340", "47", 12},
    {"Chassieu", "69680", "47", 9},
    {"Limonest", "69760", "47", 6},
    {"Champagne-au-Mont-d'Or", "69410", "47", 6},
    {"Saint-Didier-au-Mont-d'Or", "69370", "47", 6},
    {"Saint-Fons", "69190", "47", 10},
    {"Givors", "69700", "47", 8},
    {"Villefranche-sur-Saône", "69400", "47", 14},
    {"Neuville-sur-Saône", "69250", "47", 6},
    {"Brignais", "69530", "47", 6},
    {"L'Arbresle", "69210", "47", 4},
    {"Saint-Étienne", "42000", "47", 10},
    {"Vienne", "38200", "47", 7},
    {"Bourgoin-Jallieu", "38300", "47", 5},
    {"Grenoble", "38000", "47", 7},
    {"Bourg-en-Bresse", "01000", "47", 5},
    {"Mâcon", "71000", "38", 4},
    {"Annecy", "74000", "45", 4},
    {"Chambéry", "73000", "47", 3},
    {"Valence", "26000", "47", 3},
    {"Clermont-Ferrand", "63000", "47", 2},
    {"Dijon", "21000", "38", 2},
    {"Paris", "75011", "14", 3},
    {"Paris", "75015", "14", 2},
    {"Marseille", "13006", "49", 2},
    {"Montpellier", "34000", "46", 1},
    {"Lille", "59000", "32", 1},
    {"Nantes", "44000", "24", 1},
    {"Bordeaux", "33000", "55", 1},
    {"Strasbourg", "67000", "38", 1},
    {"Besançon", "25000", "38", 1},
    {"Aix-les-Bains", "73100", "47", 1},
};

constexpr DemoEmailDomain kEmailDomains[] = {
    {"gmail.com", 340}, {"orange.fr", 140}, {"free.fr", 90},   {"hotmail.fr", 80}, {"yahoo.fr", 55},
    {"laposte.net", 50}, {"sfr.fr", 45},    {"outlook.fr", 45}, {"wanadoo.fr", 40}, {"icloud.com", 35},
    {"hotmail.com", 25}, {"live.fr", 20},   {"neuf.fr", 12},    {"proton.me", 8},   {"bbox.fr", 8},
    {"aliceadsl.fr", 5},
};

} // namespace

std::span<const DemoCity> demoCities()
{
    return kCities;
}

std::span<const DemoEmailDomain> demoEmailDomains()
{
    return kEmailDomains;
}

} // namespace comptoir::demo
