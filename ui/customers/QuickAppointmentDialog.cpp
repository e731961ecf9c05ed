#include "customers/QuickAppointmentDialog.h"

#include "services/AppointmentService.h"

#include <QDateTimeEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>

namespace comptoir::ui {

QuickAppointmentDialog::QuickAppointmentDialog(const AppContext &context, qint64 customerId, QWidget *parent)
    : FormDialog(parent),
      m_context(context),
      m_customerId(customerId),
      m_start(new QDateTimeEdit(this)),
      m_minutes(new QSpinBox(this)),
      m_subject(new QLineEdit(this)),
      m_notes(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("QuickAppointmentDialog"));
    setWindowTitle(tr("New appointment"));
    // The next full hour, local time.
    const QDateTime now = m_context.clock().nowUtc().toLocalTime();
    m_start->setObjectName(QStringLiteral("start"));
    m_start->setCalendarPopup(true);
    m_start->setDisplayFormat(QStringLiteral("dd/MM/yyyy HH:mm"));
    m_start->setDateTime(QDateTime(now.date(), QTime(now.time().hour(), 0)).addSecs(3600));
    m_minutes->setObjectName(QStringLiteral("minutes"));
    m_minutes->setRange(5, 480);
    m_minutes->setSingleStep(15);
    m_minutes->setValue(30);
    m_minutes->setSuffix(tr(" min"));
    m_subject->setObjectName(QStringLiteral("subject"));
    m_subject->setMaxLength(200);
    m_notes->setObjectName(QStringLiteral("notes"));
    m_notes->setTabChangesFocus(true);
    m_notes->setFixedHeight(m_notes->fontMetrics().height() * 3 + 12);

    auto *staff = new QLabel(m_context.session.displayName, this);
    staff->setTextFormat(Qt::PlainText);
    addRow(tr("With"), staff);
    addRow(tr("Start"), m_start, {QStringLiteral("starts_at")});
    addRow(tr("Duration"), m_minutes, {QStringLiteral("ends_at")});
    addRow(tr("Subject"), m_subject, {QStringLiteral("subject")});
    addRow(tr("Notes"), m_notes, {QStringLiteral("notes")});
    resize(460, sizeHint().height());
}

Status QuickAppointmentDialog::write()
{
    AppointmentInput in;
    in.customerId = m_customerId;
    in.staffId = m_context.session.userId;
    in.start = m_start->dateTime();
    in.end = in.start.addSecs(qint64(m_minutes->value()) * 60);
    in.subject = m_subject->text();
    in.notes = m_notes->toPlainText();
    return keep(m_context.services->appointments().create(m_context.session, in));
}

} // namespace comptoir::ui
