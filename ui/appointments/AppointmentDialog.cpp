#include "appointments/AppointmentDialog.h"

#include "services/AppointmentService.h"
#include "widgets/CustomerPicker.h"

#include <QComboBox>
#include <QDateEdit>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTimeEdit>

namespace comptoir::ui {

QList<int> appointmentDurations()
{
    return {15, 30, 45, 60, 90, 120, 180};
}

QString durationLabel(int minutes)
{
    if (minutes < 60)
        return QCoreApplication::translate("comptoir::ui::AppointmentDialog", "%1 min").arg(minutes);
    if (minutes % 60 == 0)
        return QCoreApplication::translate("comptoir::ui::AppointmentDialog", "%1 h").arg(minutes / 60);
    return QCoreApplication::translate("comptoir::ui::AppointmentDialog", "%1 h %2")
        .arg(minutes / 60)
        .arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

AppointmentDialog::AppointmentDialog(const AppContext &context, const QList<StaffMember> &staff, QWidget *parent)
    : FormDialog(parent, tr("C&reate"), QStringLiteral("create")),
      m_context(context),
      m_customer(new CustomerPicker(context, this)),
      m_staff(new QComboBox(this)),
      m_date(new QDateEdit(this)),
      m_start(new QTimeEdit(this)),
      m_duration(new QComboBox(this)),
      m_subject(new QLineEdit(this)),
      m_notes(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("AppointmentDialog"));
    setWindowTitle(tr("New appointment"));
    m_staff->setObjectName(QStringLiteral("staff"));
    for (const StaffMember &m : staff)
        m_staff->addItem(m.displayName, m.id);
    m_date->setObjectName(QStringLiteral("date"));
    m_date->setCalendarPopup(true);
    m_date->setDate(context.clock().nowUtc().toLocalTime().date());
    m_start->setObjectName(QStringLiteral("start"));
    m_start->setDisplayFormat(QStringLiteral("HH:mm"));
    m_start->setTime(QTime(9, 0));
    m_duration->setObjectName(QStringLiteral("duration"));
    for (int minutes : appointmentDurations())
        m_duration->addItem(durationLabel(minutes), minutes);
    m_duration->setCurrentIndex(1);
    m_subject->setObjectName(QStringLiteral("subject"));
    m_subject->setPlaceholderText(tr("e.g. Fitting, repair pick-up, advice"));
    m_notes->setObjectName(QStringLiteral("notes"));
    m_notes->setTabChangesFocus(true);
    m_notes->setFixedHeight(70);

    addRow(tr("&Customer:"), m_customer, {QStringLiteral("customer_id")}, m_customer->searchField());
    addRow(tr("&Staff member:"), m_staff, {QStringLiteral("staff_id")});
    addRow(tr("&Date:"), m_date, {QStringLiteral("date")});
    addRow(tr("S&tart:"), m_start, {QStringLiteral("starts_at")});
    addRow(tr("D&uration:"), m_duration, {QStringLiteral("ends_at")});
    addRow(tr("Su&bject:"), m_subject, {QStringLiteral("subject")});
    addRow(tr("&Notes:"), m_notes, {QStringLiteral("notes")});
    setMinimumWidth(480);
    m_customer->setFocus();
}

void AppointmentDialog::setSlot(const QDate &date, const QTime &start, qint64 staffId)
{
    if (date.isValid())
        m_date->setDate(date);
    if (start.isValid())
        m_start->setTime(start);
    if (staffId > 0) {
        const int index = m_staff->findData(staffId);
        if (index >= 0)
            m_staff->setCurrentIndex(index);
    }
}

void AppointmentDialog::setCustomer(qint64 id, const QString &name)
{
    m_customer->setCustomer(id, name);
}

Status AppointmentDialog::write()
{
    AppointmentInput input;
    input.customerId = m_customer->customerId();
    input.staffId = m_staff->currentData().toLongLong();
    input.start = QDateTime(m_date->date(), m_start->time());
    input.end = input.start.addSecs(qint64(m_duration->currentData().toInt()) * 60);
    input.subject = m_subject->text();
    input.notes = m_notes->toPlainText();
    return keep(m_context.services->appointments().create(m_context.session, input));
}

} // namespace comptoir::ui
