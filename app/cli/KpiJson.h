#pragma once

#include "domain/KpiTypes.h"

#include <QString>

namespace comptoir::cli {

/**
 * A snapshot as indented JSON for scripts: every tile's current / previous / yearBefore
 * value as integers (cents, basis points, *Milli ×1000, minutes), the revenue series and
 * the breakdowns (revenue by staff only when the session may see it).
 */
QString kpiJson(const KpiSnapshot &snapshot);

} // namespace comptoir::cli
