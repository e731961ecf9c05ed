#pragma once

#include "common/AppContext.h"
#include "widgets/FormErrors.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace comptoir::ui {

class FieldError;

/** Opens a complaint for the customer (customer page). */
class QuickComplaintDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QuickComplaintDialog)

public:
    QuickComplaintDialog(const AppContext &context, qint64 customerId, QWidget *parent = nullptr);

    qint64 savedId() const { return m_savedId; }

private:
    void save();

    const AppContext &m_context;
    qint64 m_customerId;
    QComboBox *m_category;
    QLineEdit *m_subject;
    QPlainTextEdit *m_description;
    FieldError *m_generalError;
    FormErrors m_errors;
    QPushButton *m_save;
    qint64 m_savedId = 0;
    bool m_busy = false;
};

} // namespace comptoir::ui
