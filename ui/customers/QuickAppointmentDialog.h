#pragma once

#include "common/AppContext.h"
#include "widgets/FormDialog.h"

class QDateTimeEdit;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace comptoir::ui {

/** Books an appointment for the customer with the signed-in staff member (customer page). */
class QuickAppointmentDialog final : public FormDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QuickAppointmentDialog)

public:
    QuickAppointmentDialog(const AppContext &context, qint64 customerId, QWidget *parent = nullptr);

private:
    Status write() override;

    const AppContext &m_context;
    qint64 m_customerId;
    QDateTimeEdit *m_start;
    QSpinBox *m_minutes;
    QLineEdit *m_subject;
    QPlainTextEdit *m_notes;
};

} // namespace comptoir::ui
