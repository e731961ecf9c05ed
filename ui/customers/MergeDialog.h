#pragma once

#include "common/AppContext.h"
#include "domain/Customer.h"

#include <QDialog>

class QPushButton;
class QRadioButton;

namespace comptoir::ui {

class FieldError;

/**
 * Merges two records of the same person (manager, "customer.merge"): shows both side by
 * side, the user picks the one kept (the older by default) and confirms. The core moves
 * the history and writes the audit entry; a refusal is shown in the dialog.
 */
class MergeDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MergeDialog)

public:
    MergeDialog(const AppContext &context, qint64 firstId, qint64 secondId, QWidget *parent = nullptr);

    /** The customer kept (after Accepted). */
    qint64 keptId() const { return m_keptId; }
    /** Chooses the record kept (also what the radio buttons do). */
    void setKept(qint64 id);

private:
    QWidget *card(const Customer &c, QRadioButton *choice);
    void merge();

    const AppContext &m_context;
    Customer m_customers[2];
    QRadioButton *m_keep[2];
    FieldError *m_error;
    QPushButton *m_merge;
    qint64 m_keptId = 0;
    bool m_busy = false;
};

} // namespace comptoir::ui
