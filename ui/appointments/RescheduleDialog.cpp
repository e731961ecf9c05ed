#include "appointments/RescheduleDialog.h"

#include "appointments/AppointmentDialog.h"
#include "services/AppointmentService.h"

#include <QComboBox>
#include <QDateEdit>
#include <QLocale>
#include <QTimeEdit>

#include <algorithm>

namespace comptoir::ui {

RescheduleDialog::RescheduleDialog(const AppContext &context, const Appointment &appointment, const QString &who,
                                   QWidget *parent)
    : FormDialog(parent, tr("&Move"), QStringLiteral("save")),
      m_context(context),
      m_id(appointment.id),
      m_date(new QDateEdit(this)),
      m_start(new QTimeEdit(this)),
      m_duration(new QComboBox(this))
{
    setObjectName(QStringLiteral("RescheduleDialog"));
    setWindowTitle(tr("Move appointment"));
    const QDateTime start = appointment.start.toLocalTime();
    const int minutes = int(appointment.start.secsTo(appointment.end) / 60);

    setIntro(tr("%1 — %2, now on %3").arg(who, appointment.subject, QLocale().toString(start, QLocale::LongFormat)));
    m_date->setObjectName(QStringLiteral("date"));
    m_date->setCalendarPopup(true);
    m_date->setDate(start.date());
    m_start->setObjectName(QStringLiteral("start"));
    m_start->setDisplayFormat(QStringLiteral("HH:mm"));
    m_start->setTime(start.time());
    m_duration->setObjectName(QStringLiteral("duration"));
    QList<int> durations = appointmentDurations();
    if (!durations.contains(minutes) && minutes > 0)
        durations.append(minutes);
    std::sort(durations.begin(), durations.end());
    for (int d : durations)
        m_duration->addItem(durationLabel(d), d);
    m_duration->setCurrentIndex(std::max(0, m_duration->findData(minutes)));

    addRow(tr("&Date:"), m_date, {QStringLiteral("date")});
    addRow(tr("S&tart:"), m_start, {QStringLiteral("starts_at")});
    addRow(tr("D&uration:"), m_duration, {QStringLiteral("ends_at")});
    setMinimumWidth(420);
}

Status RescheduleDialog::write()
{
    const QDateTime start(m_date->date(), m_start->time());
    const QDateTime end = start.addSecs(qint64(m_duration->currentData().toInt()) * 60);
    return m_context.services->appointments().reschedule(m_context.session, m_id, start, end);
}

} // namespace comptoir::ui
