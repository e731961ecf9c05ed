#include "complaints/ComplaintStepDialog.h"

#include "services/ComplaintService.h"

#include <QComboBox>
#include <QPlainTextEdit>

namespace comptoir::ui {

QString ComplaintStepDialog::actionText(Kind kind)
{
    switch (kind) {
    case Kind::Resolve:
        return tr("&Resolve");
    case Kind::Reject:
        return tr("Re&ject");
    case Kind::Reopen:
        return tr("Re&open");
    case Kind::Close:
        return tr("&Close complaint");
    case Kind::Assign:
        return tr("&Assign");
    }
    return {};
}

ComplaintStepDialog::ComplaintStepDialog(const AppContext &context, Kind kind, const Complaint &complaint,
                                         const QList<StaffMember> &staff, QWidget *parent)
    : FormDialog(parent, actionText(kind), QStringLiteral("ok")), m_context(context), m_kind(kind), m_id(complaint.id)
{
    setObjectName(QStringLiteral("ComplaintStepDialog"));
    setIntro(tr("Complaint #%1: %2").arg(complaint.id).arg(complaint.subject));
    auto addText = [&](const QString &label, const QString &field, const QString &placeholder) {
        m_text = new QPlainTextEdit(this);
        m_text->setObjectName(QStringLiteral("text"));
        m_text->setTabChangesFocus(true);
        m_text->setPlaceholderText(placeholder);
        m_text->setFixedHeight(90);
        addRow(label, m_text, {field});
    };
    switch (kind) {
    case Kind::Resolve:
        setWindowTitle(tr("Resolve complaint"));
        addText(tr("&Resolution:"), QStringLiteral("resolution"), tr("What was done for the customer (required)"));
        break;
    case Kind::Reject:
        setWindowTitle(tr("Reject complaint"));
        addText(tr("&Reason:"), QStringLiteral("reason"), tr("Why the complaint is rejected (required)"));
        break;
    case Kind::Reopen:
        setWindowTitle(tr("Reopen complaint"));
        addText(tr("&Note:"), QStringLiteral("note"), tr("What the customer still reports (optional)"));
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
        addRow(tr("Customer's &satisfaction:"), m_choice, {QStringLiteral("satisfaction")});
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
        addRow(tr("&Assign to:"), m_choice, {QStringLiteral("assigned_to")});
        break;
    }
    setMinimumWidth(440);
}

Status ComplaintStepDialog::write()
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

} // namespace comptoir::ui
