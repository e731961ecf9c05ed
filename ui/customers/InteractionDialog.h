#pragma once

#include "common/AppContext.h"
#include "widgets/FormErrors.h"

#include <QDialog>

class QComboBox;
class QPlainTextEdit;
class QPushButton;

namespace comptoir::ui {

class FieldError;

/** Logs a call, an e-mail, a visit, a note or an offer on a customer's timeline. */
class InteractionDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InteractionDialog)

public:
    InteractionDialog(const AppContext &context, qint64 customerId, QWidget *parent = nullptr);

    qint64 savedId() const { return m_savedId; }
    QString fieldError(const QString &field) const;

private:
    void save();

    const AppContext &m_context;
    qint64 m_customerId;
    QComboBox *m_kind;
    QComboBox *m_channel;
    QPlainTextEdit *m_note;
    FieldError *m_generalError;
    FormErrors m_errors;
    QPushButton *m_save;
    qint64 m_savedId = 0;
    bool m_busy = false;
};

} // namespace comptoir::ui
