#include "shell/Areas.h"

#include "admin/AdminPage.h"
#include "appointments/AppointmentsPage.h"
#include "common/Navigator.h"
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
#include <QStatusBar>

namespace comptoir::ui {

namespace {

/** Shows area `id` and returns its page as a `Page` (null when this role lacks the area). */
template <typename Page>
Page *showPage(MainWindow &window, const QString &id)
{
    return window.showArea(id) ? qobject_cast<Page *>(window.currentPage()) : nullptr;
}

/** What the pages ask for through the navigator, answered by the pages that know how. */
void connectNavigation(MainWindow &window)
{
    Navigator *navigator = window.navigator();
    QObject::connect(navigator, &Navigator::customerRequested, &window, [&window](qint64 id) {
        if (auto *customers = showPage<CustomersArea>(window, QStringLiteral("customers")))
            customers->openCustomer(id);
    });
    QObject::connect(navigator, &Navigator::itemRequested, &window, [&window](const QString &area, qint64 id) {
        if (area == QLatin1String("customers")) {
            if (auto *customers = showPage<CustomersArea>(window, area))
                customers->openCustomer(id);
        } else if (area == QLatin1String("appointments")) {
            if (auto *appointments = showPage<AppointmentsPage>(window, area))
                appointments->openItem(id);
        } else if (area == QLatin1String("complaints")) {
            if (auto *complaints = showPage<ComplaintsPage>(window, area))
                complaints->openItem(id);
        } else if (area == QLatin1String("stock")) {
            if (auto *stock = showPage<StockPage>(window, area))
                stock->openItem(id);
        }
    });
    QObject::connect(navigator, &Navigator::saleRequested, &window, [&window](qint64 customerId) {
        if (auto *sale = showPage<SalePage>(window, QStringLiteral("sale")))
            sale->attachCustomer(customerId);
        else
            window.statusBar()->showMessage(
                QCoreApplication::translate("comptoir::ui::Areas", "The sale counter is not available"), 5000);
    });
    QObject::connect(navigator, &Navigator::complaintsRequested, &window, [&window](const ComplaintFilter &filter) {
        if (auto *complaints = showPage<ComplaintsPage>(window, QStringLiteral("complaints")))
            complaints->setFilter(filter);
    });
    QObject::connect(navigator, &Navigator::stockRequested, &window, [&window](bool belowThresholdOnly, qint64 productId) {
        auto *stock = showPage<StockPage>(window, QStringLiteral("stock"));
        if (!stock)
            return;
        stock->setBelowThresholdOnly(belowThresholdOnly);
        if (productId > 0)
            stock->openItem(productId);
    });
}

} // namespace

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
    connectNavigation(window);
}

} // namespace comptoir::ui
