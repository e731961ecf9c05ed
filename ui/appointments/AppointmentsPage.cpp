#include "appointments/AppointmentsPage.h"

#include "access/Permissions.h"
#include "appointments/AgendaView.h"
#include "appointments/AppointmentDialog.h"
#include "appointments/AppointmentLook.h"
#include "appointments/RescheduleDialog.h"
#include "services/AppointmentService.h"
#include "services/CustomerService.h"
#include "widgets/AskUser.h"
#include "widgets/ElidedLabel.h"

#include <QAction>
#include <QButtonGroup>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QScrollArea>
#include <QStyle>
#include <QVBoxLayout>

namespace comptoir::ui {

namespace {

QLabel *legendChip(AppointmentStatus status, QWidget *parent)
{
    const AppointmentLook look = appointmentLook(status);
    auto *chip = new QLabel(look.label, parent);
    chip->setTextFormat(Qt::PlainText);
    chip->setStyleSheet(QStringLiteral("background: %1; border-left: 4px solid %2; padding: 2px 6px;")
                            .arg(look.fill.name(), look.border.name()));
    return chip;
}

} // namespace

AppointmentsPage::AppointmentsPage(const AppContext &context, QWidget *parent)
    : QWidget(parent),
      m_context(context),
      m_staffFilter(new QComboBox(this)),
      m_dayButton(new QPushButton(tr("&Day"), this)),
      m_weekButton(new QPushButton(tr("&Week"), this)),
      m_title(new QLabel(this)),
      m_agenda(new AgendaView(this)),
      m_selection(new ElidedLabel(this)),
      m_error(new QLabel(this)),
      m_new(new QPushButton(tr("&New appointment…"), this)),
      m_move(new QPushButton(tr("&Move…"), this)),
      m_done(new QPushButton(tr("Mark d&one"), this)),
      m_noShow(new QPushButton(tr("No-s&how"), this)),
      m_cancel(new QPushButton(tr("&Cancel appointment"), this))
{
    setObjectName(QStringLiteral("AppointmentsPage"));
    m_date = today();

    StaffService &staff = m_context.services->staff();
    if (auto list = staff.activeSalesStaff(m_context.session)) {
        m_staff = *list;
        for (const StaffMember &m : m_staff)
            m_staffNames.insert(m.id, m.displayName);
    }
    m_staffFilter->setObjectName(QStringLiteral("staffFilter"));
    m_staffFilter->addItem(tr("All staff"), qint64(0));
    for (const StaffMember &m : std::as_const(m_staff))
        m_staffFilter->addItem(m.displayName, m.id);
    m_staffFilter->setMinimumContentsLength(16);
    auto *staffLabel = new QLabel(tr("&Staff:"), this);
    staffLabel->setBuddy(m_staffFilter);

    m_dayButton->setObjectName(QStringLiteral("dayView"));
    m_weekButton->setObjectName(QStringLiteral("weekView"));
    auto *views = new QButtonGroup(this);
    for (QPushButton *b : {m_dayButton, m_weekButton}) {
        b->setCheckable(true);
        views->addButton(b);
    }
    m_dayButton->setChecked(true);

    auto *previous = new QPushButton(style()->standardIcon(QStyle::SP_ArrowBack), tr("&Previous"), this);
    auto *todayButton = new QPushButton(tr("&Today"), this);
    auto *next = new QPushButton(style()->standardIcon(QStyle::SP_ArrowForward), tr("Ne&xt"), this);
    previous->setObjectName(QStringLiteral("previous"));
    todayButton->setObjectName(QStringLiteral("today"));
    next->setObjectName(QStringLiteral("next"));
    previous->setToolTip(tr("Previous day or week (Alt+Left)"));
    next->setToolTip(tr("Next day or week (Alt+Right)"));

    m_title->setObjectName(QStringLiteral("agendaTitle"));
    m_title->setTextFormat(Qt::PlainText);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->setVisible(false);
    m_selection->setObjectName(QStringLiteral("selection"));

    m_new->setObjectName(QStringLiteral("newAppointment"));
    m_new->setToolTip(tr("Book an appointment (Ctrl+N)"));
    m_move->setObjectName(QStringLiteral("move"));
    m_done->setObjectName(QStringLiteral("markDone"));
    m_noShow->setObjectName(QStringLiteral("markNoShow"));
    m_cancel->setObjectName(QStringLiteral("cancelAppointment"));
    const bool canWrite = m_context.session.can(permission::appointmentWrite);
    for (QPushButton *b : {m_new, m_move, m_done, m_noShow, m_cancel})
        b->setVisible(canWrite);

    auto *top = new QHBoxLayout;
    top->addWidget(staffLabel);
    top->addWidget(m_staffFilter);
    top->addSpacing(12);
    top->addWidget(m_dayButton);
    top->addWidget(m_weekButton);
    top->addSpacing(12);
    top->addWidget(previous);
    top->addWidget(todayButton);
    top->addWidget(next);
    top->addSpacing(12);
    top->addWidget(m_title, 1);
    top->addWidget(m_new);

    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_agenda);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::StyledPanel);
    scroll->setFocusProxy(m_agenda);

    auto *bottom = new QHBoxLayout;
    for (AppointmentStatus s : {AppointmentStatus::Planned, AppointmentStatus::Done, AppointmentStatus::NoShow,
                                AppointmentStatus::Cancelled})
        bottom->addWidget(legendChip(s, this));
    bottom->addSpacing(12);
    bottom->addWidget(m_selection, 1);
    for (QPushButton *b : {m_move, m_done, m_noShow, m_cancel})
        bottom->addWidget(b);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_error);
    layout->addWidget(scroll, 1);
    layout->addLayout(bottom);

    auto addShortcut = [this](const QKeySequence &keys, auto slot) {
        auto *action = new QAction(this);
        action->setShortcut(keys);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
    };
    addShortcut(QKeySequence(Qt::ALT | Qt::Key_Left), [previous]() { previous->click(); });
    addShortcut(QKeySequence(Qt::ALT | Qt::Key_Right), [next]() { next->click(); });
    if (canWrite)
        addShortcut(QKeySequence(QKeySequence::New), [this]() { newAppointment(); });

    connect(m_staffFilter, &QComboBox::currentIndexChanged, this, [this]() { refresh(); });
    connect(m_dayButton, &QPushButton::clicked, this, [this]() { setWeekView(false); });
    connect(m_weekButton, &QPushButton::clicked, this, [this]() { setWeekView(true); });
    connect(previous, &QPushButton::clicked, this, [this]() { setDate(m_date.addDays(m_week ? -7 : -1)); });
    connect(next, &QPushButton::clicked, this, [this]() { setDate(m_date.addDays(m_week ? 7 : 1)); });
    connect(todayButton, &QPushButton::clicked, this, [this]() { setDate(today()); });
    connect(m_new, &QPushButton::clicked, this, [this]() { newAppointment(); });
    connect(m_move, &QPushButton::clicked, this, &AppointmentsPage::reschedule);
    connect(m_done, &QPushButton::clicked, this, [this]() { applyStep(Step::Done); });
    connect(m_noShow, &QPushButton::clicked, this, [this]() { applyStep(Step::NoShow); });
    connect(m_cancel, &QPushButton::clicked, this, [this]() { applyStep(Step::Cancel); });
    connect(m_agenda, &AgendaView::selectionChanged, this, &AppointmentsPage::updateActions);
    connect(m_agenda, &AgendaView::contextMenuRequested, this, &AppointmentsPage::showMenu);
    connect(m_agenda, &AgendaView::blockActivated, this, [this]() {
        if (m_move->isVisible() && m_move->isEnabled())
            reschedule();
    });
    connect(m_agenda, &AgendaView::slotActivated, this, [this](const QDate &d, const QTime &t, qint64 staffId) {
        if (m_context.session.can(permission::appointmentWrite))
            newAppointment(d, t, staffId);
    });

    setTabOrder(m_staffFilter, m_dayButton);
    setTabOrder(m_dayButton, m_weekButton);
    setTabOrder(m_weekButton, previous);
    setTabOrder(previous, todayButton);
    setTabOrder(todayButton, next);
    setTabOrder(next, m_new);
    setTabOrder(m_new, m_agenda);
    setTabOrder(m_agenda, m_move);
    refresh();
}

QDate AppointmentsPage::today() const
{
    return m_context.clock().nowUtc().toLocalTime().date();
}

void AppointmentsPage::setDate(const QDate &date)
{
    m_date = date;
    refresh();
}

void AppointmentsPage::setWeekView(bool week)
{
    m_week = week;
    m_dayButton->setChecked(!week);
    m_weekButton->setChecked(week);
    refresh();
}

void AppointmentsPage::setStaffFilter(qint64 staffId)
{
    const int index = m_staffFilter->findData(staffId);
    m_staffFilter->setCurrentIndex(index < 0 ? 0 : index);
}

void AppointmentsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refresh();
}

QString AppointmentsPage::customerName(qint64 customerId)
{
    if (customerId <= 0)
        return {};
    auto cached = m_customerNames.constFind(customerId);
    if (cached != m_customerNames.constEnd())
        return *cached;
    CustomerService &customers = m_context.services->customers();
    auto customer = customers.findById(m_context.session, customerId);
    const QString name = customer ? customer->displayName() : tr("Customer #%1").arg(customerId);
    m_customerNames.insert(customerId, name);
    return name;
}

QString AppointmentsPage::staffName(qint64 staffId)
{
    auto cached = m_staffNames.constFind(staffId);
    if (cached != m_staffNames.constEnd())
        return *cached;
    StaffService &staff = m_context.services->staff();
    auto names = staff.displayNames(m_context.session, {staffId});
    const QString name = names && names->contains(staffId) ? names->value(staffId) : tr("Staff #%1").arg(staffId);
    m_staffNames.insert(staffId, name);
    return name;
}

void AppointmentsPage::refresh()
{
    const qint64 staffId = m_staffFilter->currentData().toLongLong();
    const QDate first = m_week ? m_date.addDays(1 - m_date.dayOfWeek()) : m_date;
    const int days = m_week ? 7 : 1;
    const QLocale locale;
    m_title->setText(m_week ? tr("%1 – %2").arg(locale.toString(first, QStringLiteral("d MMM")),
                                                 locale.toString(first.addDays(6), QStringLiteral("d MMM yyyy")))
                            : locale.toString(m_date, QLocale::LongFormat));

    AppointmentService &service = m_context.services->appointments();
    auto found = service.forRange(m_context.session, QDateTime(first, QTime(0, 0)),
                                  QDateTime(first.addDays(days), QTime(0, 0)), staffId);
    m_error->setVisible(!found);
    if (!found)
        m_error->setText(found.error().message);
    const QList<Appointment> appointments = found ? *found : QList<Appointment>();

    QList<AgendaColumn> columns;
    if (m_week) {
        for (int d = 0; d < days; ++d) {
            const QDate day = first.addDays(d);
            columns.append({locale.toString(day, QStringLiteral("ddd d/MM")), day, staffId});
        }
    } else if (staffId > 0) {
        columns.append({staffName(staffId), m_date, staffId});
    } else {
        QList<qint64> shown;
        for (const StaffMember &m : std::as_const(m_staff)) {
            columns.append({m.displayName, m_date, m.id});
            shown.append(m.id);
        }
        // Someone who left (or changed role) may still have appointments that day.
        for (const Appointment &a : appointments) {
            if (!shown.contains(a.staffId)) {
                columns.append({staffName(a.staffId), m_date, a.staffId});
                shown.append(a.staffId);
            }
        }
    }
    const bool staffInBlocks = m_week && staffId == 0;
    QList<AgendaBlock> blocks;
    for (const Appointment &a : appointments)
        blocks.append({a, customerName(a.customerId), staffInBlocks ? staffName(a.staffId) : QString()});

    m_agenda->setColumns(columns);
    m_agenda->setBlocks(blocks);
    m_agenda->setNow(m_context.clock().nowUtc().toLocalTime());
    updateActions();
}

void AppointmentsPage::updateActions()
{
    const AgendaBlock *b = m_agenda->block(m_agenda->selectedId());
    const bool planned = b && b->appointment.status == AppointmentStatus::Planned;
    for (QPushButton *button : {m_move, m_done, m_noShow, m_cancel})
        button->setEnabled(planned);
    if (!b) {
        m_selection->setText(tr("Double-click a free slot to book it."));
        return;
    }
    const Appointment &a = b->appointment;
    const QString who = b->customerName.isEmpty() ? a.subject : b->customerName + QStringLiteral(" — ") + a.subject;
    const QLocale locale;
    // When first: a narrow window elides the end of the subject, not the time.
    const QString text = tr("%2 %3–%4 · %1 (%5)")
                             .arg(who, locale.toString(a.start.toLocalTime().date(), QStringLiteral("ddd d/MM")),
                                  locale.toString(a.start.toLocalTime().time(), QStringLiteral("HH:mm")),
                                  locale.toString(a.end.toLocalTime().time(), QStringLiteral("HH:mm")),
                                  appointmentLook(a.status).label);
    m_selection->setText(text);
}

void AppointmentsPage::newAppointment(const QDate &date, const QTime &time, qint64 staffId)
{
    if (!m_context.session.can(permission::appointmentWrite))
        return;
    auto *dialog = new AppointmentDialog(m_context, m_staff, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    qint64 staff = staffId > 0 ? staffId : m_staffFilter->currentData().toLongLong();
    if (staff == 0 && m_staffNames.contains(m_context.session.userId))
        staff = m_context.session.userId;
    QTime start = time;
    if (!start.isValid()) {
        // The next half hour today, else the first slot of the day.
        const QDateTime now = m_context.clock().nowUtc().toLocalTime();
        start = QTime(AgendaView::kFirstHour, 0);
        if (m_date == today() && now.time() > start)
            start = QTime(now.time().hour(), now.time().minute() < 30 ? 30 : 0).addSecs(now.time().minute() < 30 ? 0 : 3600);
    }
    dialog->setSlot(date.isValid() ? date : m_date, start, staff);
    connect(dialog, &QDialog::accepted, this, [this, dialog]() {
        const qint64 id = dialog->savedId();
        openItem(id);
    });
    dialog->open();
}

void AppointmentsPage::reschedule()
{
    const AgendaBlock *b = m_agenda->block(m_agenda->selectedId());
    if (!b || b->appointment.status != AppointmentStatus::Planned)
        return;
    const QString who = b->customerName.isEmpty() ? staffName(b->appointment.staffId) : b->customerName;
    auto *dialog = new RescheduleDialog(m_context, b->appointment, who, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const qint64 id = b->appointment.id;
    connect(dialog, &QDialog::accepted, this, [this, id]() { openItem(id); });
    dialog->open();
}

void AppointmentsPage::applyStep(Step step)
{
    const AgendaBlock *b = m_agenda->block(m_agenda->selectedId());
    if (!b || b->appointment.status != AppointmentStatus::Planned)
        return;
    const qint64 id = b->appointment.id;
    AppointmentService &service = m_context.services->appointments();
    Status done;
    switch (step) {
    case Step::Done:
        done = service.markDone(m_context.session, id);
        break;
    case Step::NoShow:
        done = service.markNoShow(m_context.session, id);
        break;
    case Step::Cancel:
        if (!AskUser::confirm(this, tr("Cancel appointment"),
                              tr("Cancel the appointment \"%1\"? This frees the slot and cannot be undone.")
                                  .arg(b->appointment.subject)))
            return;
        done = service.cancel(m_context.session, id);
        break;
    }
    m_error->setVisible(!done);
    if (!done)
        m_error->setText(done.error().message);
    refresh();
    m_agenda->setSelectedId(id);
}

void AppointmentsPage::showMenu(qint64 id, const QPoint &globalPos)
{
    if (!m_context.session.can(permission::appointmentWrite) || !m_agenda->block(id))
        return;
    auto *menu = new QMenu(this);
    menu->setObjectName(QStringLiteral("appointmentMenu"));
    menu->setAttribute(Qt::WA_DeleteOnClose);
    for (QPushButton *button : {m_move, m_done, m_noShow, m_cancel}) {
        QAction *action = menu->addAction(button->text(), button, &QPushButton::click);
        action->setEnabled(button->isEnabled());
    }
    menu->popup(globalPos);
}

void AppointmentsPage::openItem(qint64 id)
{
    AppointmentService &service = m_context.services->appointments();
    auto found = service.findById(m_context.session, id);
    if (!found)
        return;
    const qint64 filter = m_staffFilter->currentData().toLongLong();
    if (filter != 0 && filter != found->staffId)
        setStaffFilter(0);
    m_week = false;
    m_dayButton->setChecked(true);
    m_weekButton->setChecked(false);
    setDate(found->start.toLocalTime().date());
    m_agenda->setSelectedId(id);
    m_agenda->setFocus();
}

} // namespace comptoir::ui
