#pragma once

#include "common/AppContext.h"
#include "widgets/FormErrors.h"

#include <QDialog>

class QDateTimeEdit;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace comptoir::ui {

class FieldError;

/** Books an appointment for the customer with the signed-in staff member (customer page). */
class QuickAppointmentDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QuickAppointmentDialog)

public:
    QuickAppointmentDialog(const AppContext &context, qint64 customerId, QWidget *parent = nullptr);

    qint64 savedId() const { return m_savedId; }

private:
    void save();

    const AppContext &m_context;
    qint64 m_customerId;
    QDateTimeEdit *m_start;
    QSpinBox *m_minutes;
    QLineEdit *m_subject;
    QPlainTextEdit *m_notes;
    FieldError *m_generalError;
    FormErrors m_errors;
    QPushButton *m_save;
    qint64 m_savedId = 0;
    bool m_busy = false;
};

} // namespace comptoir::ui
