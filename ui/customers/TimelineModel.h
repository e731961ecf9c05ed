#pragma once

#include "models/PagedTableModel.h"
#include "services/TimelineService.h"

#include <QCoreApplication>

namespace comptoir::ui {

/** The customer page's timeline: date, type, description and amount of each event. */
class TimelineModel final : public PagedTableModel<TimelineEntry> {
    Q_DECLARE_TR_FUNCTIONS(comptoir::ui::TimelineModel)

public:
    enum ColumnId { DateColumn, TypeColumn, DescriptionColumn, AmountColumn };

    explicit TimelineModel(QObject *parent = nullptr);

    /** "Sale", "Return", "Appointment", "Complaint", "Call", "E-mail", "Note"... */
    static QString typeName(const TimelineEntry &entry);
    /** The sentence shown for the event. */
    static QString describe(const TimelineEntry &entry);
    /** A channel code ("phone") as shown ("Phone"). */
    static QString channelName(const QString &channel);
    /** An interaction kind code ("call") as shown ("Call"). */
    static QString interactionKindName(const QString &kind);
};

} // namespace comptoir::ui
