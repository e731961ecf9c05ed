#pragma once

#include "common/AppContext.h"
#include "models/PagedTableModel.h"
#include "services/ComplaintQueryService.h"
#include "services/StaffService.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace comptoir::ui {

class ComplaintDetail;
class ExportDialog;

/**
 * "Réclamations": the complaints filtered by status (still open by default), overdue
 * ones highlighted, sorted by any column; the selected one's detail and workflow on
 * the right; a new complaint from the toolbar (complaint.write); "Export this list…" for
 * the complaints shown (customer.export: complaints name their customers).
 */
class ComplaintsPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ComplaintsPage)

public:
    explicit ComplaintsPage(const AppContext &context, QWidget *parent = nullptr);

    /** Shows complaint `id` in the detail panel (and selects its row if listed). */
    void openItem(qint64 id);

    ComplaintDetail *detail() const { return m_detail; }
    QTableView *table() const { return m_table; }
    PagedTableModel<ComplaintRow> *model() const { return m_model; }
    /** Chooses the list's filter. */
    void setFilter(const ComplaintFilter &filter);
    /** Opens the new-complaint dialog (non-blocking). */
    void newComplaint();
    /** "Export this list…" (non-blocking): the complaints shown, with the filter and sort applied. */
    ExportDialog *exportList();

public Q_SLOTS:
    void reload();

private:
    ComplaintFilter currentFilter() const;
    void selectRow(qint64 id);

    const AppContext &m_context;
    QList<StaffMember> m_staff;
    QComboBox *m_filter;
    QPushButton *m_new;
    QPushButton *m_export;
    QLabel *m_error;
    QTableView *m_table;
    PagedTableModel<ComplaintRow> *m_model;
    ComplaintDetail *m_detail;
    bool m_selecting = false;
};

} // namespace comptoir::ui
