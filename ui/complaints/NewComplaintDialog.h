#pragma once

#include "common/AppContext.h"
#include "services/StaffService.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace comptoir::ui {

class CustomerPicker;
class FieldError;
class FormErrors;

/** Opens a complaint: customer, category (its delay sets the due date), subject, description, assignee. */
class NewComplaintDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NewComplaintDialog)

public:
    NewComplaintDialog(const AppContext &context, const QList<StaffMember> &staff, QWidget *parent = nullptr);
    ~NewComplaintDialog() override;

    void setCustomer(qint64 id, const QString &name);
    qint64 createdId() const { return m_createdId; }

private:
    void submit();

    const AppContext &m_context;
    CustomerPicker *m_customer;
    QComboBox *m_category;
    QLineEdit *m_subject;
    QPlainTextEdit *m_description;
    QComboBox *m_assignee;
    FieldError *m_general;
    QPushButton *m_create = nullptr;
    FormErrors *m_errors;
    qint64 m_createdId = 0;
};

} // namespace comptoir::ui
