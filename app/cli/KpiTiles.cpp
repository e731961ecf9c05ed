#include "KpiTiles.h"

#include <QtGlobal>

namespace comptoir::cli {

namespace {

const KpiTile kTiles[] = {
    {"revenueCents", QT_TRANSLATE_NOOP("comptoir::cli::CmdKpi", "Revenue incl. VAT"), &KpiSnapshot::revenueCents, Unit::Money},
    {"revenueExclCents", QT_TRANSLATE_NOOP("comptoir::cli::CmdKpi", "Revenue excl. VAT"), &KpiSnapshot::revenueExclCents, Unit::Money},
    {"salesCount", QT_TRANSLATE_NOOP("comptoir::cli::CmdKpi", "Sales"), &KpiSnapshot::salesCount, Unit::Count},
    {"averageBasketCents", QT_TRANSLATE_NOOP("comptoir::cli::CmdKpi", "Average basket"), &KpiSnapshot::averageBasketCents, Unit::Money},
    {"itemsPerBasketMilli", QT_TRANSLATE_NOOP("comptoir::cli::CmdKpi", "Items per basket"), &KpiSnapshot::itemsPerBasketMilli, Unit::Milli},
    {"returnsCents", QT_TRANSLATE_NOOP("comptoir::cli::CmdKpi", "Returns"), &KpiSnapshot::returnsCents, Unit::Money},
    {"returnsRateBp", QT_TRANSLATE_NOOP("comptoir::cli::CmdKpi", "Returns rate"), &KpiSnapshot::returnsRateBp, Unit::Rate},
    {"newCustomers", QT_TRANSLATE_NOOP("comptoir::cli::CmdKpi", "New customers"), &KpiSnapshot::newCustomers, Unit::Count},
    {"returningCustomers", QT_TRANSLATE_NOOP("comptoir::cli::CmdKpi", "Returning customers"), &KpiSnapshot::returningCustomers, Unit::Count},
    {"lostCustomers", QT_TRANSLATE_NOOP("comptoir::cli::CmdKpi", "Lost customers"), &KpiSnapshot::lostCustomers, Unit::Count},
    {"newProspects", QT_TRANSLATE_NOOP("comptoir::cli::CmdKpi", "New prospects"), &KpiSnapshot::newProspects, Unit::Count},
    {"loyaltyShareBp", QT_TRANSLATE_NOOP("comptoir::cli::CmdKpi", "Loyalty members' share"), &KpiSnapshot::loyaltyShareBp, Unit::Rate},
    {"appointments", QT_TRANSLATE_NOOP("comptoir::cli::CmdKpi", "Appointments"), &KpiSnapshot::appointments, Unit::Count},
    {"noShowRateBp", QT_TRANSLATE_NOOP("comptoir::cli::CmdKpi", "No-show rate"), &KpiSnapshot::noShowRateBp, Unit::Rate},
    {"followedBySaleBp", QT_TRANSLATE_NOOP("comptoir::cli::CmdKpi", "Followed by a sale (7 days)"), &KpiSnapshot::followedBySaleBp, Unit::Rate},
    {"complaintsOpened", QT_TRANSLATE_NOOP("comptoir::cli::CmdKpi", "Complaints opened"), &KpiSnapshot::complaintsOpened, Unit::Count},
    {"complaintsOverdue", QT_TRANSLATE_NOOP("comptoir::cli::CmdKpi", "Complaints overdue"), &KpiSnapshot::complaintsOverdue, Unit::Count},
    {"meanResolveMinutes", QT_TRANSLATE_NOOP("comptoir::cli::CmdKpi", "Mean time to resolve (h)"), &KpiSnapshot::meanResolveMinutes, Unit::Minutes},
    {"satisfactionMilli", QT_TRANSLATE_NOOP("comptoir::cli::CmdKpi", "Mean satisfaction (/5)"), &KpiSnapshot::satisfactionMilli, Unit::Milli},
    {"productsUnderThreshold", QT_TRANSLATE_NOOP("comptoir::cli::CmdKpi", "Products under threshold"), &KpiSnapshot::productsUnderThreshold, Unit::Count},
    {"stockValueCents", QT_TRANSLATE_NOOP("comptoir::cli::CmdKpi", "Stock value"), &KpiSnapshot::stockValueCents, Unit::Money},
};

} // namespace

std::span<const KpiTile> kpiTiles()
{
    return kTiles;
}

} // namespace comptoir::cli
