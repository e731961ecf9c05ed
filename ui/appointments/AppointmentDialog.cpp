#include "appointments/AppointmentDialog.h"

#include "services/AppointmentService.h"
#include "widgets/CustomerPicker.h"
#include "widgets/FieldError.h"
#include "widgets/FormErrors.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTimeEdit>
#include <QVBoxLayout>

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
    : QDialog(parent),
      m_context(context),
      m_customer(new CustomerPicker(context, this)),
      m_staff(new QComboBox(this)),
      m_date(new QDateEdit(this)),
      m_start(new QTimeEdit(this)),
      m_duration(new QComboBox(this)),
      m_subject(new QLineEdit(this)),
      m_notes(new QPlainTextEdit(this)),
      m_general(new FieldError(this)),
      m_create(nullptr),
      m_errors(new FormErrors(m_general))
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
    m_general->setObjectName(QStringLiteral("generalError"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Customer:"), m_errors->wrap(m_customer, {QStringLiteral("customer_id")}, m_customer->searchField()));
    form->addRow(tr("&Staff member:"), m_errors->wrap(m_staff, {QStringLiteral("staff_id")}));
    form->addRow(tr("&Date:"), m_errors->wrap(m_date, {QStringLiteral("date")}));
    form->addRow(tr("S&tart:"), m_errors->wrap(m_start, {QStringLiteral("starts_at")}));
    form->addRow(tr("D&uration:"), m_errors->wrap(m_duration, {QStringLiteral("ends_at")}));
    form->addRow(tr("Su&bject:"), m_errors->wrap(m_subject, {QStringLiteral("subject")}));
    form->addRow(tr("&Notes:"), m_errors->wrap(m_notes, {QStringLiteral("notes")}));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_create = buttons->addButton(tr("C&reate"), QDialogButtonBox::AcceptRole);
    m_create->setObjectName(QStringLiteral("create"));
    m_create->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &AppointmentDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_general);
    layout->addWidget(buttons);
    setMinimumWidth(480);
    m_customer->setFocus();
}

AppointmentDialog::~AppointmentDialog()
{
    delete m_errors;
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

void AppointmentDialog::submit()
{
    if (!m_create->isEnabled())
        return; // a second click while the first is being recorded
    m_create->setEnabled(false);
    m_errors->clear();

    AppointmentInput input;
    input.customerId = m_customer->customerId();
    input.staffId = m_staff->currentData().toLongLong();
    input.start = QDateTime(m_date->date(), m_start->time());
    input.end = input.start.addSecs(qint64(m_duration->currentData().toInt()) * 60);
    input.subject = m_subject->text();
    input.notes = m_notes->toPlainText();
    AppointmentService &service = m_context.services->appointments();
    auto id = service.create(m_context.session, input);
    if (!id) {
        m_errors->show(id.error());
        m_create->setEnabled(true);
        return;
    }
    m_createdId = *id;
    accept();
}

} // namespace comptoir::ui
