#pragma once

#include "common/AppContext.h"

#include <QGroupBox>
#include <QHash>

class QComboBox;
class QLabel;

namespace comptoir::ui {

class FieldError;

/**
 * Marketing consents of a customer, per channel (e-mail, SMS, post): the current state
 * with its date and source, and buttons that record an opt-in or an opt-out (the history
 * is append-only, in the core's ConsentService).
 */
class ConsentPanel final : public QGroupBox {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConsentPanel)

public:
    explicit ConsentPanel(const AppContext &context, QWidget *parent = nullptr);

    void setCustomer(qint64 customerId, bool editable);
    /** The state shown for `channel` ("email", "sms", "post"). */
    QString stateText(const QString &channel) const;
    /** Records an opt-in or opt-out (what the buttons do). */
    bool record(const QString &channel, bool granted);

Q_SIGNALS:
    void changed();

private:
    void refresh();
    static QString sourceName(const QString &source);

    const AppContext &m_context;
    qint64 m_customerId = 0;
    QHash<QString, QLabel *> m_states;
    QList<QWidget *> m_buttons;
    QComboBox *m_source;
    FieldError *m_error;
};

} // namespace comptoir::ui
