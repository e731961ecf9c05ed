#pragma once

#include "common/AppContext.h"
#include "complaints/ComplaintStepDialog.h"
#include "domain/Complaint.h"
#include "services/StaffService.h"

#include <QHash>
#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace comptoir::ui {

/** A complaint status as a label: the translated name, capitalised ("In progress"). */
QString statusLabel(ComplaintStatus status);

/**
 * One complaint: its facts, its history (every workflow step, who and when) and ONLY
 * the workflow buttons that its status and the session's permissions allow.
 */
class ComplaintDetail final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ComplaintDetail)

public:
    explicit ComplaintDetail(const AppContext &context, QWidget *parent = nullptr);

    /** Loads and shows complaint `id` (0: nothing selected). */
    void showComplaint(qint64 id);
    qint64 complaintId() const { return m_complaint.id; }
    const Complaint &complaint() const { return m_complaint; }

Q_SIGNALS:
    /** A workflow step was recorded on complaint `id`. */
    void changed(qint64 id);

private:
    void startProgress();
    void openStep(ComplaintStepDialog::Kind kind);
    void updateButtons();
    QString userName(qint64 userId) const;

    const AppContext &m_context;
    Complaint m_complaint;
    QList<StaffMember> m_staff;
    QHash<qint64, QString> m_userNames;
    QHash<qint64, QString> m_categories;

    QLabel *m_placeholder;
    QWidget *m_body;
    QLabel *m_title;
    QLabel *m_customer;
    QLabel *m_category;
    QLabel *m_status;
    QLabel *m_opened;
    QLabel *m_due;
    QLabel *m_assignee;
    QLabel *m_description;
    QLabel *m_resolutionCaption;
    QLabel *m_resolution;
    QLabel *m_satisfaction;
    QTreeWidget *m_history;
    QLabel *m_error;
    QPushButton *m_start;
    QPushButton *m_resolve;
    QPushButton *m_close;
    QPushButton *m_reject;
    QPushButton *m_reopen;
    QPushButton *m_assign;
};

} // namespace comptoir::ui
