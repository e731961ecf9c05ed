#include "admin/RoleNames.h"

#include <QCoreApplication>

namespace comptoir::ui {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(comptoir::ui::RoleNames)
};
} // namespace

QStringList roleCodes()
{
    return {QStringLiteral("sales_associate"), QStringLiteral("intern"), QStringLiteral("manager"),
            QStringLiteral("technician")};
}

QString roleTitle(const QString &code)
{
    if (code == QLatin1String("sales_associate"))
        return Text::tr("Sales associate");
    if (code == QLatin1String("intern"))
        return Text::tr("Intern");
    if (code == QLatin1String("manager"))
        return Text::tr("Store manager");
    if (code == QLatin1String("technician"))
        return Text::tr("IT technician");
    return code;
}

} // namespace comptoir::ui
