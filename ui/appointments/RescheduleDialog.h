#pragma once

#include "common/AppContext.h"
#include "domain/Appointment.h"
#include "widgets/FormDialog.h"

class QComboBox;
class QDateEdit;
class QTimeEdit;

namespace comptoir::ui {

/** Moves a planned appointment to another date and time; an overlap is shown inline. */
class RescheduleDialog final : public FormDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RescheduleDialog)

public:
    RescheduleDialog(const AppContext &context, const Appointment &appointment, const QString &who,
                     QWidget *parent = nullptr);

private:
    Status write() override;

    const AppContext &m_context;
    qint64 m_id;
    QDateEdit *m_date;
    QTimeEdit *m_start;
    QComboBox *m_duration;
};

} // namespace comptoir::ui
