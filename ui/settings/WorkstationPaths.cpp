#include "settings/WorkstationPaths.h"

#include <QSettings>
#include <QStandardPaths>

namespace comptoir::ui {

QString defaultDataFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

QString defaultBackupFolder()
{
    return defaultDataFolder() + QStringLiteral("/backups");
}

QString backupFolder(const QSettings &settings)
{
    return settings.value(QStringLiteral("backup/folder"), defaultBackupFolder()).toString();
}

} // namespace comptoir::ui
