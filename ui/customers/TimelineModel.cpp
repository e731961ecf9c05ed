#include "customers/TimelineModel.h"

#include "domain/Complaint.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace comptoir::ui {

namespace {

QString appointmentStatusName(const QString &status)
{
    if (status == QLatin1String("planned"))
        return TimelineModel::tr("planned");
    if (status == QLatin1String("done"))
        return TimelineModel::tr("done");
    if (status == QLatin1String("no_show"))
        return TimelineModel::tr("no-show");
    if (status == QLatin1String("cancelled"))
        return TimelineModel::tr("cancelled");
    return status;
}

QList<PagedTableModel<TimelineEntry>::Column> timelineColumns()
{
    using Column = PagedTableModel<TimelineEntry>::Column;
    return {
        Column{TimelineModel::tr("Date"),
               [](const TimelineEntry &e) { return QVariant(QLocale().toString(e.at.toLocalTime(), QLocale::ShortFormat)); },
               [](const TimelineEntry &e) { return QVariant(e.at); }},
        Column{TimelineModel::tr("Type"), [](const TimelineEntry &e) { return QVariant(TimelineModel::typeName(e)); }},
        Column{TimelineModel::tr("Description"),
               [](const TimelineEntry &e) { return QVariant(TimelineModel::describe(e)); }},
        Column{TimelineModel::tr("Amount"),
               [](const TimelineEntry &e) {
                   switch (e.kind) {
                   case TimelineEntry::Kind::Sale:
                       return QVariant(e.amount.toString());
                   case TimelineEntry::Kind::Return:
                       return QVariant((-e.amount).toString());
                   default:
                       return QVariant();
                   }
               },
               [](const TimelineEntry &e) {
                   return QVariant(e.kind == TimelineEntry::Kind::Return ? -e.amount.cents() : e.amount.cents());
               },
               Qt::AlignRight | Qt::AlignVCenter},
    };
}

} // namespace

TimelineModel::TimelineModel(QObject *parent) : PagedTableModel<TimelineEntry>(timelineColumns(), parent, 100)
{
    setDecorate([](const TimelineEntry &e, int column, int role) -> QVariant {
        if (role == Qt::ToolTipRole && column == DescriptionColumn)
            return describe(e);
        if (role == Qt::ForegroundRole && e.kind == TimelineEntry::Kind::Return && column == AmountColumn)
            return QBrush(QColor(0xb0, 0x00, 0x20));
        return {};
    });
}

QString TimelineModel::channelName(const QString &channel)
{
    static const std::pair<const char *, const char *> names[] = {
        {"store", QT_TR_NOOP("In store")}, {"phone", QT_TR_NOOP("Phone")},   {"email", QT_TR_NOOP("E-mail")},
        {"sms", QT_TR_NOOP("SMS")},        {"web", QT_TR_NOOP("Website")},   {"social", QT_TR_NOOP("Social media")},
        {"post", QT_TR_NOOP("Post")}};
    for (const auto &[code, name] : names)
        if (channel == QLatin1String(code))
            return tr(name);
    return channel;
}

QString TimelineModel::interactionKindName(const QString &kind)
{
    static const std::pair<const char *, const char *> names[] = {
        {"call", QT_TR_NOOP("Call")},   {"email", QT_TR_NOOP("E-mail")}, {"visit", QT_TR_NOOP("Visit")},
        {"note", QT_TR_NOOP("Note")},   {"offer", QT_TR_NOOP("Offer")},  {"deposit", QT_TR_NOOP("Deposit")},
        {"sale", QT_TR_NOOP("Sale")},   {"return", QT_TR_NOOP("Return")}};
    for (const auto &[code, name] : names)
        if (kind == QLatin1String(code))
            return tr(name);
    return kind;
}

QString TimelineModel::typeName(const TimelineEntry &e)
{
    switch (e.kind) {
    case TimelineEntry::Kind::Sale:
        return tr("Sale");
    case TimelineEntry::Kind::Return:
        return tr("Return");
    case TimelineEntry::Kind::Appointment:
        return tr("Appointment");
    case TimelineEntry::Kind::Complaint:
        return tr("Complaint");
    case TimelineEntry::Kind::Interaction:
        return tr("%1 · %2").arg(interactionKindName(e.status), channelName(e.channel));
    }
    return {};
}

QString TimelineModel::describe(const TimelineEntry &e)
{
    switch (e.kind) {
    case TimelineEntry::Kind::Sale:
        return tr("Receipt no. %1, items: %2").arg(e.number).arg(e.itemCount);
    case TimelineEntry::Kind::Return:
        return e.text.isEmpty() ? tr("Credit note no. %1").arg(e.number)
                                : tr("Credit note no. %1: %2").arg(e.number).arg(e.text);
    case TimelineEntry::Kind::Appointment:
        return tr("%1 (%2)").arg(e.text, appointmentStatusName(e.status));
    case TimelineEntry::Kind::Complaint: {
        const auto status = complaintStatusFromString(e.status);
        return tr("%1 (%2)").arg(e.text, status ? displayName(*status) : e.status);
    }
    case TimelineEntry::Kind::Interaction:
        return QString(e.text).replace(QLatin1Char('\n'), QLatin1Char(' '));
    }
    return {};
}

} // namespace comptoir::ui
