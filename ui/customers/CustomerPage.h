#pragma once

#include "common/AppContext.h"
#include "domain/Customer.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace comptoir::ui {

class ConsentPanel;
class FieldError;
class FormDialog;
class TimelineModel;

/**
 * The 360° page of one customer: identity, loyalty, consents per channel, quick actions
 * and one timeline of everything (sales, returns, appointments, complaints, calls,
 * e-mails, notes), newest first and fetched lazily.
 */
class CustomerPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CustomerPage)

public:
    explicit CustomerPage(const AppContext &context, QWidget *parent = nullptr);

    /** Shows customer `id` (reloads everything); false if it cannot be read. */
    bool setCustomer(qint64 id);
    qint64 customerId() const { return m_customer.id; }
    TimelineModel *timeline() const { return m_timeline; }
    ConsentPanel *consents() const { return m_consents; }

public Q_SLOTS:
    void reload();
    void editCustomer();
    void logInteraction();
    void newAppointment();
    void newComplaint();

Q_SIGNALS:
    void backRequested();
    void openCustomerRequested(qint64 id);
    void newSaleRequested(qint64 customerId);
    /** The customer was edited, or something was added to the history. */
    void changed(qint64 customerId);

private:
    QWidget *buildIdentity();
    QWidget *buildActions();
    void showCustomer();
    void reloadTimeline();
    /** Runs a quick-action dialog; what it records joins the timeline. */
    void addToHistory(FormDialog &dialog);

    const AppContext &m_context;
    Customer m_customer;
    QLabel *m_name;
    QLabel *m_subtitle;
    QLabel *m_mergedBanner;
    QPushButton *m_openKept;
    QPushButton *m_edit;
    QList<QPair<QString, QLabel *>> m_identity;
    QLabel *m_card;
    QLabel *m_points;
    ConsentPanel *m_consents;
    QWidget *m_actions;
    QTableView *m_timelineView;
    TimelineModel *m_timeline;
    FieldError *m_error;
};

} // namespace comptoir::ui
