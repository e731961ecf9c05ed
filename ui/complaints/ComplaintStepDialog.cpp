#include "complaints/ComplaintStepDialog.h"

#include "services/ComplaintService.h"
#include "widgets/FieldError.h"
#include "widgets/FormErrors.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace comptoir::ui {

ComplaintStepDialog::ComplaintStepDialog(const AppContext &context, Kind kind, const Complaint &complaint,
                                         const QList<StaffMember> &staff, QWidget *parent)
    : QDialog(parent),
      m_context(context),
      m_kind(kind),
      m_id(complaint.id),
      m_general(new FieldError(this)),
      m_errors(new FormErrors(m_general))
{
    setObjectName(QStringLiteral("ComplaintStepDialog"));
    auto *about = new QLabel(tr("Complaint #%1: %2").arg(complaint.id).arg(complaint.subject), this);
    about->setTextFormat(Qt::PlainText);
    about->setWordWrap(true);
    auto *form = new QFormLayout;
    QString okText;
    auto addText = [&](const QString &label, const QString &field, const QString &placeholder) {
        m_text = new QPlainTextEdit(this);
        m_text->setObjectName(QStringLiteral("text"));
        m_text->setTabChangesFocus(true);
        m_text->setPlaceholderText(placeholder);
        m_text->setFixedHeight(90);
        form->addRow(label, m_errors->wrap(m_text, {field}));
    };
    switch (kind) {
    case Kind::Resolve:
        setWindowTitle(tr("Resolve complaint"));
        addText(tr("&Resolution:"), QStringLiteral("resolution"), tr("What was done for the customer (required)"));
        okText = tr("&Resolve");
        break;
    case Kind::Reject:
        setWindowTitle(tr("Reject complaint"));
        addText(tr("&Reason:"), QStringLiteral("reason"), tr("Why the complaint is rejected (required)"));
        okText = tr("Re&ject");
        break;
    case Kind::Reopen:
        setWindowTitle(tr("Reopen complaint"));
        addText(tr("&Note:"), QStringLiteral("note"), tr("What the customer still reports (optional)"));
        okText = tr("Re&open");
        break;
    case Kind::Close: {
        setWindowTitle(tr("Close complaint"));
        m_choice = new QComboBox(this);
        m_choice->setObjectName(QStringLiteral("satisfaction"));
        m_choice->addItem(tr("Not asked"), 0);
        const char *const scores[] = {QT_TR_NOOP("1 — very dissatisfied"), QT_TR_NOOP("2 — dissatisfied"),
                                      QT_TR_NOOP("3 — neutral"), QT_TR_NOOP("4 — satisfied"),
                                      QT_TR_NOOP("5 — very satisfied")};
        for (int score = 1; score <= 5; ++score)
            m_choice->addItem(tr(scores[score - 1]), score);
        form->addRow(tr("Customer's &satisfaction:"), m_errors->wrap(m_choice, {QStringLiteral("satisfaction")}));
        okText = tr("&Close complaint");
        break;
    }
    case Kind::Assign:
        setWindowTitle(tr("Assign complaint"));
        m_choice = new QComboBox(this);
        m_choice->setObjectName(QStringLiteral("assignee"));
        m_choice->addItem(tr("Nobody"), qint64(0));
        for (const StaffMember &m : staff)
            m_choice->addItem(m.displayName, m.id);
        m_choice->setCurrentIndex(std::max(0, m_choice->findData(complaint.assignedTo)));
        form->addRow(tr("&Assign to:"), m_errors->wrap(m_choice, {QStringLiteral("assigned_to")}));
        okText = tr("&Assign");
        break;
    }
    m_general->setObjectName(QStringLiteral("generalError"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_ok = buttons->addButton(okText, QDialogButtonBox::AcceptRole);
    m_ok->setObjectName(QStringLiteral("ok"));
    m_ok->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &ComplaintStepDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(about);
    layout->addLayout(form);
    layout->addWidget(m_general);
    layout->addWidget(buttons);
    setMinimumWidth(440);
}

ComplaintStepDialog::~ComplaintStepDialog()
{
    delete m_errors;
}

Status ComplaintStepDialog::perform()
{
    ComplaintService &service = m_context.services->complaints();
    const Session &session = m_context.session;
    switch (m_kind) {
    case Kind::Resolve:
        return service.resolve(session, m_id, m_text->toPlainText());
    case Kind::Reject:
        return service.reject(session, m_id, m_text->toPlainText());
    case Kind::Reopen:
        return service.reopen(session, m_id, m_text->toPlainText());
    case Kind::Close: {
        const int score = m_choice->currentData().toInt();
        return service.close(session, m_id, score > 0 ? std::optional<int>(score) : std::nullopt);
    }
    case Kind::Assign:
        return service.assign(session, m_id, m_choice->currentData().toLongLong());
    }
    return {};
}

void ComplaintStepDialog::submit()
{
    if (!m_ok->isEnabled())
        return; // already being recorded
    m_ok->setEnabled(false);
    m_errors->clear();
    if (Status s = perform(); !s) {
        m_errors->show(s.error());
        m_ok->setEnabled(true);
        return;
    }
    accept();
}

} // namespace comptoir::ui
