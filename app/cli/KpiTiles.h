#pragma once
// The KPI tiles of `comptoir-cli kpi` (table and JSON): name, label, field, unit.
#include "domain/KpiTypes.h"

#include <span>

namespace comptoir::cli {

enum class Unit { Money, Count, Rate, Milli, Minutes };

struct KpiTile {
    const char *key;   ///< JSON name
    const char *label; ///< English source of the label (context comptoir::cli::CmdKpi)
    KpiValue KpiSnapshot::*value;
    Unit unit;
};

/** Every tile, in the dashboard's order. */
std::span<const KpiTile> kpiTiles();

} // namespace comptoir::cli
