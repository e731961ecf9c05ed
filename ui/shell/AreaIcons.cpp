#include "shell/AreaIcons.h"

#include "widgets/ThemeIcon.h"

#include <QHash>

namespace comptoir::ui {

QString areaIconName(const QString &areaId)
{
    // Names of the freedesktop icon naming specification, so a desktop theme draws them in
    // its own style; resources/icons holds a fallback of each.
    static const QHash<QString, QString> names{
        {QStringLiteral("home"), QStringLiteral("go-home")},
        {QStringLiteral("customers"), QStringLiteral("x-office-address-book")},
        {QStringLiteral("sale"), QStringLiteral("accessories-calculator")},
        {QStringLiteral("appointments"), QStringLiteral("x-office-calendar")},
        {QStringLiteral("complaints"), QStringLiteral("emblem-important")},
        {QStringLiteral("stock"), QStringLiteral("package-x-generic")},
        {QStringLiteral("dashboard"), QStringLiteral("utilities-system-monitor")},
        {QStringLiteral("admin"), QStringLiteral("preferences-system")},
    };
    return names.value(areaId);
}

QIcon areaIcon(const QString &areaId)
{
    const QString name = areaIconName(areaId);
    return name.isEmpty() ? QIcon() : themeIcon(name);
}

} // namespace comptoir::ui
