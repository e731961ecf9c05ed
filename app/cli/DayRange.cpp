#include "DayRange.h"

#include "domain/Validation.h"

namespace comptoir::cli {

std::optional<DayRange> DayRange::fromArguments(const Arguments &args, QString &error)
{
    DayRange range;
    if (const auto text = args.value(QStringLiteral("from"))) {
        auto day = validation::date(*text, QStringLiteral("--from"));
        if (!day) {
            error = day.error().toString();
            return std::nullopt;
        }
        range.from = day->startOfDay().toUTC();
    }
    if (const auto text = args.value(QStringLiteral("to"))) {
        auto day = validation::date(*text, QStringLiteral("--to"));
        if (!day) {
            error = day.error().toString();
            return std::nullopt;
        }
        range.to = day->addDays(1).startOfDay().toUTC();
    }
    return range;
}

} // namespace comptoir::cli
