#pragma once

#include "charts/KpiFormat.h"
#include "domain/KpiTypes.h"

#include <QList>
#include <QString>

namespace comptoir::ui {

/**
 * The KPIs the dashboard tiles and the head-office report show, in order: their id,
 * translated caption, unit, whether a rise is good news, and where to read them in a
 * KpiSnapshot. One list, so the screen and the PDF never disagree.
 */
struct KpiDefinition {
    enum class Unit { Money, Count, BasisPoints, Milli, Minutes };

    QString id;      ///< stable, e.g. "revenue", "complaintsOverdue" (tiles' object names)
    QString caption; ///< translated
    Unit unit = Unit::Count;
    bool higherIsBetter = true;
    bool comparable = true; ///< false: a level "now", with no comparison (stock)
    KpiValue KpiSnapshot::*field = nullptr;

    const KpiValue &of(const KpiSnapshot &snapshot) const { return snapshot.*field; }
    /** `value` written in this KPI's unit. */
    QString text(qint64 value, const KpiFormat &format) const;
};

class KpiCatalogue final {
public:
    /** Every KPI, in tile order. */
    static QList<KpiDefinition> all();
    /** A duration in minutes as "3 h 20" or "2,5 j" (days from 48 h on). */
    static QString duration(qint64 minutes, const KpiFormat &format);
};

} // namespace comptoir::ui
