#pragma once

#include <QCoreApplication>
#include <QDir>
#include <QSettings>
#include <QTemporaryDir>

namespace comptoir::test {

/**
 * Gives this test process its own settings file and data folders (the default backup folder
 * among them), in a temporary folder removed when the process ends.
 *
 * ctest runs several GUI tests at once. With a settings file shared between them, one test's
 * clear() wiped another's "backup/folder" while it ran, and that test then backed up into a
 * shared default folder holding an earlier run's backup of the same name (the fake clock
 * stamps them alike). Call it first, in initTestCase().
 */
inline void isolateSettings()
{
    static QTemporaryDir home;
    Q_ASSERT(home.isValid());
    const QByteArray config = QDir(home.path()).filePath(QStringLiteral("config")).toLocal8Bit();
    const QByteArray data = QDir(home.path()).filePath(QStringLiteral("share")).toLocal8Bit();
    qputenv("XDG_CONFIG_HOME", config);
    qputenv("XDG_DATA_HOME", data); // QStandardPaths::AppDataLocation reads it on each call
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, QString::fromLocal8Bit(config));
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, QString::fromLocal8Bit(config));
    QCoreApplication::setOrganizationName(QStringLiteral("ComptoirTests"));
    QCoreApplication::setApplicationName(QStringLiteral("gui"));
    QSettings().clear();
}

} // namespace comptoir::test
