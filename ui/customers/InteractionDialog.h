#pragma once

#include "common/AppContext.h"
#include "widgets/FormDialog.h"

class QComboBox;
class QPlainTextEdit;

namespace comptoir::ui {

/** Logs a call, an e-mail, a visit, a note or an offer on a customer's timeline. */
class InteractionDialog final : public FormDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InteractionDialog)

public:
    InteractionDialog(const AppContext &context, qint64 customerId, QWidget *parent = nullptr);

private:
    Status write() override;

    const AppContext &m_context;
    qint64 m_customerId;
    QComboBox *m_kind;
    QComboBox *m_channel;
    QPlainTextEdit *m_note;
};

} // namespace comptoir::ui
