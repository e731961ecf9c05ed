#include "storage/ScratchDatabaseFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryFile>

namespace comptoir {

Result<ScratchDatabaseFile> ScratchDatabaseFile::create(const QString &folder, const QString &stem)
{
    QTemporaryFile file(QDir(folder).filePath(QStringLiteral(".%1-XXXXXX.tmp").arg(stem)));
    file.setAutoRemove(false);
    if (!file.open())
        return Error{ErrorCode::Io, folder,
                     QCoreApplication::translate("comptoir::ScratchDatabaseFile", "cannot create a file in %1: %2")
                         .arg(folder, file.errorString())};
    const QString path = file.fileName();
    file.close();
    return ScratchDatabaseFile(path);
}

ScratchDatabaseFile::ScratchDatabaseFile(ScratchDatabaseFile &&other) noexcept : m_path(std::move(other.m_path))
{
    other.m_path.clear();
}

ScratchDatabaseFile::~ScratchDatabaseFile()
{
    if (m_path.isEmpty())
        return;
    for (const char *suffix : {"", "-journal", "-wal", "-shm"})
        QFile::remove(m_path + QLatin1String(suffix));
}

} // namespace comptoir
