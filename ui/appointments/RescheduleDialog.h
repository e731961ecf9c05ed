#pragma once

#include "common/AppContext.h"
#include "domain/Appointment.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QPushButton;
class QTimeEdit;

namespace comptoir::ui {

class FieldError;
class FormErrors;

/** Moves a planned appointment to another date and time; an overlap is shown inline. */
class RescheduleDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RescheduleDialog)

public:
    RescheduleDialog(const AppContext &context, const Appointment &appointment, const QString &who,
                     QWidget *parent = nullptr);
    ~RescheduleDialog() override;

private:
    void submit();

    const AppContext &m_context;
    qint64 m_id;
    QDateEdit *m_date;
    QTimeEdit *m_start;
    QComboBox *m_duration;
    FieldError *m_general;
    QPushButton *m_save;
    FormErrors *m_errors;
};

} // namespace comptoir::ui
