#pragma once

#include "common/AppContext.h"
#include "domain/Customer.h"
#include "models/PagedTableModel.h"

#include <QDialog>

class QTableView;

namespace comptoir::ui {

/**
 * The customers behind a dashboard figure (e.g. an RFM segment), listed lazily from
 * their ids: name, city, loyalty card, e-mail. Double-click (or Enter) asks to open
 * the customer: customerChosen, which the dashboard sends to the Customers area.
 */
class CustomerListDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CustomerListDialog)

public:
    CustomerListDialog(const AppContext &context, const QString &title, QList<qint64> customerIds,
                       QWidget *parent = nullptr);

    PagedTableModel<Customer> *model() const { return m_model; }
    QTableView *table() const { return m_table; }

Q_SIGNALS:
    void customerChosen(qint64 id);

private:
    const AppContext &m_context;
    QList<qint64> m_ids;
    PagedTableModel<Customer> *m_model;
    QTableView *m_table;
};

} // namespace comptoir::ui
