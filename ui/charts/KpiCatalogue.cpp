#include "charts/KpiCatalogue.h"

#include <QCoreApplication>

namespace comptoir::ui {

namespace {

/** The translation context of this file's messages (lupdate reads it). */
struct KpiCatalogueText {
    Q_DECLARE_TR_FUNCTIONS(comptoir::ui::KpiCatalogue)
};

} // namespace

QString KpiDefinition::text(qint64 value, const KpiFormat &format) const
{
    switch (unit) {
    case Unit::Money:
        return format.money(value);
    case Unit::Count:
        return format.count(value);
    case Unit::BasisPoints:
        return format.percentFromBasisPoints(value);
    case Unit::Milli:
        return format.thousandths(value);
    case Unit::Minutes:
        return KpiCatalogue::duration(value, format);
    }
    return QString::number(value);
}

QString KpiCatalogue::duration(qint64 minutes, const KpiFormat &format)
{
    if (minutes < 60)
        return KpiCatalogueText::tr("%1 min").arg(format.count(minutes));
    if (minutes < 48 * 60)
        return KpiCatalogueText::tr("%1 h %2").arg(format.count(minutes / 60)).arg(minutes % 60, 2, 10, QLatin1Char('0'));
    return KpiCatalogueText::tr("%1 d").arg(format.locale().toString(double(minutes) / (24.0 * 60.0), 'f', 1));
}

QList<KpiDefinition> KpiCatalogue::all()
{
    using U = KpiDefinition::Unit;
    return {
        {QStringLiteral("revenue"), KpiCatalogueText::tr("Revenue incl. VAT"), U::Money, true, true, &KpiSnapshot::revenueCents},
        {QStringLiteral("revenueExcl"), KpiCatalogueText::tr("Revenue excl. VAT"), U::Money, true, true, &KpiSnapshot::revenueExclCents},
        {QStringLiteral("sales"), KpiCatalogueText::tr("Sales"), U::Count, true, true, &KpiSnapshot::salesCount},
        {QStringLiteral("averageBasket"), KpiCatalogueText::tr("Average basket"), U::Money, true, true, &KpiSnapshot::averageBasketCents},
        {QStringLiteral("itemsPerBasket"), KpiCatalogueText::tr("Items per basket"), U::Milli, true, true, &KpiSnapshot::itemsPerBasketMilli},
        {QStringLiteral("returns"), KpiCatalogueText::tr("Returns (credit notes)"), U::Money, false, true, &KpiSnapshot::returnsCents},
        {QStringLiteral("returnsRate"), KpiCatalogueText::tr("Returns rate"), U::BasisPoints, false, true, &KpiSnapshot::returnsRateBp},
        {QStringLiteral("newCustomers"), KpiCatalogueText::tr("New customers"), U::Count, true, true, &KpiSnapshot::newCustomers},
        {QStringLiteral("returningCustomers"), KpiCatalogueText::tr("Returning customers"), U::Count, true, true, &KpiSnapshot::returningCustomers},
        {QStringLiteral("lostCustomers"), KpiCatalogueText::tr("Lost customers (12 months)"), U::Count, false, true, &KpiSnapshot::lostCustomers},
        {QStringLiteral("newProspects"), KpiCatalogueText::tr("New prospects"), U::Count, true, true, &KpiSnapshot::newProspects},
        {QStringLiteral("loyaltyShare"), KpiCatalogueText::tr("Loyalty members' share"), U::BasisPoints, true, true, &KpiSnapshot::loyaltyShareBp},
        {QStringLiteral("satisfaction"), KpiCatalogueText::tr("Satisfaction (out of 5)"), U::Milli, true, true, &KpiSnapshot::satisfactionMilli},
        {QStringLiteral("meanResolve"), KpiCatalogueText::tr("Mean time to resolve"), U::Minutes, false, true, &KpiSnapshot::meanResolveMinutes},
        {QStringLiteral("appointments"), KpiCatalogueText::tr("Appointments"), U::Count, true, true, &KpiSnapshot::appointments},
        {QStringLiteral("noShowRate"), KpiCatalogueText::tr("No-show rate"), U::BasisPoints, false, true, &KpiSnapshot::noShowRateBp},
        {QStringLiteral("followedBySale"), KpiCatalogueText::tr("Followed by a sale (7 days)"), U::BasisPoints, true, true, &KpiSnapshot::followedBySaleBp},
        {QStringLiteral("complaintsOpened"), KpiCatalogueText::tr("Complaints opened"), U::Count, false, true, &KpiSnapshot::complaintsOpened},
        {QStringLiteral("complaintsOverdue"), KpiCatalogueText::tr("Overdue complaints"), U::Count, false, true, &KpiSnapshot::complaintsOverdue},
        {QStringLiteral("underThreshold"), KpiCatalogueText::tr("Products under threshold"), U::Count, false, false, &KpiSnapshot::productsUnderThreshold},
        {QStringLiteral("stockValue"), KpiCatalogueText::tr("Stock value (at cost)"), U::Money, true, false, &KpiSnapshot::stockValueCents},
    };
}

} // namespace comptoir::ui
