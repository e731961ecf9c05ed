#pragma once

#include "common/AppContext.h"
#include "services/StaffService.h"

#include <QDate>
#include <QHash>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;

namespace comptoir::ui {

class AgendaView;
class ElidedLabel;

/**
 * "Rendez-vous": the agenda by day (one column per staff member) or by week (one column
 * per day), for everyone or one staff member; booking, moving, cancelling and marking
 * appointments done or no-show. Only the actions valid for the selected appointment's
 * status are enabled; without appointment.write they are not shown.
 */
class AppointmentsPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AppointmentsPage)

public:
    explicit AppointmentsPage(const AppContext &context, QWidget *parent = nullptr);

    /** Shows the day of appointment `id` and selects it (from the home page). */
    void openItem(qint64 id);

    AgendaView *agenda() const { return m_agenda; }
    QDate date() const { return m_date; }
    bool isWeekView() const { return m_week; }
    void setDate(const QDate &date);
    void setWeekView(bool week);
    /** Shows one staff member (0: all staff). */
    void setStaffFilter(qint64 staffId);
    /** Opens the booking dialog (non-blocking), pre-filled with a slot if given. */
    void newAppointment(const QDate &date = {}, const QTime &time = {}, qint64 staffId = 0);

public Q_SLOTS:
    void refresh();

protected:
    void showEvent(QShowEvent *event) override;

private:
    enum class Step { Done, NoShow, Cancel };
    void reschedule();
    void applyStep(Step step);
    void updateActions();
    void showMenu(qint64 id, const QPoint &globalPos);
    QString customerName(qint64 customerId);
    QString staffName(qint64 staffId);
    QDate today() const;

    const AppContext &m_context;
    QList<StaffMember> m_staff;
    QHash<qint64, QString> m_customerNames;
    QHash<qint64, QString> m_staffNames;
    QDate m_date;
    bool m_week = false;

    QComboBox *m_staffFilter;
    QPushButton *m_dayButton;
    QPushButton *m_weekButton;
    QLabel *m_title;
    AgendaView *m_agenda;
    ElidedLabel *m_selection;
    QLabel *m_error;
    QPushButton *m_new;
    QPushButton *m_move;
    QPushButton *m_done;
    QPushButton *m_noShow;
    QPushButton *m_cancel;
};

} // namespace comptoir::ui
