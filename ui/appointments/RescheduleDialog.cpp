#include "appointments/RescheduleDialog.h"

#include "appointments/AppointmentDialog.h"
#include "services/AppointmentService.h"
#include "widgets/FieldError.h"
#include "widgets/FormErrors.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTimeEdit>
#include <QVBoxLayout>

#include <algorithm>

namespace comptoir::ui {

RescheduleDialog::RescheduleDialog(const AppContext &context, const Appointment &appointment, const QString &who,
                                   QWidget *parent)
    : QDialog(parent),
      m_context(context),
      m_id(appointment.id),
      m_date(new QDateEdit(this)),
      m_start(new QTimeEdit(this)),
      m_duration(new QComboBox(this)),
      m_general(new FieldError(this)),
      m_save(nullptr),
      m_errors(new FormErrors(m_general))
{
    setObjectName(QStringLiteral("RescheduleDialog"));
    setWindowTitle(tr("Move appointment"));
    const QDateTime start = appointment.start.toLocalTime();
    const int minutes = int(appointment.start.secsTo(appointment.end) / 60);

    auto *what = new QLabel(this);
    what->setTextFormat(Qt::PlainText);
    what->setWordWrap(true);
    what->setText(tr("%1 — %2, now on %3")
                      .arg(who, appointment.subject, QLocale().toString(start, QLocale::LongFormat)));
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
    m_general->setObjectName(QStringLiteral("generalError"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Date:"), m_errors->wrap(m_date, {QStringLiteral("date")}));
    form->addRow(tr("S&tart:"), m_errors->wrap(m_start, {QStringLiteral("starts_at")}));
    form->addRow(tr("D&uration:"), m_errors->wrap(m_duration, {QStringLiteral("ends_at")}));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_save = buttons->addButton(tr("&Move"), QDialogButtonBox::AcceptRole);
    m_save->setObjectName(QStringLiteral("save"));
    m_save->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &RescheduleDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(what);
    layout->addLayout(form);
    layout->addWidget(m_general);
    layout->addWidget(buttons);
    setMinimumWidth(420);
}

RescheduleDialog::~RescheduleDialog()
{
    delete m_errors;
}

void RescheduleDialog::submit()
{
    if (!m_save->isEnabled())
        return;
    m_save->setEnabled(false);
    m_errors->clear();
    const QDateTime start(m_date->date(), m_start->time());
    const QDateTime end = start.addSecs(qint64(m_duration->currentData().toInt()) * 60);
    AppointmentService &service = m_context.services->appointments();
    if (Status s = service.reschedule(m_context.session, m_id, start, end); !s) {
        m_errors->show(s.error());
        m_save->setEnabled(true);
        return;
    }
    accept();
}

} // namespace comptoir::ui
