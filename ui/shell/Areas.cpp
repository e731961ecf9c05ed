#include "shell/Areas.h"

#include "home/HomePage.h"
#include "shell/MainWindow.h"

#include <QCoreApplication>

namespace comptoir::ui {

void registerAreas(MainWindow &window)
{
    window.addArea({QStringLiteral("home"), QCoreApplication::translate("comptoir::ui::Areas", "Home"), QString(), QKeySequence(Qt::CTRL | Qt::Key_1),
                    [](const AppContext &c, QWidget *parent) { return new HomePage(c, parent); }});
}

} // namespace comptoir::ui
