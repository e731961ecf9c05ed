#pragma once

#include "common/AppContext.h"
#include "services/StaffService.h"
#include "widgets/FormDialog.h"

class QComboBox;
class QDateEdit;
class QLineEdit;
class QPlainTextEdit;
class QTimeEdit;

namespace comptoir::ui {

class CustomerPicker;

/**
 * Books an appointment: customer (searched), staff member, date, start, duration,
 * subject and notes. The core's refusals (an overlap, a missing subject...) are shown
 * under the field they name; the dialog closes only once the appointment is recorded
 * (savedId()), and its Create button is disabled while the call runs.
 */
class AppointmentDialog final : public FormDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AppointmentDialog)

public:
    AppointmentDialog(const AppContext &context, const QList<StaffMember> &staff, QWidget *parent = nullptr);

    /** Pre-fills the date, start time and staff member (0 keeps the current choice). */
    void setSlot(const QDate &date, const QTime &start, qint64 staffId);
    void setCustomer(qint64 id, const QString &name);

private:
    Status write() override;

    const AppContext &m_context;
    CustomerPicker *m_customer;
    QComboBox *m_staff;
    QDateEdit *m_date;
    QTimeEdit *m_start;
    QComboBox *m_duration;
    QLineEdit *m_subject;
    QPlainTextEdit *m_notes;
};

/** Durations offered for an appointment, in minutes. */
QList<int> appointmentDurations();
/** "45 min", "1 h", "1 h 30". */
QString durationLabel(int minutes);

} // namespace comptoir::ui
