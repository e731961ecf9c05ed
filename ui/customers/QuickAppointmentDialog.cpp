#include "customers/QuickAppointmentDialog.h"

#include "services/AppointmentService.h"
#include "widgets/FieldError.h"

#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace comptoir::ui {

QuickAppointmentDialog::QuickAppointmentDialog(const AppContext &context, qint64 customerId, QWidget *parent)
    : QDialog(parent),
      m_context(context),
      m_customerId(customerId),
      m_start(new QDateTimeEdit(this)),
      m_minutes(new QSpinBox(this)),
      m_subject(new QLineEdit(this)),
      m_notes(new QPlainTextEdit(this)),
      m_generalError(new FieldError(this)),
      m_errors(m_generalError)
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

    auto *form = new QFormLayout;
    auto *staff = new QLabel(m_context.session.displayName, this);
    staff->setTextFormat(Qt::PlainText);
    form->addRow(tr("With"), staff);
    const std::tuple<QString, QWidget *, QString> rows[] = {{tr("Start"), m_start, QStringLiteral("starts_at")},
                                                           {tr("Duration"), m_minutes, QStringLiteral("ends_at")},
                                                           {tr("Subject"), m_subject, QStringLiteral("subject")},
                                                           {tr("Notes"), m_notes, QStringLiteral("notes")}};
    for (const auto &[label, widget, field] : rows)
        form->addRow(label, m_errors.wrap(widget, {field}));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_save = buttons->button(QDialogButtonBox::Save);
    m_save->setObjectName(QStringLiteral("save"));
    m_save->setDefault(true);
    connect(m_save, &QPushButton::clicked, this, &QuickAppointmentDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_generalError);
    layout->addWidget(buttons);
    resize(460, sizeHint().height());
}

void QuickAppointmentDialog::save()
{
    if (m_busy)
        return;
    m_busy = true;
    m_save->setEnabled(false);
    m_errors.clear();
    AppointmentInput in;
    in.customerId = m_customerId;
    in.staffId = m_context.session.userId;
    in.start = m_start->dateTime();
    in.end = in.start.addSecs(qint64(m_minutes->value()) * 60);
    in.subject = m_subject->text();
    in.notes = m_notes->toPlainText();
    auto id = m_context.services->appointments().create(m_context.session, in);
    if (!id) {
        m_errors.show(id.error());
        m_busy = false;
        m_save->setEnabled(true);
        return;
    }
    m_savedId = *id;
    accept();
}

} // namespace comptoir::ui
