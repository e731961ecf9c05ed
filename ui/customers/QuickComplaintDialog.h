#pragma once

#include "common/AppContext.h"
#include "widgets/FormDialog.h"

class QComboBox;
class QLineEdit;
class QPlainTextEdit;

namespace comptoir::ui {

/** Opens a complaint for the customer (customer page). */
class QuickComplaintDialog final : public FormDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QuickComplaintDialog)

public:
    QuickComplaintDialog(const AppContext &context, qint64 customerId, QWidget *parent = nullptr);

private:
    Status write() override;

    const AppContext &m_context;
    qint64 m_customerId;
    QComboBox *m_category;
    QLineEdit *m_subject;
    QPlainTextEdit *m_description;
};

} // namespace comptoir::ui
