#include "shell/Areas.h"

#include "admin/AdminPage.h"
#include "appointments/AppointmentsPage.h"
#include "complaints/ComplaintsPage.h"
#include "customers/CustomersArea.h"
#include "dashboard/DashboardPage.h"
#include "home/HomePage.h"
#include "sale/SalePage.h"
#include "settings/WorkstationPaths.h"
#include "shell/MainWindow.h"
#include "stock/StockPage.h"

#include <QCoreApplication>
#include <QSettings>

namespace comptoir::ui {

void registerAreas(MainWindow &window)
{
    window.addArea({QStringLiteral("home"), QCoreApplication::translate("comptoir::ui::Areas", "Home"), QString(), QKeySequence(Qt::CTRL | Qt::Key_1),
                    [](const AppContext &c, QWidget *parent) { return new HomePage(c, parent); }});
    window.addArea({QStringLiteral("customers"), QCoreApplication::translate("comptoir::ui::Areas", "Customers"), QStringLiteral("customer.read"), QKeySequence(Qt::CTRL | Qt::Key_2),
                    [](const AppContext &c, QWidget *parent) { return new CustomersArea(c, parent); }});
    window.addArea({QStringLiteral("sale"), QCoreApplication::translate("comptoir::ui::Areas", "Sale"), QStringLiteral("sale.create"), QKeySequence(Qt::CTRL | Qt::Key_3),
                    [](const AppContext &c, QWidget *parent) { return new SalePage(c, parent); }});
    window.addArea({QStringLiteral("appointments"), QCoreApplication::translate("comptoir::ui::Areas", "Appointments"), QStringLiteral("appointment.read"), QKeySequence(Qt::CTRL | Qt::Key_4),
                    [](const AppContext &c, QWidget *parent) { return new AppointmentsPage(c, parent); }});
    window.addArea({QStringLiteral("complaints"), QCoreApplication::translate("comptoir::ui::Areas", "Complaints"), QStringLiteral("complaint.read"), QKeySequence(Qt::CTRL | Qt::Key_5),
                    [](const AppContext &c, QWidget *parent) { return new ComplaintsPage(c, parent); }});
    window.addArea({QStringLiteral("stock"), QCoreApplication::translate("comptoir::ui::Areas", "Stock"), QStringLiteral("stock.read"), QKeySequence(Qt::CTRL | Qt::Key_6),
                    [](const AppContext &c, QWidget *parent) { return new StockPage(c, parent); }});
    window.addArea({QStringLiteral("dashboard"), QCoreApplication::translate("comptoir::ui::Areas", "Dashboard"), QStringLiteral("kpi.view"), QKeySequence(Qt::CTRL | Qt::Key_7),
                    [](const AppContext &c, QWidget *parent) { return new DashboardPage(c, parent); }});
    // Administration: shown when the role may see at least one of its tabs.
    if (AdminPage::allowed(window.context().session)) {
        window.addArea({QStringLiteral("admin"), QCoreApplication::translate("comptoir::ui::Areas", "Administration"), QString(), QKeySequence(Qt::CTRL | Qt::Key_8),
                        [&window](const AppContext &c, QWidget *parent) {
                            auto *page = new AdminPage(c, backupFolder(QSettings()), parent);
                            QObject::connect(page, &AdminPage::restoreRequested, &window, &MainWindow::requestRestore);
                            return page;
                        }});
    }
}

} // namespace comptoir::ui
