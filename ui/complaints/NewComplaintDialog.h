#pragma once

#include "common/AppContext.h"
#include "services/StaffService.h"
#include "widgets/FormDialog.h"

class QComboBox;
class QLineEdit;
class QPlainTextEdit;

namespace comptoir::ui {

class CustomerPicker;

/** Opens a complaint: customer, category (its delay sets the due date), subject, description, assignee. */
class NewComplaintDialog final : public FormDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NewComplaintDialog)

public:
    NewComplaintDialog(const AppContext &context, const QList<StaffMember> &staff, QWidget *parent = nullptr);

    void setCustomer(qint64 id, const QString &name);

private:
    Status write() override;

    const AppContext &m_context;
    CustomerPicker *m_customer;
    QComboBox *m_category;
    QLineEdit *m_subject;
    QPlainTextEdit *m_description;
    QComboBox *m_assignee;
};

} // namespace comptoir::ui
