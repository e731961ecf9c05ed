#pragma once

#include <span>

namespace comptoir::demo {

/** A town customers live in, with how often it comes up (the store is in Lyon). */
struct DemoCity {
    const char *name;       ///< UTF-8
    const char *postalCode;
    const char *landline;   ///< first two digits of its landline numbers after the 0 ("47": 04 7x)
    int weight;
};

/** An e-mail provider and how common it is among French customers. */
struct DemoEmailDomain {
    const char *domain;
    int weight;
};

/** Lyon's arrondissements, its suburbs, the region and a few far-away towns. */
std::span<const DemoCity> demoCities();
std::span<const DemoEmailDomain> demoEmailDomains();

} // namespace comptoir::demo
