#pragma once

#include "common/AppContext.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QListWidgetItem;

namespace comptoir::ui {

class StatTile;

/**
 * "Accueil": the store, its headline counts, and the day's reminders: today's
 * appointments (the signed-in user's if they have any, else everyone's), overdue
 * complaints and stock alerts. A section the role cannot read is not shown; clicking
 * an item opens it in its area.
 */
class HomePage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HomePage)

public:
    explicit HomePage(const AppContext &context, QWidget *parent = nullptr);

    QListWidget *appointments() const { return m_appointments; }
    QListWidget *complaints() const { return m_complaints; }
    QListWidget *stockAlerts() const { return m_stockAlerts; }

public Q_SLOTS:
    void refresh();

protected:
    void showEvent(QShowEvent *event) override;

private:
    QWidget *section(const QString &title, QLabel **subtitle, QListWidget *list, const QString &area);
    void open(const QString &area, QListWidgetItem *item);
    void fillAppointments();
    void fillComplaints();
    void fillStockAlerts();

    const AppContext &m_context;
    QLabel *m_storeName;
    QLabel *m_storeAddress;
    QLabel *m_error;
    StatTile *m_customers;
    StatTile *m_products;
    StatTile *m_sales;
    QListWidget *m_appointments = nullptr;
    QListWidget *m_complaints = nullptr;
    QListWidget *m_stockAlerts = nullptr;
    QLabel *m_appointmentsSubtitle = nullptr;
    QLabel *m_complaintsSubtitle = nullptr;
    QLabel *m_stockSubtitle = nullptr;
};

} // namespace comptoir::ui
