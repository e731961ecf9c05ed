#include "widgets/ThemeIcon.h"

namespace comptoir::ui {

QIcon themeIcon(const QString &name)
{
    return QIcon::fromTheme(name, QIcon(QStringLiteral(":/icons/%1.svg").arg(name)));
}

QIcon applicationIcon()
{
    return themeIcon(QStringLiteral("comptoir"));
}

} // namespace comptoir::ui
