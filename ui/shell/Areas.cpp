#include "shell/Areas.h"

#include "appointments/AppointmentsPage.h"
#include "complaints/ComplaintsPage.h"
#include "customers/CustomersArea.h"
#include "dashboard/DashboardPage.h"
#include "home/HomePage.h"
#include "shell/MainWindow.h"
#include "stock/StockPage.h"

#include <QCoreApplication>

namespace comptoir::ui {

void registerAreas(MainWindow &window)
{
    window.addArea({QStringLiteral("home"), QCoreApplication::translate("comptoir::ui::Areas", "Home"), QString(), QKeySequence(Qt::CTRL | Qt::Key_1),
                    [](const AppContext &c, QWidget *parent) { return new HomePage(c, parent); }});
    window.addArea({QStringLiteral("customers"), QCoreApplication::translate("comptoir::ui::Areas", "Customers"), QStringLiteral("customer.read"), QKeySequence(Qt::CTRL | Qt::Key_2),
                    [](const AppContext &c, QWidget *parent) { return new CustomersArea(c, parent); }});
    window.addArea({QStringLiteral("appointments"), QCoreApplication::translate("comptoir::ui::Areas", "Appointments"), QStringLiteral("appointment.read"), QKeySequence(Qt::CTRL | Qt::Key_4),
                    [](const AppContext &c, QWidget *parent) { return new AppointmentsPage(c, parent); }});
    window.addArea({QStringLiteral("complaints"), QCoreApplication::translate("comptoir::ui::Areas", "Complaints"), QStringLiteral("complaint.read"), QKeySequence(Qt::CTRL | Qt::Key_5),
                    [](const AppContext &c, QWidget *parent) { return new ComplaintsPage(c, parent); }});
    window.addArea({QStringLiteral("stock"), QCoreApplication::translate("comptoir::ui::Areas", "Stock"), QStringLiteral("stock.read"), QKeySequence(Qt::CTRL | Qt::Key_6),
                    [](const AppContext &c, QWidget *parent) { return new StockPage(c, parent); }});
    window.addArea({QStringLiteral("dashboard"), QCoreApplication::translate("comptoir::ui::Areas", "Dashboard"), QStringLiteral("kpi.view"), QKeySequence(Qt::CTRL | Qt::Key_7),
                    [](const AppContext &c, QWidget *parent) { return new DashboardPage(c, parent); }});
}

} // namespace comptoir::ui
