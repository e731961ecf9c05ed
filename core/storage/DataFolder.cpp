#include "storage/DataFolder.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace comptoir {

namespace {

/** The translation context of this file's messages (lupdate reads it). */
struct DataFolderText {
    Q_DECLARE_TR_FUNCTIONS(comptoir::DataFolder)
};

Error folderError(const QString &message)
{
    return Error{ErrorCode::Io, QString(), message};
}

QString nativePath(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

QString errnoText(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

/** The first part of `path` that exists but is not a folder (a file in the way), else empty. */
QString fileInTheWay(const QString &path)
{
    QString part = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    for (;;) {
        const QFileInfo info(part);
        if (info.exists())
            return info.isDir() ? QString() : part;
        const QString parent = info.absolutePath();
        if (parent == part)
            return QString();
        part = parent;
    }
}

/** What faccessat(2), stat(2) or mkdir(2) said (`error`) about `path`, a folder (`isFolder`) or a file. */
Error accessError(const QString &path, int error, bool isFolder)
{
    const QString p = nativePath(path);
    switch (error) {
    case EROFS:
        return folderError(
            isFolder ? DataFolderText::tr("The folder %1 is on a read-only disk: Comptoir cannot write its data there.").arg(p)
                     : DataFolderText::tr("The file %1 is on a read-only disk: Comptoir cannot write to it.").arg(p));
    case EACCES:
    case EPERM:
        return folderError(isFolder ? DataFolderText::tr("No permission to read and write the folder %1 (another "
                                                         "user's folder, or its permissions forbid it).")
                                          .arg(p)
                                    : DataFolderText::tr("No permission to read and write the file %1 (another "
                                                         "user's file, or its permissions forbid it).")
                                          .arg(p));
    case ENOENT:
        return folderError(isFolder ? DataFolderText::tr("The folder %1 does not exist.").arg(p)
                                    : DataFolderText::tr("The file %1 does not exist.").arg(p));
    case ENOTDIR: {
        const QString file = fileInTheWay(path);
        return folderError(DataFolderText::tr("%1 cannot be used: %2 is a file, not a folder.")
                               .arg(p, nativePath(file.isEmpty() ? path : file)));
    }
    default:
        return folderError(DataFolderText::tr("%1 cannot be used: %2").arg(p, errnoText(error)));
    }
}

} // namespace

Status DataFolder::prepare(const QString &folder)
{
    const QString target = QDir::cleanPath(QFileInfo(folder).absoluteFilePath());
    // The missing parts, outermost first: each is made owner-only, as the XDG base directory
    // specification asks of a data folder that does not exist yet.
    QStringList missing;
    for (QString part = target; !QFileInfo::exists(part);) {
        missing.prepend(part);
        const QString parent = QFileInfo(part).absolutePath();
        if (parent == part)
            break;
        part = parent;
    }
    for (const QString &part : std::as_const(missing)) {
        if (::mkdir(QFile::encodeName(part).constData(), S_IRWXU) != 0 && errno != EEXIST) {
            const int error = errno;
            if (error == ENOTDIR) // a file in the way: name the folder wanted, and the file
                return accessError(target, error, true);
            if (error == EROFS || error == EACCES || error == EPERM)
                return accessError(part, error, true);
            return folderError(
                DataFolderText::tr("The folder %1 cannot be created: %2").arg(nativePath(part), errnoText(error)));
        }
    }
    return check(target);
}

Status DataFolder::check(const QString &folder)
{
    const QByteArray name = QFile::encodeName(folder);
    struct stat info {};
    if (::stat(name.constData(), &info) != 0)
        return accessError(folder, errno, true);
    if (!S_ISDIR(info.st_mode))
        return folderError(DataFolderText::tr("%1 is a file, not a folder.").arg(nativePath(folder)));
    if (::faccessat(AT_FDCWD, name.constData(), R_OK | W_OK | X_OK, AT_EACCESS) != 0)
        return accessError(folder, errno, true);
    return {};
}

Status DataFolder::checkFile(const QString &path)
{
    if (::faccessat(AT_FDCWD, QFile::encodeName(path).constData(), R_OK | W_OK, AT_EACCESS) != 0)
        return accessError(path, errno, false);
    return {};
}

Status DataFolder::createPrivateFile(const QString &path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, S_IRUSR | S_IWUSR);
    if (fd < 0) {
        const int error = errno;
        if (error == EEXIST)
            return folderError(DataFolderText::tr("The file %1 already exists.").arg(nativePath(path)));
        if (error == ENOTDIR || error == EROFS || error == EACCES || error == EPERM || error == ENOENT)
            return accessError(QFileInfo(path).absolutePath(), error, true);
        return folderError(DataFolderText::tr("The file %1 cannot be created: %2").arg(nativePath(path), errnoText(error)));
    }
    ::close(fd);
    return {};
}

} // namespace comptoir
