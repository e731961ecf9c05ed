#pragma once

#include <span>

namespace comptoir::demo {

/** How a product name is completed after "{family} {variant}". */
enum class NameSuffix { None, Colour, Collection, Size, Edition, Weight, Volume };

/**
 * A shelf of the store. `breadth` sets its share of the catalogue, `weight` its share of
 * the sales, `season` a per-mille multiplier for each month (January first).
 */
struct DemoCategory {
    const char *name; ///< UTF-8
    const char *skuPrefix;
    int vatRateBp;
    int breadth;
    int weight;
    int season[12];
};

/** A kind of article within a category; prices in cents, VAT included. */
struct DemoFamily {
    int category; ///< index into demoCategories()
    const char *name;
    int minCents;
    int maxCents;
    const char *variants; ///< '|'-separated: materials, scents, flavours, titles...
    NameSuffix suffix;
};

/** A supplier of one category (fictional firms in real towns). */
struct DemoSupplier {
    int category;
    const char *name;
    const char *contact;
    const char *email;
    const char *phone; ///< national form, e.g. "04 78 42 15 63"
    const char *address;
    const char *postalCode;
    const char *city;
    int leadDays; ///< open days between an order and its delivery
};

std::span<const DemoCategory> demoCategories();
std::span<const DemoFamily> demoFamilies();
std::span<const DemoSupplier> demoSuppliers();
/** Colours ("vert sauge"), collection names ("Fourvière"), sizes, book editions, weights and volumes. */
std::span<const char *const> demoColours();
std::span<const char *const> demoCollections();
std::span<const char *const> demoSizes();
std::span<const char *const> demoEditions();
std::span<const char *const> demoWeights();
std::span<const char *const> demoVolumes();

} // namespace comptoir::demo
