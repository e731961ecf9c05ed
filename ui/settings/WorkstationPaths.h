#pragma once

#include <QString>

class QSettings;

namespace comptoir::ui {

/** The user's data folder of this workstation (QStandardPaths::AppDataLocation). */
QString defaultDataFolder();
/** Where automatic backups go when the settings name no folder: "<data folder>/backups". */
QString defaultBackupFolder();
/** The backup folder of the settings ("backup/folder"), else the default one. */
QString backupFolder(const QSettings &settings);

} // namespace comptoir::ui
