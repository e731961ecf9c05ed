#pragma once

#include "Arguments.h"

#include <QDateTime>

#include <optional>

namespace comptoir::cli {

/**
 * The --from DATE and --to DATE options as a UTC range [from, to): DATEs are local days
 * ("2026-11-24" or "24/11/2026"), --to included. Unset bounds stay invalid.
 */
struct DayRange {
    QDateTime from;
    QDateTime to;

    /** nullopt and `error` set when a date does not parse. */
    static std::optional<DayRange> fromArguments(const Arguments &args, QString &error);
};

} // namespace comptoir::cli
