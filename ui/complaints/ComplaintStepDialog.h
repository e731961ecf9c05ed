#pragma once

#include "common/AppContext.h"
#include "domain/Complaint.h"
#include "services/StaffService.h"
#include "widgets/FormDialog.h"

class QComboBox;
class QPlainTextEdit;

namespace comptoir::ui {

/**
 * One workflow step of a complaint that needs an entry: the resolution text, the
 * rejection reason, the customer's satisfaction at closing, a note on reopening, or
 * the assignee. The core's refusal (e.g. an empty resolution) is shown under the field;
 * the dialog closes once the step is recorded.
 */
class ComplaintStepDialog final : public FormDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ComplaintStepDialog)

public:
    enum class Kind { Resolve, Reject, Close, Reopen, Assign };

    ComplaintStepDialog(const AppContext &context, Kind kind, const Complaint &complaint,
                        const QList<StaffMember> &staff, QWidget *parent = nullptr);

    Kind kind() const { return m_kind; }

private:
    /** The text of the action button of `kind`. */
    static QString actionText(Kind kind);
    Status write() override;

    const AppContext &m_context;
    Kind m_kind;
    qint64 m_id;
    QPlainTextEdit *m_text = nullptr;
    QComboBox *m_choice = nullptr;
};

} // namespace comptoir::ui
